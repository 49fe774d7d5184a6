package org.commissioninghub.dental;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.procurement.ProcurementService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a dental procurement's opening stages: what each stage records in the case store,
 * which stage comes next, and what a stage's outcome means for the process.
 */
@Service
@Transactional
public class DentalProcurementService {

  public record NeedsAssessment(String summary, Integer populationCovered, boolean accessGapIdentified,
      String outcome) {

    public static final String PROCURE = "procure";
    public static final String NO_PROCUREMENT = "no-procurement";
  }

  public record LotDesign(List<String> lotNames, List<DentalServiceType> serviceTypes, ContractForm contractForm,
      String summary) {}

  /** The Provider Selection Regime questions answered for the procurement. */
  public record PsrAnswers(boolean newService, boolean onlyOneCapableProvider, boolean patientChoiceAllQualifying,
      boolean incumbentPerforming, boolean mostSuitableProviderIdentifiable, BigDecimal existingValue,
      BigDecimal changeValue) {}

  /** The considerable change thresholds of the PSR, from configuration (regulation 6(10) to 6(12)). */
  public record ConsiderableChangeThresholds(BigDecimal minimumValue, BigDecimal minimumShare) {}

  public record Mobilisation(String premisesAddress, String performersChecked, String cqcProviderId,
      String nhsbsaContractNumber, java.util.Map<String, Object> notes) {}

  public record BusinessCase(BigDecimal annualContractValue, int termYears, int extensionYears,
      Integer contractedUdas, Integer contractedUoas, BigDecimal udaValue, String summary) {}

  public record FinanceCheck(String outcome, String budgetCode, String comments) {

    public static final String AFFORDABLE = "affordable";
    public static final String REVISE = "revise";
  }

  private final CaseStore caseStore;
  private final ProcurementService procurement;
  private final ConsiderableChangeThresholds thresholds;

  DentalProcurementService(CaseStore caseStore, ProcurementService procurement,
      @Value("${hub.psr.considerable-change-minimum-value:500000}") BigDecimal considerableChangeMinimumValue,
      @Value("${hub.psr.considerable-change-minimum-share:0.25}") BigDecimal considerableChangeMinimumShare) {
    this.caseStore = caseStore;
    this.procurement = procurement;
    this.thresholds = new ConsiderableChangeThresholds(considerableChangeMinimumValue, considerableChangeMinimumShare);
  }

  /** Records the assessment and answers whether a procurement is needed. */
  public boolean recordNeedsAssessment(String reference, NeedsAssessment assessment, String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("needsSummary", assessment.summary());
    fields.put("populationCovered", assessment.populationCovered());
    fields.put("accessGapIdentified", assessment.accessGapIdentified());
    caseStore.updateDetails(reference, fields, actor, "Oral health needs assessment recorded");
    var procurementNeeded = NeedsAssessment.PROCURE.equals(assessment.outcome());
    if (procurementNeeded) {
      caseStore.moveToStage(reference, DentalStage.LOT_DESIGN.label(), actor);
    }
    return procurementNeeded;
  }

  public void closeAsNotNeeded(String reference, String actor) {
    caseStore.recordDecision(reference, DentalStage.NEEDS_ASSESSMENT.label(), "procurement not needed",
        actor, DecisionChannel.TASKLIST, null);
    caseStore.moveToStage(reference, DentalStage.NOT_NEEDED.label(), actor);
    caseStore.end(reference, CaseStatus.CLOSED,
        "the oral health needs assessment found no procurement is needed", actor);
  }

  /** Records the lot design and creates the lots; answers their ids. */
  public List<Long> recordLotDesign(String reference, LotDesign design, String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("lots", design.lotNames());
    fields.put("lotServiceTypes", design.serviceTypes());
    fields.put("contractForm", design.contractForm());
    fields.put("lotDesignSummary", design.summary());
    caseStore.updateDetails(reference, fields, actor, "Lot design recorded");
    var lotIds = procurement.createLots(reference, design.lotNames(), actor);
    caseStore.moveToStage(reference, DentalStage.BUSINESS_CASE.label(), actor);
    return lotIds;
  }

  /**
   * Records the business case; the case's value becomes the whole-life value: the annual contract
   * value over the term and every possible extension year.
   */
  public void recordBusinessCase(String reference, BusinessCase businessCase, String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("annualContractValue", businessCase.annualContractValue());
    fields.put("termYears", businessCase.termYears());
    fields.put("extensionYears", businessCase.extensionYears());
    fields.put("contractedUdas", businessCase.contractedUdas());
    fields.put("contractedUoas", businessCase.contractedUoas());
    fields.put("udaValue", businessCase.udaValue());
    fields.put("businessCaseSummary", businessCase.summary());
    caseStore.updateDetails(reference, fields, actor, "Business case recorded");
    caseStore.updateValue(reference, wholeLifeValue(businessCase), actor);
    caseStore.moveToStage(reference, DentalStage.FINANCE_CHECK.label(), actor);
  }

