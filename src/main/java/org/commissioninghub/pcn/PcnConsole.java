package org.commissioninghub.pcn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.console.ProgrammeConsole;
import org.commissioninghub.console.TargetCounts;
import org.commissioninghub.console.TargetProgress;
import org.commissioninghub.identity.Role;
import org.springframework.stereotype.Component;

/**
 * PCN development on the leads' console. Its targets, counted from the networks, practices, roles
 * and claims in the case store: networks with a clinical director in place (of those not merged
 * away); additional-roles WTE recruited against plan and money claimed against allowance (in whole
 * WTE and pounds, with the exact figures in the explanation); and practices and registered
 * population covered by a network (not opted out). A viewer or filter with no networks in scope
 * sees no PCN targets.
 */
@Component
class PcnConsole implements ProgrammeConsole {

  private static final String NETWORKS = "pcn_network n JOIN commissioning_case c ON c.id = n.case_id";
  private static final String PRACTICES = "pcn_practice p JOIN commissioning_case c ON c.id = p.case_id";
  private static final String ROLES = "pcn_role r JOIN pcn_network n ON n.id = r.network_id"
      + " JOIN commissioning_case c ON c.id = r.case_id";
  private static final String CLAIMS = "pcn_claim k JOIN commissioning_case c ON c.id = k.case_id";
  private static final String NOT_MERGED = "n.status <> 'MERGED'";

  @Override
  public Programme programme() {
    return Programme.PCN_DEVELOPMENT;
  }

  @Override
  public List<String> forecastPath() {
    return Stream.of(PcnStage.REGISTRATION, PcnStage.DEVELOPMENT, PcnStage.YEARLY_CYCLE).map(PcnStage::id).toList();
  }

  @Override
  public String finish() {
    return "every network developed and its configured contract years' cycles done";
  }

  @Override
  public String ownerRole() {
    return Role.HEAD_OF_PRIMARY_CARE.groupId();
  }

  @Override
  public List<TargetProgress> targets(TargetCounts counts) {
    var targets = new ArrayList<TargetProgress>();
    var networks = counts.rows(NETWORKS, NOT_MERGED, Map.of());
    if (networks == 0) {
      return targets;
    }
    targets.add(new TargetProgress("PCNs with a clinical director in place",
        counts.rows(NETWORKS, NOT_MERGED + " AND n.clinical_director_confirmed_on IS NOT NULL", Map.of()), networks,
        "Networks whose clinical director the commissioner has confirmed, of every network not merged into another"));
    var planned = counts.sum(ROLES, "r.planned_wte", NOT_MERGED, Map.of());
    var recruited = counts.sum(ROLES, "r.recruited_wte", NOT_MERGED, Map.of());
    targets.add(new TargetProgress("Additional-roles WTE recruited against plan", whole(recruited), whole(planned),
        recruited.setScale(2).toPlainString() + " WTE recruited (claimed and accepted) of " + planned.setScale(2).toPlainString()
            + " WTE in the networks' accepted and proposed workforce plans"));
    var allowance = counts.sum(NETWORKS, "n.allowance_gbp", NOT_MERGED, Map.of());
    var claimed = counts.sum(CLAIMS, "k.amount_gbp", "k.status = 'ACCEPTED'", Map.of());
    var refused = counts.rows(CLAIMS, "k.status = 'REFUSED'", Map.of());
    targets.add(new TargetProgress("Additional-roles money claimed against allowance (£)", whole(claimed), whole(allowance),
        money(claimed) + " claimed and accepted of " + money(allowance) + " allowed; " + refused + " claims refused"));
    var practices = counts.rows(PRACTICES, "1 = 1", Map.of());
    targets.add(new TargetProgress("Practices covered by a PCN", counts.rows(PRACTICES, "p.opted_out_on IS NULL", Map.of()),
        practices, "Member practices that have not opted out of the Network Contract DES, of every practice"));
    var population = counts.sum(PRACTICES, "p.list_size", "1 = 1", Map.of());
    var covered = counts.sum(PRACTICES, "p.list_size", "p.opted_out_on IS NULL", Map.of());
    targets.add(new TargetProgress("Registered population covered by a PCN", covered.longValue(), population.longValue(),
        "Patients registered with practices in a network, of every practice's registered list"));
    return targets;
  }

  private static long whole(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.DOWN).longValue();
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.UK, "£%,.2f", amount);
  }
}
