package org.commissioninghub.delegation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.console.ProgrammeConsole;
import org.commissioninghub.console.TargetCounts;
import org.commissioninghub.console.TargetProgress;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.MoneyAmounts;
import org.springframework.stereotype.Component;

/**
 * Delegation due diligence on the leads' console: a case finishes when its functions are delegated
 * and monitored; on the way, every checklist item is agreed by the ICS and the Regional Director of
 * Commissioning, extreme and high risks are brought down, the allocation covers the forecast
 * outturn, staff transfer as planned and the contract register is complete.
 */
@Component
class DelegationConsole implements ProgrammeConsole {

  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";
  private static final String CHECKLIST = "checklist_item i JOIN commissioning_case c ON c.id = i.case_id";
  private static final String RISKS = "case_risk r JOIN commissioning_case c ON c.id = r.case_id";
  private static final String READINESS = "delegation_readiness d JOIN commissioning_case c ON c.id = d.case_id";
  private static final String CONTRACTS = "delegation_contract_group g JOIN commissioning_case c ON c.id = g.case_id";

  @Override
  public Programme programme() {
    return Programme.DELEGATION_DUE_DILIGENCE;
  }

  @Override
  public List<String> forecastPath() {
    return Stream.of(DelegationStage.EXPRESSION_OF_INTEREST, DelegationStage.SELF_ASSESSMENT,
            DelegationStage.EXECUTIVE_SIGN_OFF, DelegationStage.CORROBORATION, DelegationStage.DUE_DILIGENCE,
            DelegationStage.BOARD_DECISION, DelegationStage.REGIONAL_APPROVAL, DelegationStage.DELEGATION_AGREEMENT,
            DelegationStage.TRANSFER, DelegationStage.DELEGATED, DelegationStage.POST_DELEGATION_MONITORING)
        .map(DelegationStage::id).toList();
  }

  @Override
  public String finish() {
    return "functions delegated and monitored";
  }

  @Override
  public String ownerRole() {
    return Role.HEAD_OF_PRIMARY_CARE.groupId();
  }

  @Override
  public List<TargetProgress> targets(TargetCounts counts) {
    var none = Map.<String, Object>of();
    var items = counts.rows(CHECKLIST, OPEN, none);
    var agreed = counts.rows(CHECKLIST, OPEN + " AND i.corroboration IS NOT NULL AND i.corroboration = i.answer", none);
    var disagreed = counts.rows(CHECKLIST, OPEN + " AND i.corroboration IS NOT NULL AND i.corroboration <> i.answer",
        none);
    var openRisks = counts.rows(RISKS, OPEN + " AND r.status = 'OPEN'", none);
    var extreme = counts.rows(RISKS, OPEN + " AND r.status = 'OPEN' AND r.band = 'EXTREME'", none);
    var high = counts.rows(RISKS, OPEN + " AND r.status = 'OPEN' AND r.band = 'HIGH'", none);
    var assured = OPEN + " AND d.finance_allocation IS NOT NULL";
    var allocation = counts.sum(READINESS, "d.finance_allocation", assured, none);
    var outturn = counts.sum(READINESS, "d.forecast_outturn", assured, none);
    var gap = counts.sum(READINESS, "d.finance_gap", assured, none);
    var staffed = OPEN + " AND d.staff_planned IS NOT NULL";
    var planned = counts.sum(READINESS, "d.staff_planned", staffed, none);
    var transferred = counts.sum(READINESS, "COALESCE(d.staff_transferred, 0)", staffed, none);
    var contracts = counts.sum(CONTRACTS, "g.contracts", OPEN, none);
    var missing = counts.sum(CONTRACTS, "g.missing_data", OPEN, none);
    return List.of(
        new TargetProgress("Checklist items agreed", agreed, items,
            "Pre-Delegation Assessment Framework items of open delegation cases where the ICS's answer and the"
                + " Regional Director of Commissioning's corroboration agree (" + disagreed + " disagree)"),
        new TargetProgress("Open risks below high", openRisks - extreme - high, openRisks,
            "Open risks of open delegation cases scored below high on the 5×5 matrix; " + extreme + " extreme and "
                + high + " high open"),
        new TargetProgress("Allocation covering the forecast outturn", pounds(allocation.min(outturn)), pounds(outturn),
            "Finance allocations of open delegation cases against their forecast outturn: "
                + (gap.signum() > 0 ? "a gap of " + MoneyAmounts.format(gap)
                : "no gap" + (gap.signum() < 0 ? ", a margin of " + MoneyAmounts.format(gap.negate()) : ""))),
        new TargetProgress("Staff transferred", transferred.longValue(), planned.longValue(),
            "Staff of open delegation cases transferred to the ICB against those planned to transfer"),
        new TargetProgress("Contracts with complete data", contracts.longValue() - missing.longValue(),
            contracts.longValue(), "Contracts in the registers of open delegation cases; " + missing.longValue()
                + " with missing data"));
  }

  private static long pounds(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
