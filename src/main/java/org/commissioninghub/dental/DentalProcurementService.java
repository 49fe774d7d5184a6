package org.commissioninghub.dental;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.DecisionChannel;
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

  public record LotDesign(int lotCount, List<DentalServiceType> serviceTypes, ContractForm contractForm,
      String summary) {}

  public record BusinessCase(BigDecimal annualContractValue, int termYears, int extensionYears,
      Integer contractedUdas, Integer contractedUoas, BigDecimal udaValue, String summary) {}

  public record FinanceCheck(String outcome, String budgetCode, String comments) {

    public static final String AFFORDABLE = "affordable";
    public static final String REVISE = "revise";
  }

  private final CaseStore caseStore;

  DentalProcurementService(CaseStore caseStore) {
    this.caseStore = caseStore;
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

  public void recordLotDesign(String reference, LotDesign design, String actor) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("lotCount", design.lotCount());
    fields.put("lotServiceTypes", design.serviceTypes());
    fields.put("contractForm", design.contractForm());
    fields.put("lotDesignSummary", design.summary());
    caseStore.updateDetails(reference, fields, actor, "Lot design recorded");
    caseStore.moveToStage(reference, DentalStage.BUSINESS_CASE.label(), actor);
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
}
