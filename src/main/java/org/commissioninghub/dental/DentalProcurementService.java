package org.commissioninghub.dental;

import static org.commissioninghub.dental.DentalProcurementVariables.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.procurement.PsrRoutes;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.YesNo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a dental procurement: what each stage's answers mean for the case store and the
 * process. Each {@link RecordsAnswer} method records one form's answers when its task is
 * completed; which stage comes next is the diagram's business.
 */
@Service
@Transactional
public class DentalProcurementService {

  /** What the oral health needs assessment found, and whether to procure. */
  public record NeedsAssessment(
      @NotBlank @Size(max = 4000) String needsSummary,
      @NotNull @PositiveOrZero Integer populationCovered,
      boolean accessGapIdentified,
      @NotNull NeedsOutcome needsOutcome) {}

  public enum NeedsOutcome implements CodedValue {
    PROCURE,
    NO_PROCUREMENT
  }

  /** The lots, each a row of the form's list, and a summary of the design. */
  public record LotDesign(
      @NotEmpty @Valid List<@NotNull DesignedLot> lots,
      @NotBlank @Size(max = 4000) String lotDesignSummary) {}

  /** One lot of the design: its name, what it buys, on which contract form and how much activity a year. */
  public record DesignedLot(
      @NotBlank @SingleLine @Size(max = 200) String name,
      @NotNull DentalServiceType serviceType,
      @NotNull ContractForm contractForm,
      @PositiveOrZero Integer contractedUdas,
      @PositiveOrZero Integer contractedUoas) {

    LotPlan plan() {
      return new LotPlan(name.strip(), serviceType.id(), contractForm.id(), contractedUdas, contractedUoas);
    }
  }

  public record BusinessCase(
      @NotNull @Positive BigDecimal annualContractValue,
      @NotNull @Min(1) Integer termYears,
      @Min(0) Integer extensionYears,
      @PositiveOrZero BigDecimal udaValue,
      @NotBlank @Size(max = 4000) String businessCaseSummary) {

    int allExtensionYears() {
      return extensionYears == null ? 0 : extensionYears;
    }
  }

  public record FinanceCheck(
      @NotNull FinanceOutcome financeOutcome,
      @SingleLine @Size(max = 60) String budgetCode,
      @NotBlank @Size(max = 4000) String financeComments) {}

  public enum FinanceOutcome implements CodedValue {
    AFFORDABLE,
    REVISE
  }

  /**
   * The Provider Selection Regime questions as answered for one lot. Cases whose route was chosen
   * for the whole procurement, before routes per lot, keep these answers in their details.
   */
  public record PsrAnswers(
      @NotNull YesNo newService,
      @NotNull YesNo onlyOneCapableProvider,
      @NotNull YesNo patientChoiceAllQualifying,
      @NotNull YesNo incumbentPerforming,
      YesNo materiallyDifferentInCharacter,
      @NotNull YesNo mostSuitableProviderIdentifiable,
      @NotNull @PositiveOrZero BigDecimal existingValue,
      @NotNull @PositiveOrZero BigDecimal changeValue) {

    org.commissioninghub.procurement.PsrAnswers forLot() {
      return new org.commissioninghub.procurement.PsrAnswers(newService.isYes(), onlyOneCapableProvider.isYes(),
          patientChoiceAllQualifying.isYes(), incumbentPerforming.isYes(),
          materiallyDifferentInCharacter != null && materiallyDifferentInCharacter.isYes(),
          mostSuitableProviderIdentifiable.isYes(), existingValue, changeValue);
    }
  }

  /** The considerable change thresholds of cases whose route was chosen for the whole procurement. */
  public record ConsiderableChangeThresholds(BigDecimal minimumValue, BigDecimal minimumShare) {}

  /** A lot's route as confirmed; the reason is required when the route is not the recommended one. */
  public record RouteConfirmation(@NotBlank String confirmedRoute, @Size(max = 4000) String routeReason) {}






  private final CaseStore caseStore;
  private final ProcurementService procurement;
  private final PsrRoutes psrRoutes;

  DentalProcurementService(CaseStore caseStore, ProcurementService procurement, PsrRoutes psrRoutes) {
    this.caseStore = caseStore;
    this.procurement = procurement;
    this.psrRoutes = psrRoutes;
  }

