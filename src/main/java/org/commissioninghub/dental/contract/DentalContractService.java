package org.commissioninghub.dental.contract;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseOpeningService;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.dental.ProcurementTrigger;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.YesNo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a dental contract, from the mobilisation of its awarded lot through every contract
 * year of its term to its end: each {@link RecordsAnswer} method records one form of
 * DentalContractProcess; the other methods are what its service tasks do. Every change is written
 * to the case's log; what comes next is the diagram's business.
 */
@Service
@Transactional
public class DentalContractService {

  static final String STAGE = "Contract management";

  public record Premises(@NotBlank @Size(max = 2000) String premisesAddress, @Size(max = 4000) String premisesNotes) {}

  public record PerformerList(@NotBlank @Size(max = 4000) String performersChecked,
      @NotNull @SensibleDate LocalDate performerListCheckedOn) {}

  public record CqcRegistration(@NotBlank @SingleLine @Size(max = 60) String cqcProviderId,
      @Size(max = 4000) String cqcNotes) {}

  /** The contract as set up with the NHS Business Services Authority: its number, annual value and term. */
  public record NhsbsaContract(@NotBlank @SingleLine @Size(max = 60) String nhsbsaContractNumber,
      @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal annualContractValue,
      @NotNull @Min(1) @Max(25) Integer termYears,
      @Size(max = 4000) String nhsbsaNotes) {}

  public record Handover(@NotNull @SensibleDate LocalDate contractStartDate,
      @NotBlank @Size(max = 4000) String handoverNotes) {}

  public record MidYearReview(@PositiveOrZero Integer deliveredToDate, @Size(max = 4000) String midYearNotes,
      @NotNull YesNo contractConcern, @Size(max = 4000) String concernSummary) {}

  public record RemedialNotice(@NotBlank @Size(max = 4000) String remedialAction,
      @NotNull @SensibleDate LocalDate remedialDeadline) {}

  public record RemedialCheck(@NotNull YesNo remedialActionTaken, @Size(max = 4000) String remedialOutcomeNotes) {}

  public record BreachNotice(@NotBlank @Size(max = 4000) String breachSummary,
      @NotBlank @SingleLine @Size(max = 100) String breachNoticeReference) {}

  public record YearEndReconciliation(@PositiveOrZero Integer deliveredUnits,
      @Size(max = 4000) String reconciliationNotes, @NotNull YesNo variationProposal) {}

  public record UnderDeliveryRemedy(@NotNull ContractYear.Remedy underDeliveryRemedy,
      @Size(max = 4000) String recoveryPlan) {}

  public record Variation(@NotBlank @Size(max = 4000) String variationDescription,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal variationValue,
      @NotNull @SensibleDate LocalDate variationEffectiveDate) {}

  public record TransparencyNotice(@NotBlank @SingleLine @Size(max = 100) String transparencyNoticeReference,
      @NotNull @SensibleDate LocalDate transparencyNoticePublishedOn) {}

  public record Recommissioning(@NotNull YesNo recommissioning, @Size(max = 4000) String recommissioningNotes) {}

  /** What the tasks of a contract show: the lot and the provider. */
  public record ContractOpening(String lotName, String providerName) {}

  /** What a contract year's tasks and timers read: its name, its activity, and when its review and end fall. */
  public record YearOpening(String label, String contractedActivity, Date midYearReviewAt, Date yearEndsAt) {}

  private final DentalContractRepository contracts;
  private final ProcurementService procurement;
  private final CaseStore caseStore;
  private final CaseOpeningService caseOpening;
  private final ObjectMapper objectMapper;
  private final ContractPolicy policy;
  private final Clock clock;

  DentalContractService(DentalContractRepository contracts, ProcurementService procurement, CaseStore caseStore,
      CaseOpeningService caseOpening, ObjectMapper objectMapper, ContractPolicy.Configured policy, Clock clock) {
    this.contracts = contracts;
    this.procurement = procurement;
    this.caseStore = caseStore;
    this.caseOpening = caseOpening;
    this.objectMapper = objectMapper;
    this.policy = policy.policy();
    this.clock = clock;
  }

