package org.commissioninghub.dental.contract.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.dental.contract.ContractNotice;
import org.commissioninghub.dental.contract.ContractVariation;
import org.commissioninghub.dental.contract.ContractYear;
import org.commissioninghub.dental.contract.DentalContract;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.dental.contract.DeliveryReconciliation;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dental case's contracts, one per awarded lot, read-only: mobilisation, terms, every contract
 * year with its delivery and reconciliation, notices and variations. Read by whoever reads the
 * whole case, as its lots are.
 */
@RestController
@RequestMapping("/api/cases/{reference}/contracts")
class ContractController {

  record ContractView(int lotNumber, String lotName, String provider, DentalContract.Status status,
      String nhsbsaContractNumber, BigDecimal annualContractValue, Integer termYears, LocalDate startDate,
      LocalDate endDate, String activityUnit, Integer annualContractedUnits, String premisesAddress,
      String performersChecked, LocalDate performerListCheckedOn, String cqcProviderId, Boolean recommissioned,
      String successorCaseReference, List<YearView> years, List<NoticeView> notices,
      List<VariationView> variations) {}

  record YearView(int number, LocalDate startsOn, LocalDate endsOn, Integer contractedUnits,
      BigDecimal contractValue, Integer midYearDeliveredUnits, Integer broughtForwardUnits, Integer deliveredUnits,
      BigDecimal deliveryPercent,
      DeliveryReconciliation.Outcome outcome, Integer carriedForwardUnits, ContractYear.Remedy remedy,
      BigDecimal clawbackValue, String recoveryPlan, BigDecimal overPerformancePayment, String reconciledBy,
      Instant reconciledAt) {}

  record NoticeView(int year, ContractNotice.Type type, String summary, String actionRequired, LocalDate deadline,
      String reference, Boolean remedied, String issuedBy, Instant issuedAt) {}

  record VariationView(int year, String description, BigDecimal value, LocalDate effectiveFrom,
      boolean transparencyNoticeRequired, String transparencyNoticeReference,
      LocalDate transparencyNoticePublishedOn, ContractVariation.Status status, Instant inEffectAt) {}

  private final DentalContractService contracts;
  private final CaseAccess access;

  ContractController(DentalContractService contracts, CaseAccess access) {
    this.contracts = contracts;
    this.access = access;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<ContractView> contracts(@PathVariable String reference, Authentication authentication) {
    access.readWhole(Viewer.of(authentication), reference);
    return contracts.contractsOf(reference).stream().map(ContractController::view).toList();
  }

  private static ContractView view(DentalContract contract) {
    return new ContractView(contract.getLot().getLotNumber(), contract.getLot().getName(), contract.getProvider(),
        contract.getStatus(), contract.getNhsbsaContractNumber(), contract.getAnnualContractValue(),
        contract.getTermYears(), contract.getStartDate(), contract.getEndDate(), contract.activityUnit(),
        contract.annualContractedUnits(), contract.getPremisesAddress(), contract.getPerformersChecked(),
        contract.getPerformerListCheckedOn(), contract.getCqcProviderId(), contract.getRecommissioned(),
        contract.getSuccessorCaseReference(),
        contract.getYears().stream().map(year -> new YearView(year.getNumber(), year.getStartsOn(), year.getEndsOn(),
            year.getContractedUnits(), year.getContractValue(), year.getMidYearDeliveredUnits(),
            year.getBroughtForwardUnits(), year.getDeliveredUnits(), year.getDeliveryPercent(), year.getOutcome(), year.getCarriedForwardUnits(),
            year.getRemedy(), year.getClawbackValue(), year.getRecoveryPlan(), year.getOverPerformancePayment(),
            year.getReconciledBy(), year.getReconciledAt())).toList(),
        contract.getNotices().stream().map(notice -> new NoticeView(notice.getYearNumber(), notice.getNoticeType(),
            notice.getSummary(), notice.getActionRequired(), notice.getDeadline(), notice.getReference(),
            notice.getRemedied(), notice.getIssuedBy(), notice.getIssuedAt())).toList(),
        contract.getVariations().stream().map(variation -> new VariationView(variation.getYearNumber(),
            variation.getDescription(), variation.getVariationValue(), variation.getEffectiveFrom(),
            variation.isTransparencyNoticeRequired(), variation.getTransparencyNoticeReference(),
            variation.getTransparencyNoticePublishedOn(), variation.getStatus(), variation.getInEffectAt())).toList());
  }
}