  /** Records the assessment; a decision not to procure goes on the case as a decision of the assessor. */
  @RecordsAnswer("dental-assess-oral-health-needs")
  public Map<String, Object> recordNeedsAssessment(CompletedTask task, NeedsAssessment assessment) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("needsSummary", assessment.needsSummary());
    fields.put("populationCovered", assessment.populationCovered());
    fields.put("accessGapIdentified", assessment.accessGapIdentified());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Oral health needs assessment recorded");
    var procurementNeeded = assessment.needsOutcome() == NeedsOutcome.PROCURE;
    if (!procurementNeeded) {
      caseStore.recordDecision(task.caseReference(), DentalStage.NEEDS_ASSESSMENT.label(), "procurement not needed",
          task.actor(), DecisionChannel.TASKLIST, null);
    }
    return Map.of(PROCUREMENT_NEEDED, procurementNeeded);
  }

  /** The needs assessment found no procurement is needed: the case is closed. */
  public void closeAsNotNeeded(String reference) {
    caseStore.end(reference, CaseStatus.CLOSED, "the oral health needs assessment found no procurement is needed",
        CaseStore.SYSTEM_ACTOR);
  }

  /**
   * Records the lot design and creates the lots, each with its service type, contract form and
   * contracted activity; the business case is shown the activity of all the lots together.
   */
  @RecordsAnswer("dental-design-lots")
  public Map<String, Object> recordLotDesign(CompletedTask task, LotDesign design) {
    var plans = design.lots().stream().map(DesignedLot::plan).toList();
    var problems = new ArrayList<>(activityProblems(design.lots()));
    problems.addAll(ProcurementService.lotPlanProblems(plans));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    caseStore.updateDetails(task.caseReference(), Map.of("lotDesignSummary", design.lotDesignSummary()),
        task.actor(), "Lot design recorded");
    var variables = new HashMap<String, Object>();
    variables.put(LOT_IDS, new ArrayList<>(procurement.createLots(task.caseReference(), plans, task.actor())));
    variables.put(TOTAL_CONTRACTED_UDAS, total(design.lots(), DesignedLot::contractedUdas));
    variables.put(TOTAL_CONTRACTED_UOAS, total(design.lots(), DesignedLot::contractedUoas));
    return variables;
  }

  /** A lot is contracted in the activity of its service type: UDAs for general and urgent care, UOAs for orthodontics. */
  static List<String> activityProblems(List<DesignedLot> lots) {
    var problems = new ArrayList<String>();
    for (int row = 1; row <= lots.size(); row++) {
      var lot = lots.get(row - 1);
      if (lot.serviceType() == null) {
        continue;
      }
      if (lot.serviceType().contractedInUdas() && lot.contractedUdas() == null) {
        problems.add("Lots, row " + row + ": Contracted UDAs is required for " + lot.serviceType().description());
      }
      if (lot.serviceType().contractedInUoas() && lot.contractedUoas() == null) {
        problems.add("Lots, row " + row + ": Contracted UOAs is required for " + lot.serviceType().description());
      }
    }
    return problems;
  }

  /** The sum over the lots that have the activity; none when no lot has it. */
  private static Integer total(List<DesignedLot> lots, Function<DesignedLot, Integer> activity) {
    return lots.stream().map(activity).filter(Objects::nonNull).reduce(Integer::sum).orElse(null);
  }

  /**
   * Records the business case; the case's value becomes the whole-life value: the annual contract
   * value over the term and every possible extension year.
   */
  @RecordsAnswer("dental-prepare-business-case")
  public void recordBusinessCase(CompletedTask task, BusinessCase businessCase) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("annualContractValue", businessCase.annualContractValue());
    fields.put("termYears", businessCase.termYears());
    fields.put("extensionYears", businessCase.allExtensionYears());
    fields.put("udaValue", businessCase.udaValue());
    fields.put("businessCaseSummary", businessCase.businessCaseSummary());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Business case recorded");
    caseStore.updateValue(task.caseReference(), wholeLifeValue(businessCase), task.actor());
  }

  static BigDecimal wholeLifeValue(BusinessCase businessCase) {
    return businessCase.annualContractValue()
        .multiply(BigDecimal.valueOf((long) businessCase.termYears() + businessCase.allExtensionYears()));
  }

  /** Records the finance lead's decision; a revised business case then gets a fresh finance check form. */
  @RecordsAnswer("dental-check-affordability")
  public Map<String, Object> recordFinanceCheck(CompletedTask task, FinanceCheck check) {
    caseStore.updateDetails(task.caseReference(), Collections.singletonMap("budgetCode", check.budgetCode()),
        task.actor(), "Budget code recorded");
    caseStore.recordDecision(task.caseReference(), DentalStage.FINANCE_CHECK.label(), check.financeOutcome().id(),
        task.actor(), DecisionChannel.TASKLIST, check.financeComments());
    var variables = new HashMap<String, Object>();
    variables.put(BUSINESS_CASE_AFFORDABLE, check.financeOutcome() == FinanceOutcome.AFFORDABLE);
    variables.put(FINANCE_OUTCOME, null);
    variables.put(FINANCE_COMMENTS, null);
    return variables;
  }

  /** Rejected at business case approval: the procurement stops and the case is cancelled. */
  public void stop(String reference, String reason) {
    caseStore.end(reference, CaseStatus.CANCELLED, "business case rejected: " + reason, CaseStore.SYSTEM_ACTOR);
  }

  /**
   * Records the PSR answers of the task's lot, and gives the lot's route decision every answer and
   * the thresholds to weigh.
   */
  @RecordsAnswer("dental-answer-psr-questions")
  public Map<String, Object> recordPsrAnswers(CompletedTask task, PsrAnswers answers) {
    var lotAnswers = answers.forLot();
    procurement.recordPsrAnswers(task.longVariable(LOT_ID), lotAnswers, task.actor());
    var thresholds = psrRoutes.thresholds();
    // The decision table reads every answer as a boolean and the thresholds as numbers.
    var variables = new HashMap<String, Object>();
    variables.put(NEW_SERVICE, lotAnswers.newService());
    variables.put(ONLY_ONE_CAPABLE_PROVIDER, lotAnswers.onlyOneCapableProvider());
    variables.put(PATIENT_CHOICE_ALL_QUALIFYING, lotAnswers.patientChoiceAllQualifying());
    variables.put(INCUMBENT_PERFORMING, lotAnswers.incumbentPerforming());
    variables.put(MATERIALLY_DIFFERENT_IN_CHARACTER, lotAnswers.materiallyDifferentInCharacter());
    variables.put(MOST_SUITABLE_PROVIDER_IDENTIFIABLE, lotAnswers.mostSuitableProviderIdentifiable());
    variables.put(EXISTING_VALUE, lotAnswers.existingValue().doubleValue());
    variables.put(CHANGE_VALUE, lotAnswers.changeValue().doubleValue());
    variables.put(CONSIDERABLE_CHANGE_MINIMUM_VALUE, thresholds.minimumValue().doubleValue());
    variables.put(CONSIDERABLE_CHANGE_MINIMUM_SHARE, thresholds.minimumShare().doubleValue());
    return variables;
  }

  /** Keeps the route the decision table recommended for a lot, with its reason, on the lot. */
  public void recordRouteRecommendation(long lotId, String route, String reason) {
    procurement.recommendRoute(lotId, route, reason);
  }

  /**
   * Confirms the task's lot's route and gives the lot's procurement its route. A route the lot's
   * answers bar is refused with the reason, and so is a route other than the recommended one
   * without a reason of its own; the task then stays open and nothing is written.
   */
  @RecordsAnswer("dental-confirm-procurement-route")
  public Map<String, Object> recordProcurementRoute(CompletedTask task, RouteConfirmation confirmation) {
    procurement.confirmRoute(task.longVariable(LOT_ID), confirmation.confirmedRoute(), confirmation.routeReason(),
        task.actor());
    return Map.of(PSR_ROUTE, confirmation.confirmedRoute());
  }

  /**
   * Records which lots were awarded and answers their ids: each becomes a contract to mobilise and
   * manage. With none, the case is cancelled.
   */
  public List<Long> recordProcurementOutcome(String reference) {
    var awarded = procurement.lotsOf(reference).stream().filter(lot -> lot.getStatus() == Lot.Status.AWARDED)
        .toList();
    var fields = new LinkedHashMap<String, Object>();
    fields.put("awardedLots", awarded.stream().map(Lot::getName).toList());
    // The Primary Care Commissioning Committee approves each award; the case keeps the latest date.
    fields.put("committeeApprovalDate", caseStore.get(reference).getDecisions().stream()
        .filter(decision -> "approved".equals(decision.getOutcome())
            && ProcurementService.isAwardApproval(decision.getStage()))
        .map(decision -> decision.getDecidedAt().atZone(WorkingDayCalendar.LONDON).toLocalDate())
        .max(Comparator.naturalOrder())
        .orElse(null));
    caseStore.updateDetails(reference, fields, CaseStore.SYSTEM_ACTOR, "Procurement outcome recorded");
    if (awarded.isEmpty()) {
      caseStore.end(reference, CaseStatus.CANCELLED, "no lot was awarded", CaseStore.SYSTEM_ACTOR);
    }
    return awarded.stream().map(Lot::getId).toList();
  }

  /** Every contract the procurement awarded has reached the end of its term: the case is closed. */
  public void closeAfterContracts(String reference) {
    caseStore.end(reference, CaseStatus.CLOSED, "every contract awarded has reached the end of its term",
        CaseStore.SYSTEM_ACTOR);
  }
}