  public ContractPolicy policy() {
    return policy;
  }

  // --- Mobilisation ---

  /** The contract of an awarded lot of the case: created once, however often the step runs. */
  public ContractOpening openContract(String reference, long lotId) {
    var lot = procurement.lot(lotId);
    if (!lot.getCommissioningCase().getReference().equals(reference)) {
      throw new IllegalStateException("lot " + lotId + " is not a lot of " + reference);
    }
    var contract = contracts.findByLotId(lotId).orElseGet(() -> {
      var created = contracts.save(new DentalContract(lot.getCommissioningCase(), lot));
      caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "CONTRACT_OPENED",
          "Contract opened for lot " + lot.getLotNumber() + " " + lot.getName(),
          details(lot.getName(), "provider", lot.getAwardedTo()));
      return created;
    });
    return new ContractOpening(lotLabel(contract), contract.getProvider());
  }

  @RecordsAnswer("dental-contract-confirm-premises")
  public void recordPremises(CompletedTask task, Premises premises) {
    var contract = contractOf(task);
    contract.confirmPremises(premises.premisesAddress(), premises.premisesNotes());
    log(task, contract, "CONTRACT_MOBILISED", "Premises confirmed", "premisesAddress", premises.premisesAddress());
  }

  @RecordsAnswer("dental-contract-check-performer-list")
  public void recordPerformerList(CompletedTask task, PerformerList performers) {
    var contract = contractOf(task);
    contract.checkPerformerList(performers.performersChecked(), performers.performerListCheckedOn());
    log(task, contract, "CONTRACT_MOBILISED", "Performer list checked", "performerListCheckedOn",
        performers.performerListCheckedOn());
  }

  @RecordsAnswer("dental-contract-confirm-cqc-registration")
  public void recordCqcRegistration(CompletedTask task, CqcRegistration registration) {
    var contract = contractOf(task);
    contract.confirmCqcRegistration(registration.cqcProviderId(), registration.cqcNotes());
    log(task, contract, "CONTRACT_MOBILISED", "CQC registration confirmed", "cqcProviderId",
        registration.cqcProviderId());
  }

  @RecordsAnswer("dental-contract-set-up-nhsbsa-contract")
  public void recordNhsbsaContract(CompletedTask task, NhsbsaContract set) {
    var contract = contractOf(task);
    contract.setUpWithNhsbsa(set.nhsbsaContractNumber(), set.annualContractValue(), set.termYears(),
        set.nhsbsaNotes());
    log(task, contract, "CONTRACT_MOBILISED", "Contract set up with NHSBSA", "nhsbsaContractNumber",
        set.nhsbsaContractNumber(), "annualContractValue", set.annualContractValue(), "termYears", set.termYears());
  }

  /** Starts the term: plans its contract years, and gives the process their numbers to run through. */
  @RecordsAnswer("dental-contract-hand-over")
  public Map<String, Object> recordHandover(CompletedTask task, Handover handover) {
    var contract = contractOf(task);
    if (contract.getTermYears() == null || contract.getAnnualContractValue() == null) {
      throw new IllegalArgumentException("The contract is not set up with NHSBSA yet: its value and term are needed");
    }
    var periods = ContractYears.of(handover.contractStartDate(), contract.getTermYears(), policy.contractYearStart());
    var years = new ArrayList<ContractYear>();
    for (var period : periods) {
      var units = contract.annualContractedUnits() == null ? null
          : period.proportion(BigDecimal.valueOf(contract.annualContractedUnits()))
              .setScale(0, RoundingMode.HALF_UP).intValueExact();
      var value = period.proportion(contract.getAnnualContractValue()).setScale(2, RoundingMode.HALF_UP);
      years.add(new ContractYear(contract, period, contract.activityUnit(), units, value));
    }
    var end = ContractYears.endOfTerm(handover.contractStartDate(), contract.getTermYears());
    contract.handOver(handover.contractStartDate(), end, handover.handoverNotes(), years);
    log(task, contract, "CONTRACT_HANDED_OVER", "Handed over to contract management", "contractStartDate",
        handover.contractStartDate(), "contractEndDate", end, "contractYears", periods.size());
    fixServiceStart(task, contract, handover.contractStartDate());
    var numbers = new ArrayList<Integer>();
    periods.forEach(period -> numbers.add(period.number()));
    return Map.of(CONTRACT_YEARS, numbers,
        RECOMMISSIONING_DECISION_DUE, UkTime.startOfAsDate(policy.recommissioningDecisionDue(end, today())));
  }

  // --- Each contract year ---

  /** What a contract year's tasks show and its timers wait for: the review six months in, and the year's end. */
  public YearOpening openYear(long lotId, int yearNumber) {
    var contract = contractOfLot(lotId);
    var year = yearOf(contract, yearNumber);
    var activity = year.getContractedUnits() == null ? "No UDAs or UOAs are contracted"
        : NumberFormat.getIntegerInstance(Locale.UK).format(year.getContractedUnits()) + " "
            + year.getActivityUnit() + "s";
    var label = label(year);
    return new YearOpening(label, activity + " in " + label + " (" + year.getStartsOn() + " to " + year.getEndsOn() + ")",
        UkTime.startOfAsDate(ContractYears.of(contract.getStartDate(), contract.getTermYears(), policy.contractYearStart())
            .get(yearNumber - 1).midYearReviewOn()),
        UkTime.startOfAsDate(year.getEndsOn().plusDays(1)));
  }

  @RecordsAnswer("dental-contract-review-mid-year")
  public Map<String, Object> recordMidYearReview(CompletedTask task, MidYearReview review) {
    var raised = review.contractConcern().isYes();
    if (raised && (review.concernSummary() == null || review.concernSummary().isBlank())) {
      throw new IllegalArgumentException("Concern is required when a contract concern is raised");
    }
    var contract = contractOf(task);
    var year = yearOf(contract, yearNumber(task));
    year.reviewMidYear(review.deliveredToDate(), review.midYearNotes());
    log(task, contract, "CONTRACT_MID_YEAR_REVIEWED", "Mid-year review of " + label(year), "deliveredToDate",
        review.deliveredToDate(), "concernRaised", raised, "concernSummary", review.concernSummary());
    return Map.of(CONCERN_RAISED, raised);
  }

  /** A remedial notice with the deadline by which the contractor must put the concern right. */
  @RecordsAnswer("dental-contract-issue-remedial-notice")
  public Map<String, Object> recordRemedialNotice(CompletedTask task, RemedialNotice notice) {
    if (!notice.remedialDeadline().isAfter(today())) {
      throw new IllegalArgumentException("Deadline must be after today");
    }
    var contract = contractOf(task);
    var year = yearNumber(task);
    contract.addNotice(new ContractNotice(contract, year, ContractNotice.Type.REMEDIAL,
        orElse(task.textVariable(CONCERN_SUMMARY), "Contract concern"), notice.remedialAction(),
        notice.remedialDeadline(), null, task.actor(), Instant.now(clock)));
    log(task, contract, "CONTRACT_NOTICE_ISSUED", "Remedial notice issued", "remedialAction",
        notice.remedialAction(), "remedialDeadline", notice.remedialDeadline());
    return Map.of(REMEDIAL_DEADLINE_DATE, UkTime.startOfAsDate(notice.remedialDeadline().plusDays(1)));
  }

  @RecordsAnswer("dental-contract-check-remedial-action")
  public Map<String, Object> recordRemedialCheck(CompletedTask task, RemedialCheck check) {
    var contract = contractOf(task);
    var remedied = check.remedialActionTaken().isYes();
    contract.getNotices().stream()
        .filter(notice -> notice.getNoticeType() == ContractNotice.Type.REMEDIAL && notice.getRemedied() == null)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("no remedial notice is open on lot " + contract.getLot().getId()))
        .checked(remedied, check.remedialOutcomeNotes());
    log(task, contract, "CONTRACT_NOTICE_CHECKED", remedied ? "Remedial notice met" : "Remedial notice not met",
        "remedied", remedied, "remedialOutcomeNotes", check.remedialOutcomeNotes());
    return Map.of(CONCERN_REMEDIED, remedied);
  }

  @RecordsAnswer("dental-contract-issue-breach-notice")
  public void recordBreachNotice(CompletedTask task, BreachNotice notice) {
    var contract = contractOf(task);
    contract.addNotice(new ContractNotice(contract, yearNumber(task), ContractNotice.Type.BREACH,
        notice.breachSummary(), null, null, notice.breachNoticeReference(), task.actor(), Instant.now(clock)));
    log(task, contract, "CONTRACT_NOTICE_ISSUED", "Breach notice issued", "breachNoticeReference",
        notice.breachNoticeReference(), "breachSummary", notice.breachSummary());
  }

  /**
   * The year-end reconciliation: the delivery percentage against the year's contracted activity,
   * and whether delivery is under the tolerance, within it or over 100%.
   */
  @RecordsAnswer("dental-contract-reconcile-year-end")
  public Map<String, Object> recordReconciliation(CompletedTask task, YearEndReconciliation answer) {
    var contract = contractOf(task);
    var year = yearOf(contract, yearNumber(task));
    if (year.getContractedUnits() != null && answer.deliveredUnits() == null) {
      throw new IllegalArgumentException("Delivered " + year.getActivityUnit() + "s is required");
    }
    var broughtForward = broughtForward(contract, year);
    var result = reconcile(year, broughtForward, answer.deliveredUnits());
    year.reconcile(broughtForward, answer.deliveredUnits(), result, answer.reconciliationNotes(), task.actor(),
        Instant.now(clock));
    log(task, contract, "CONTRACT_RECONCILED", "Year-end reconciliation of " + label(year) + ": "
            + result.outcome().id() + (result.deliveryPercent() == null ? "" : " at " + result.deliveryPercent() + "%"),
        "deliveredUnits", answer.deliveredUnits(), "contractedUnits", year.getContractedUnits(),
        "broughtForwardUnits", broughtForward,
        "deliveryPercent", result.deliveryPercent(), "outcome", result.outcome().id(),
        "carriedForwardUnits", result.carriedForwardUnits(), "undeliveredValue", result.undeliveredValue());
    var variables = new HashMap<String, Object>();
    variables.put(DELIVERY_OUTCOME, result.outcome().id());
    variables.put(DELIVERY_PERCENT, result.deliveryPercent() == null ? "not measured" : result.deliveryPercent() + "%");
    variables.put(UNDELIVERED_VALUE, pounds(result.undeliveredValue()));
    variables.put(VARIATION_PROPOSED, answer.variationProposal().isYes());
    return variables;
  }

  /** The commissioner's choice for a year under the tolerance: clawback of the undelivered value, or a recovery plan. */
  @RecordsAnswer("dental-contract-choose-under-delivery-remedy")
  public void recordUnderDeliveryRemedy(CompletedTask task, UnderDeliveryRemedy answer) {
    var contract = contractOf(task);
    var year = yearOf(contract, yearNumber(task));
    var result = reconcile(year, year.getBroughtForwardUnits() == null ? 0 : year.getBroughtForwardUnits(),
        year.getDeliveredUnits());
    if (result.outcome() != DeliveryReconciliation.Outcome.UNDER_DELIVERED) {
      throw new IllegalStateException(label(year) + " of lot " + contract.getLot().getId() + " is not under-delivered");
    }
    String comment;
    if (answer.underDeliveryRemedy() == ContractYear.Remedy.CLAWBACK) {
      year.chooseClawback(result.undeliveredValue());
      comment = "clawback of " + pounds(result.undeliveredValue());
    } else {
      if (answer.recoveryPlan() == null || answer.recoveryPlan().isBlank()) {
        throw new IllegalArgumentException("Recovery plan is required when a recovery plan is chosen");
      }
      year.chooseRecoveryPlan(answer.recoveryPlan());
      comment = answer.recoveryPlan();
    }
    caseStore.recordDecision(task.caseReference(), decisionStage(contract, "under-delivery in " + label(year)),
        answer.underDeliveryRemedy().id(), task.actor(), DecisionChannel.TASKLIST, comment);
    log(task, contract, "CONTRACT_REMEDY_CHOSEN", "Under-delivery in " + label(year) + ": " + comment,
        "remedy", answer.underDeliveryRemedy().id(), "clawbackValue", year.getClawbackValue());
  }

  /** Over-delivery handled by the configured rule: carried forward into the next year, or paid, up to the cap. */
  public void applyOverPerformanceRule(long lotId, int yearNumber) {
    var contract = contractOfLot(lotId);
    var year = yearOf(contract, yearNumber);
    if (year.getOutcome() != DeliveryReconciliation.Outcome.OVER_DELIVERED) {
      throw new IllegalStateException(label(year) + " of lot " + lotId + " is not over-delivered");
    }
    var summary = switch (policy.overPerformanceRule()) {
      case CARRY_FORWARD -> year.getCarriedForwardUnits() + " " + year.getActivityUnit()
          + "s over-delivered carried forward into the next contract year (up to " + policy.overPerformanceCapPercent()
          + "%)";
      case PAY -> "Over-delivery paid: " + pounds(year.getOverPerformancePayment()) + " (up to "
          + policy.overPerformanceCapPercent() + "%)";
      case NONE -> "Over-delivery neither paid nor carried forward";
    };
    caseStore.note(contract.getCommissioningCase().getReference(), CaseStore.SYSTEM_ACTOR,
        "CONTRACT_OVER_PERFORMANCE", lotLabel(contract) + ", " + label(year) + ": " + summary,
        details(lotLabel(contract), "rule", policy.overPerformanceRule().id(),
            "carriedForwardUnits", year.getCarriedForwardUnits(), "payment", year.getOverPerformancePayment()));
  }

  /** A variation with its value; of the threshold or more, it needs a transparency notice before it takes effect. */
  @RecordsAnswer("dental-contract-record-variation")
  public Map<String, Object> recordVariation(CompletedTask task, Variation answer) {
    var contract = contractOf(task);
    var required = policy.needsTransparencyNotice(answer.variationValue());
    var variation = contract.addVariation(new ContractVariation(contract, yearNumber(task),
        answer.variationDescription(), answer.variationValue(), answer.variationEffectiveDate(), required,
        task.actor(), Instant.now(clock)));
    contracts.flush();
    log(task, contract, "CONTRACT_VARIATION_RECORDED", "Contract variation of " + pounds(answer.variationValue())
            + " recorded" + (required ? ": a transparency notice is needed first" : ""),
        "variationValue", answer.variationValue(), "transparencyNoticeRequired", required);
    return Map.of(TRANSPARENCY_NOTICE_REQUIRED, required, VARIATION_ID, variation.getId());
  }

  @RecordsAnswer("dental-contract-publish-transparency-notice")
  public void recordTransparencyNotice(CompletedTask task, TransparencyNotice notice) {
    var contract = contractOf(task);
    var variation = variationOf(contract, task.longVariable(VARIATION_ID));
    variation.transparencyNoticePublished(notice.transparencyNoticeReference(), notice.transparencyNoticePublishedOn());
    log(task, contract, "CONTRACT_VARIATION_NOTICE", "Transparency notice published for the variation",
        "transparencyNoticeReference", notice.transparencyNoticeReference());
  }

  /** The variation takes effect; refused while a transparency notice it needs is not published. */
  public void putVariationIntoEffect(long lotId, long variationId) {
    var contract = contractOfLot(lotId);
    var variation = variationOf(contract, variationId);
    if (variation.getStatus() == ContractVariation.Status.IN_EFFECT) {
      return;
    }
    variation.putIntoEffect(Instant.now(clock));
    caseStore.note(contract.getCommissioningCase().getReference(), CaseStore.SYSTEM_ACTOR, "CONTRACT_VARIED",
        lotLabel(contract) + ": variation of " + pounds(variation.getVariationValue()) + " in effect",
        details(lotLabel(contract), "variationValue", variation.getVariationValue(),
            "transparencyNoticeReference", variation.getTransparencyNoticeReference()));
  }

  // --- End of term ---

  @RecordsAnswer("dental-contract-decide-recommissioning")
  public Map<String, Object> recordRecommissioning(CompletedTask task, Recommissioning answer) {
    var contract = contractOf(task);
    var recommission = answer.recommissioning().isYes();
    contract.decideRecommissioning(recommission, answer.recommissioningNotes());
    caseStore.recordDecision(task.caseReference(), decisionStage(contract, "recommissioning"),
        recommission ? "recommission" : "do-not-recommission", task.actor(), DecisionChannel.TASKLIST,
        answer.recommissioningNotes());
    return Map.of(RECOMMISSION_SERVICE, recommission);
  }

  /**
   * Opens a new dental procurement case for the service whose contract is ending, triggered by the
   * contract's end: once per contract, however often the step runs.
   */
  public String openSuccessorProcurement(long lotId) {
    var contract = contractOfLot(lotId);
    if (contract.getSuccessorCaseReference() != null) {
      return contract.getSuccessorCaseReference();
    }
    var predecessor = contract.getCommissioningCase();
    var details = objectMapper.createObjectNode();
    details.put("trigger", ProcurementTrigger.CONTRACT_ENDING.id());
    details.put("area", area(predecessor.getDetails(), contract));
    details.put("currentContractEndDate", contract.getEndDate().toString());
    if (contract.getNhsbsaContractNumber() != null) {
      details.put("incumbentContractNumber", contract.getNhsbsaContractNumber());
    }
    var title = "Recommissioning " + contract.getLot().getName();
    var opened = caseOpening.open(new OpenCaseRequest(Programme.DENTAL_PROCUREMENT,
        title.length() > 200 ? title.substring(0, 200) : title, predecessor.getCommissioner(),
        predecessor.getIntegratedCareSystem(), null, null, null, Map.of(), details), CaseStore.SYSTEM_ACTOR);
    contract.succeededBy(opened.getReference());
    caseStore.note(predecessor.getReference(), CaseStore.SYSTEM_ACTOR, "CONTRACT_RECOMMISSIONED",
        lotLabel(contract) + ": procurement " + opened.getReference() + " opened as the contract ends",
        details(lotLabel(contract), "successorCaseReference", opened.getReference()));
    return opened.getReference();
  }

  public void endContract(long lotId) {
    var contract = contractOfLot(lotId);
    if (contract.getStatus() == DentalContract.Status.ENDED) {
      return;
    }
    contract.end();
    caseStore.note(contract.getCommissioningCase().getReference(), CaseStore.SYSTEM_ACTOR, "CONTRACT_ENDED",
        lotLabel(contract) + ": contract ended at the end of its term", details(lotLabel(contract),
            "contractEndDate", contract.getEndDate()));
  }

  // --- Reading ---

  /** A case's contracts with their lots, without their years, notices and variations: for showing with the case. */
  @Transactional(readOnly = true)
  public List<DentalContract> contractSummariesOf(long caseId) {
    return contracts.findByCommissioningCaseIdOrderByLotLotNumber(caseId);
  }

  /** The contracts of a case, lot by lot, with their years, notices and variations. */
  @Transactional(readOnly = true)
  public List<DentalContract> contractsOf(String reference) {
    var found = contracts.findByCommissioningCaseReferenceOrderByLotLotNumber(reference);
    found.forEach(contract -> {
      contract.getYears().size();
      contract.getNotices().size();
      contract.getVariations().size();
      contract.getLot().getName();
    });
    return found;
  }

  // --- Helpers ---

  DeliveryReconciliation.Result reconcile(ContractYear year, int broughtForward, Integer delivered) {
    return DeliveryReconciliation.reconcile(policy, year.getContractedUnits(), broughtForward, delivered,
        year.getContractValue());
  }

  /**
   * What the year before carries into this one: its shortfall within tolerance, owed on top; its
   * over-delivery carried forward under the carry-forward rule, credited. Nothing after a year below
   * the tolerance (clawed back or in a recovery plan) or with nothing measured.
   */
  static int broughtForward(DentalContract contract, ContractYear year) {
    var before = contract.year(year.getNumber() - 1).orElse(null);
    if (before == null || before.getOutcome() == null || before.getCarriedForwardUnits() == null) {
      return 0;
    }
    return switch (before.getOutcome()) {
      case WITHIN_TOLERANCE -> before.getCarriedForwardUnits();
      case OVER_DELIVERED -> -before.getCarriedForwardUnits();
      default -> 0;
    };
  }

  private DentalContract contractOf(CompletedTask task) {
    return contractOfLot(task.longVariable(LOT_ID));
  }

  private DentalContract contractOfLot(long lotId) {
    return contracts.findByLotId(lotId)
        .orElseThrow(() -> new IllegalStateException("lot " + lotId + " has no contract: open it first"));
  }

  private static int yearNumber(CompletedTask task) {
    return (int) task.longVariable(CONTRACT_YEAR);
  }

  private static ContractYear yearOf(DentalContract contract, int number) {
    return contract.year(number).orElseThrow(() -> new IllegalStateException(
        "the contract of lot " + contract.getLot().getId() + " has no contract year " + number));
  }

  private static ContractVariation variationOf(DentalContract contract, long variationId) {
    return contract.getVariations().stream().filter(variation -> variation.getId() == variationId).findFirst()
        .orElseThrow(() -> new IllegalStateException("the contract of lot " + contract.getLot().getId()
            + " has no variation " + variationId));
  }

  private String label(ContractYear year) {
    return new ContractYears.Period(year.getNumber(), year.getStartsOn(), year.getEndsOn(), null, null)
        .label(policy.contractYearStart());
  }

  private static String lotLabel(DentalContract contract) {
    return "Lot " + contract.getLot().getLotNumber() + " " + contract.getLot().getName();
  }

  /** A decision's stage, within the 100 characters a decision record holds. */
  private static String decisionStage(DentalContract contract, String what) {
    var stage = STAGE + ": " + what + " (lot " + contract.getLot().getLotNumber() + ")";
    return stage.length() > 100 ? stage.substring(0, 100) : stage;
  }

  /**
   * The contract's start is the lot's go-live: a milestone of the case, achieved once the day has
   * come, and the case's service start date when it is the first of its lots to start.
   */
  private void fixServiceStart(CompletedTask task, DentalContract contract, LocalDate startDate) {
    var goLive = goLiveMilestone(contract);
    caseStore.planMilestone(task.caseReference(), goLive, startDate, task.actor());
    if (!startDate.isAfter(today())) {
      caseStore.achieveMilestone(task.caseReference(), goLive, startDate, task.actor());
    }
    caseStore.fixActualStartDate(task.caseReference(), startDate, task.actor());
  }

  static String goLiveMilestone(DentalContract contract) {
    var full = lotLabel(contract) + ": contract starts (go-live)";
    return full.length() <= 200 ? full : "Lot " + contract.getLot().getLotNumber() + ": contract starts (go-live)";
  }

  private LocalDate today() {
    return UkTime.today(clock);
  }

  private static String pounds(BigDecimal value) {
    return value == null ? null : NumberFormat.getCurrencyInstance(Locale.UK).format(value);
  }

  private static String orElse(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }

  private String area(String caseDetails, DentalContract contract) {
    try {
      var area = caseDetails == null ? null : objectMapper.readTree(caseDetails).path("area");
      return area != null && area.isTextual() && !area.asText().isBlank() ? area.asText() : contract.getLot().getName();
    } catch (IOException e) {
      return contract.getLot().getName();
    }
  }

  private void log(CompletedTask task, DentalContract contract, String eventType, String summary, Object... fields) {
    caseStore.note(task.caseReference(), task.actor(), eventType, lotLabel(contract) + ": " + summary,
        details(lotLabel(contract), fields));
  }

  /** The lot and the given name/value pairs, leaving out empty values. */
  private static Map<String, Object> details(String lot, Object... fields) {
    var details = new LinkedHashMap<String, Object>();
    details.put("lot", lot);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i + 1] != null) {
        details.put((String) fields[i], fields[i + 1] instanceof LocalDate date ? date.toString() : fields[i + 1]);
      }
    }
    return details;
  }
}