  static BigDecimal wholeLifeValue(BusinessCase businessCase) {
    return businessCase.annualContractValue()
        .multiply(BigDecimal.valueOf((long) businessCase.termYears() + businessCase.extensionYears()));
  }

  /** Records the finance lead's decision and answers whether the business case is affordable. */
  public boolean recordFinanceCheck(String reference, FinanceCheck check, String decidedBy) {
    if (!FinanceCheck.AFFORDABLE.equals(check.outcome()) && !FinanceCheck.REVISE.equals(check.outcome())) {
      throw new IllegalArgumentException("unknown finance check outcome '" + check.outcome() + "'");
    }
    var fields = new LinkedHashMap<String, Object>();
    fields.put("budgetCode", check.budgetCode());
    caseStore.updateDetails(reference, fields, decidedBy, "Budget code recorded");
    caseStore.recordDecision(reference, DentalStage.FINANCE_CHECK.label(), check.outcome(), decidedBy,
        DecisionChannel.TASKLIST, check.comments());
    var affordable = FinanceCheck.AFFORDABLE.equals(check.outcome());
    caseStore.moveToStage(reference,
        affordable ? DentalStage.BUSINESS_CASE_APPROVAL.label() : DentalStage.BUSINESS_CASE.label(), decidedBy);
    return affordable;
  }

  /** Rejected at business case approval: the procurement stops and the case is cancelled. */
  public void stop(String reference, String reason, String actor) {
    caseStore.moveToStage(reference, DentalStage.STOPPED.label(), actor);
    caseStore.end(reference, CaseStatus.CANCELLED, "business case rejected: " + reason, actor);
  }

  /** Records the PSR answers; answers the thresholds the route decision weighs the change against. */
  public ConsiderableChangeThresholds recordPsrAnswers(String reference, PsrAnswers answers, String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("psrAnswers", answers);
    fields.put("considerableChangeThresholds", thresholds);
    caseStore.updateDetails(reference, fields, actor, "PSR route questions answered");
    caseStore.moveToStage(reference, DentalStage.PSR_ROUTE.label(), actor);
    return thresholds;
  }

  /** Records the confirmed (or overridden) route for every lot; answers the lots to procure. */
  public List<Long> recordProcurementRoute(String reference, String route, String reason, String recommendedRoute,
      String decidedBy) {
    procurement.chooseRoute(reference, route, reason, !route.equals(recommendedRoute), recommendedRoute, decidedBy);
    caseStore.moveToStage(reference, DentalStage.PROCUREMENT.label(), decidedBy);
    return procurement.lotsOf(reference).stream().map(Lot::getId).toList();
  }

  /** Answers whether any lot was awarded; with none, the case is cancelled. */
  public boolean recordProcurementOutcome(String reference, String actor) {
    var lots = procurement.lotsOf(reference);
    var awarded = lots.stream().filter(lot -> lot.getStatus() == Lot.Status.AWARDED).map(Lot::getName).toList();
    var fields = new LinkedHashMap<String, Object>();
    fields.put("awardedLots", awarded);
    // The Primary Care Commissioning Committee approves each award; the case keeps the latest date.
    fields.put("committeeApprovalDate", caseStore.get(reference).getDecisions().stream()
        .filter(decision -> "approved".equals(decision.getOutcome())
            && ProcurementService.AWARD_APPROVAL_STAGES.contains(decision.getStage()))
        .map(decision -> decision.getDecidedAt().atZone(WorkingDayCalendar.LONDON).toLocalDate())
        .max(java.util.Comparator.naturalOrder())
        .orElse(null));
    caseStore.updateDetails(reference, fields, actor, "Procurement outcome recorded");
    if (awarded.isEmpty()) {
      caseStore.moveToStage(reference, DentalStage.NO_AWARD.label(), actor);
      caseStore.end(reference, CaseStatus.CANCELLED, "no lot was awarded", actor);
      return false;
    }
    caseStore.moveToStage(reference, DentalStage.MOBILISATION.label(), actor);
    return true;
  }

  public void recordMobilisation(String reference, Mobilisation mobilisation, String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("premisesAddress", mobilisation.premisesAddress());
    fields.put("performersChecked", mobilisation.performersChecked());
    fields.put("cqcProviderId", mobilisation.cqcProviderId());
    fields.put("nhsbsaContractNumber", mobilisation.nhsbsaContractNumber());
    fields.put("mobilisationNotes", mobilisation.notes());
    caseStore.updateDetails(reference, fields, actor, "Contract set-up and mobilisation recorded");
    caseStore.moveToStage(reference, DentalStage.HANDOVER.label(), actor);
  }

  /** The contracts are in contract management: the procurement case is closed. */
  public void completeProcurement(String reference, java.time.LocalDate contractStartDate, String handoverNotes,
      String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("contractStartDate", contractStartDate);
    fields.put("handoverNotes", handoverNotes);
    caseStore.updateDetails(reference, fields, actor, "Handed over to contract management");
    caseStore.moveToStage(reference, DentalStage.CONTRACT_MANAGEMENT.label(), actor);
    caseStore.end(reference, CaseStatus.CLOSED, "handed over to contract management", actor);
  }
}
