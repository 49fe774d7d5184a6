package org.commissioninghub.delegation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.delegation.DelegationDueDiligenceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A delegation case's due diligence findings as the case shows them: the finance allocation, the
 * forecast outturn and the gap, staff planned and transferred, and the decisions' dates.
 */
@Component
@Order(11)
class CaseDelegationReadiness implements CaseItems {

  record ReadinessView(BigDecimal financeAllocation, BigDecimal forecastOutturn, BigDecimal financeGap,
      BigDecimal pharmacySpend, BigDecimal ophthalmicSpend, BigDecimal dentalSpend, Integer staffPlanned,
      Integer staffTransferred, BigDecimal budgetTransferred, LocalDate transferDate, String boardDecision,
      LocalDate boardDate, LocalDate regionalApprovalDate, LocalDate agreementSignedDate, LocalDate delegationDate,
      LocalDate monitoringEndsOn) {}

  private final DelegationDueDiligenceService delegation;

  CaseDelegationReadiness(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  @Override
  public String field() {
    return "delegationReadiness";
  }

  @Override
  public List<ReadinessView> of(CommissioningCase commissioningCase) {
    return delegation.readinessOf(commissioningCase.getId())
        .map(readiness -> new ReadinessView(readiness.getFinanceAllocation(), readiness.getForecastOutturn(),
            readiness.getFinanceGap(), readiness.getPharmacySpend(), readiness.getOphthalmicSpend(),
            readiness.getDentalSpend(), readiness.getStaffPlanned(), readiness.getStaffTransferred(),
            readiness.getBudgetTransferred(), readiness.getTransferDate(),
            readiness.getBoardDecision() == null ? null : readiness.getBoardDecision().toLowerCase().replace('_', '-'),
            readiness.getBoardDate(), readiness.getRegionalApprovalDate(), readiness.getAgreementSignedDate(),
            readiness.getDelegationDate(), readiness.getMonitoringEndsOn()))
        .stream().toList();
  }
}
