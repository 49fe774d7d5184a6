package org.commissioninghub.dental;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.console.ProgrammeConsole;
import org.commissioninghub.console.TargetCounts;
import org.commissioninghub.console.TargetProgress;
import org.commissioninghub.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Dental procurement on the leads' console: a case finishes when its contracts are handed over to
 * contract management, and procurements should stay on plan: not forecast to finish after their
 * target start date or after their current contract ends (its deadline), and not rated red.
 */
@Component
class DentalConsole implements ProgrammeConsole {

  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";

  @Override
  public Programme programme() {
    return Programme.DENTAL_PROCUREMENT;
  }

  @Override
  public List<String> forecastPath() {
    return Stream.of(DentalStage.NEEDS_ASSESSMENT, DentalStage.LOT_DESIGN, DentalStage.BUSINESS_CASE,
        DentalStage.FINANCE_CHECK, DentalStage.BUSINESS_CASE_APPROVAL, DentalStage.PSR_ROUTE, DentalStage.PROCUREMENT,
        DentalStage.MOBILISATION, DentalStage.HANDOVER).map(DentalStage::id).toList();
  }

  @Override
  public String finish() {
    return "contracts handed over to contract management";
  }

  @Override
  public String ownerRole() {
    return Role.COMMISSIONING_MANAGER.groupId();
  }

  @Override
  public List<TargetProgress> targets(TargetCounts counts) {
    var procuring = OPEN + " AND c.current_stage IN (:procuring)";
    var parameters = Map.of("procuring", forecastPath());
    var open = counts.cases(procuring, parameters);
    var red = counts.cases(procuring + " AND c.rag_rating = 'RED'", parameters);
    return List.of(
        new TargetProgress("Procurements on plan: not forecast late", open - counts.forecastLate(), open,
            "Open procurements forecast to finish by their target start date and by the end of their current"
                + " contract, where they have them"),
        new TargetProgress("Procurements on plan: not rated red", open - red, open,
            "Open procurements whose RAG rating is green, amber or not yet set"));
  }
}
