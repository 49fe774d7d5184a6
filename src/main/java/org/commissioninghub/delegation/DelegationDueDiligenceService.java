package org.commissioninghub.delegation;

import static org.commissioninghub.delegation.DelegationVariables.BOARD_SAYS_GO;
import static org.commissioninghub.delegation.DelegationVariables.CHECKLIST_ITEM_ID;
import static org.commissioninghub.delegation.DelegationVariables.DELEGATION_AT;
import static org.commissioninghub.delegation.DelegationVariables.REGIONALLY_APPROVED;
import static org.commissioninghub.delegation.DelegationVariables.SELF_ASSESSMENT_SIGNED_OFF;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.delegation.DelegationReadiness.BoardDecision;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.MoneyAmounts;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.YesNo;
import org.commissioninghub.workitem.ChecklistItem;
import org.commissioninghub.workitem.ChecklistService;
import org.commissioninghub.workitem.ChecklistService.ChecklistAnswer;
import org.commissioninghub.workitem.ChecklistService.Corroboration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a delegation due diligence: what each stage's answers mean for the case store and
 * the process. The checklist's answers and corroborations are kept by {@link ChecklistService},
 * the risk log by the case store; whether an item is ready is DelegationReadiness.dmn's decision.
 * Each {@link RecordsAnswer} method records one form's answers when its task is completed.
 */
@Service
@Transactional
public class DelegationDueDiligenceService {

  public record ExpressionOfInterest(
      @NotNull @SensibleDate LocalDate executiveEndorsementDate,
      @SensibleDate LocalDate committeeNotedDate,
      @NotNull @SensibleDate LocalDate expressionOfInterestDate,
      @NotBlank @Size(max = 4000) String expressionOfInterestSummary) {}

  /** The ICS's answer to one checklist item, with its evidence. */
  public record ItemAnswer(@NotNull YesNo answer, @NotBlank @Size(max = 4000) String evidence) {}

  /** The ICS executive's sign-off of the self-assessment; a comment says why when it is sent back. */
  public record SelfAssessmentSignOff(@NotNull YesNo signedOff, @Size(max = 4000) String signOffComment) {}

  /** The Regional Director of Commissioning's own answer to one item, as a row of the checklist. */
  public record CorroborationRow(
      @NotBlank @SingleLine @Size(max = 10) String itemCode,
      @NotNull YesNo corroboration,
      @Size(max = 4000) String comment) {}

  public record ChecklistCorroboration(@NotEmpty @Size(max = 10) @Valid List<@NotNull CorroborationRow> corroborations) {}

  /** A new corroboration of one remediated item. */
  public record ItemCorroboration(@NotNull YesNo corroboration, @Size(max = 4000) String comment) {}

  public record RemediationPlan(
      @NotBlank @Size(max = 4000) String remediationPlan,
      @NotNull @SensibleDate LocalDate remediationDueDate) {}

  /** The finance allocation against the forecast outturn, and last year's spend by contractor group. */
  public record FinanceAssurance(
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal financeAllocation,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal forecastOutturn,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal pharmacySpend,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal ophthalmicSpend,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal dentalSpend) {}

  public record WorkforceReview(
      @NotNull @Min(0) @Max(10000) Integer staffPlanned,
      @NotBlank @Size(max = 4000) String workforceSummary) {}

  /** The contracts of one type in the register. */
  public record ContractCount(
      @NotNull ContractType contractType,
      @NotNull @Min(0) @Max(100000) Integer contracts,
      @NotNull @Min(0) @Max(100000) Integer missingData,
      @NotNull @Min(0) @Max(100000) Integer expiringWithinYear) {}

  public record ContractRegister(@NotEmpty @Size(max = 20) @Valid List<@NotNull ContractCount> contractGroups) {}

  /** One entry of the risk log on the 5×5 matrix. */
  public record RiskRow(
      @NotBlank @Size(max = 1000) String description,
      @NotNull @Min(1) @Max(5) Integer likelihood,
      @NotNull @Min(1) @Max(5) Integer impact,
      @NotBlank @SingleLine @Size(max = 200) String owner,
      @NotBlank @Size(max = 4000) String mitigation) {}

  public record RiskLog(@NotEmpty @Size(max = 50) @Valid List<@NotNull RiskRow> risks) {}

  public record ItAndDataReview(@NotNull YesNo dataSharingAgreed, @NotBlank @Size(max = 4000) String itAndDataSummary) {}

  /** Engagement with the local pharmaceutical, optical and dental committees (consulted, not approvers). */
  public record CommitteeEngagement(
      @NotNull YesNo pharmaceuticalCommitteeEngaged,
      @NotNull YesNo opticalCommitteeEngaged,
      @NotNull YesNo dentalCommitteeEngaged,
      @NotBlank @Size(max = 4000) String engagementSummary) {}

  public enum GoNoGo implements CodedValue {
    GO,
    NO_GO
  }

  public record BoardVerdict(
      @NotNull GoNoGo boardDecision,
      @NotNull @SensibleDate LocalDate boardDate,
      @Size(max = 4000) String boardReason) {}

  public record RegionalApproval(
      @NotNull YesNo regionallyApproved,
      @NotNull @SensibleDate LocalDate approvalDate,
      @Size(max = 4000) String approvalComment) {}

  public record DelegationAgreement(
      @NotNull @SensibleDate LocalDate agreementSignedDate,
      @NotNull @SensibleDate LocalDate delegationDate) {}

  public record Transfer(
      @NotNull @Min(0) @Max(10000) Integer staffTransferred,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal budgetTransferred,
      @NotNull @SensibleDate LocalDate transferDate) {}

  public record MonitoringReview(@NotBlank @Size(max = 4000) String monitoringSummary) {}

  /** A row of the corroboration form as it is shown: the item and the ICS's answer to it. */
  public record ChecklistRow(String itemCode, String domain, String question, String icsAnswer, String evidence) {}

  static final String STOP_REASON = "stopReason";

  private final CaseStore caseStore;
  private final ChecklistService checklist;
  private final DelegationReadinessRepository readinesses;
  private final ContractGroupRepository contractGroups;
  private final DelegationProperties properties;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  DelegationDueDiligenceService(CaseStore caseStore, ChecklistService checklist,
      DelegationReadinessRepository readinesses, ContractGroupRepository contractGroups,
      DelegationProperties properties, ObjectMapper objectMapper, Clock clock) {
    this.caseStore = caseStore;
    this.checklist = checklist;
    this.readinesses = readinesses;
    this.contractGroups = contractGroups;
    this.properties = properties;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @RecordsAnswer("delegation-record-expression-of-interest")
  public void recordExpressionOfInterest(CompletedTask task, ExpressionOfInterest interest) {
    var problems = new ArrayList<FieldProblem>();
    if (interest.expressionOfInterestDate().isBefore(interest.executiveEndorsementDate())) {
      problems.add(new FieldProblem("expressionOfInterestDate",
          "must not be before the ICS Executive Group endorsed it on "
              + UkTime.DAY.format(interest.executiveEndorsementDate())));
    }
    refuseIf(problems);
    var fields = new LinkedHashMap<String, Object>();
    fields.put("executiveEndorsementDate", interest.executiveEndorsementDate());
    fields.put("committeeNotedDate", interest.committeeNotedDate());
    fields.put("expressionOfInterestDate", interest.expressionOfInterestDate());
    fields.put("expressionOfInterestSummary", interest.expressionOfInterestSummary().strip());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Expression of interest recorded");
  }

  /**
   * Gives the case the ten items of the Pre-Delegation Assessment Framework and answers their ids,
   * in the framework's order; a retried step finds them already there.
   */
  public List<Long> createChecklist(String reference) {
    return checklist.createChecklist(reference, PreDelegationAssessmentFramework.questions(), CaseStore.SYSTEM_ACTOR)
        .stream().map(ChecklistItem::getId).toList();
  }

  @Transactional(readOnly = true)
  public ChecklistItem checklistItem(long id) {
    return checklist.item(id);
  }

  /** The role of the lead who answers an item for the ICS: the lead for its domain. */
  @Transactional(readOnly = true)
  public String leadRoleOf(long checklistItemId) {
    var code = checklist.item(checklistItemId).getCode();
    return PreDelegationAssessmentFramework.byCode(code)
        .orElseThrow(() -> new IllegalStateException("checklist item " + code + " is not of the framework"))
        .domain().lead().groupId();
  }

  /** Records the lead's answer to the task's item; a corroboration of an earlier answer no longer stands. */
  @RecordsAnswer("delegation-answer-checklist-item")
  public void recordItemAnswer(CompletedTask task, ItemAnswer answer) {
    var item = checklist.item(task.longVariable(CHECKLIST_ITEM_ID));
    checklist.recordAnswers(task.caseReference(),
        List.of(new ChecklistAnswer(item.getCode(), answer.answer(), answer.evidence())), task.actor());
  }

  /** Records the ICS executive's sign-off; sent back, every item is answered again. */
  @RecordsAnswer("delegation-sign-off-self-assessment")
  public Map<String, Object> recordSelfAssessmentSignOff(CompletedTask task, SelfAssessmentSignOff signOff) {
    var signedOff = signOff.signedOff().isYes();
    var comment = blankToNull(signOff.signOffComment());
    if (!signedOff && comment == null) {
      throw new InvalidInputException(List.of(new FieldProblem("signOffComment",
          "is required when the self-assessment is sent back: say what to answer again")));
    }
    caseStore.recordDecision(task.caseReference(), DelegationStage.EXECUTIVE_SIGN_OFF.label(),
        signedOff ? "signed off" : "sent back", task.actor(), DecisionChannel.TASKLIST, comment);
    return Map.of(SELF_ASSESSMENT_SIGNED_OFF, signedOff);
  }

  /** The checklist as the corroboration form shows it: each item with the ICS's answer and evidence. */
  @Transactional(readOnly = true)
  public String checklistRows(String reference) {
    var rows = checklist.checklistOf(caseStore.get(reference)).stream()
        .map(item -> {
          var row = new LinkedHashMap<String, Object>();
          row.put("itemCode", item.getCode());
          row.put("domain", item.getDomain());
          row.put("question", item.getQuestion());
          row.put("icsAnswer", item.getAnswer() == null ? null : item.getAnswer().id());
          row.put("evidence", item.getEvidence());
          return row;
        })
        .toList();
    try {
      return objectMapper.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the checklist of " + reference, e);
    }
  }

  /**
   * Records the Regional Director of Commissioning's corroboration of every item at once: each
   * item of the checklist must be corroborated, and a corroboration that disagrees says why.
   */
  @RecordsAnswer("delegation-corroborate-checklist")
  public void recordChecklistCorroboration(CompletedTask task, ChecklistCorroboration corroboration) {
    var codes = checklist.checklistOf(caseStore.get(task.caseReference())).stream().map(ChecklistItem::getCode)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    var given = corroboration.corroborations().stream().map(row -> row.itemCode().strip()).collect(Collectors.toSet());
    var missing = codes.stream().filter(code -> !given.contains(code)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem("corroborations",
          "must corroborate every item of the checklist; missing " + String.join(", ", missing))));
    }
    checklist.recordCorroborations(task.caseReference(), corroboration.corroborations().stream()
        .map(row -> new Corroboration(row.itemCode(), row.corroboration(), row.comment())).toList(), task.actor());
  }

  /** What DelegationReadiness.dmn reads of an item: its ICS answer, corroboration and passing answer. */
  @Transactional(readOnly = true)
  public Map<String, Object> readinessInputs(long checklistItemId) {
    var item = checklist.item(checklistItemId);
    var inputs = new HashMap<String, Object>();
    inputs.put(DelegationVariables.ICS_ANSWER, item.getAnswer() == null ? null : item.getAnswer().id());
    inputs.put(DelegationVariables.CORROBORATION, item.getCorroboration() == null ? null : item.getCorroboration().id());
    inputs.put(DelegationVariables.PASSING_ANSWER, item.getPassingAnswer().id());
    return inputs;
  }

  /** Records the remediation plan of the task's item, which then is assessed again on its own. */
  @RecordsAnswer("delegation-plan-remediation")
  public void recordRemediationPlan(CompletedTask task, RemediationPlan plan) {
    var item = checklist.item(task.longVariable(CHECKLIST_ITEM_ID));
    var status = ChecklistService.assess(item).status();
    caseStore.note(task.caseReference(), task.actor(), "CHECKLIST_REMEDIATION_PLANNED", "Remediation of item "
            + item.getCode() + " planned, due " + UkTime.DAY.format(plan.remediationDueDate()),
        Map.of("itemCode", item.getCode(), "status", status.id(), "plan", plan.remediationPlan().strip(),
            "dueDate", plan.remediationDueDate().toString()));
  }

  /** Records a new corroboration of the task's item after its remediation. */
  @RecordsAnswer("delegation-corroborate-checklist-item")
  public void recordItemCorroboration(CompletedTask task, ItemCorroboration corroboration) {
    var item = checklist.item(task.longVariable(CHECKLIST_ITEM_ID));
    try {
      checklist.recordCorroborations(task.caseReference(),
          List.of(new Corroboration(item.getCode(), corroboration.corroboration(), corroboration.comment())),
          task.actor());
    } catch (InvalidInputException refused) {
      // the checklist names the row's fields; this form has one item, named by its own fields
      throw new InvalidInputException(refused.getProblems().stream()
          .map(problem -> new FieldProblem(problem.field().replace("corroborations[0].", "")
              .replace("itemCode", "corroboration"), problem.message()))
          .toList());
    }
  }

  /** Records the allocation against the forecast outturn; the gap is worked out to the penny. */
  @RecordsAnswer("delegation-assure-finance")
  public void recordFinanceAssurance(CompletedTask task, FinanceAssurance finance) {
    var readiness = readinessOf(task.caseReference());
    readiness.assureFinance(finance.financeAllocation(), finance.forecastOutturn(), finance.pharmacySpend(),
        finance.ophthalmicSpend(), finance.dentalSpend(), task.actor(), Instant.now(clock));
    var gap = readiness.getFinanceGap();
    var said = gap.signum() > 0 ? "a gap of " + MoneyAmounts.format(gap)
        : gap.signum() == 0 ? "no gap" : "a margin of " + MoneyAmounts.format(gap.negate());
    caseStore.note(task.caseReference(), task.actor(), "FINANCE_ASSURED", "Allocation "
            + MoneyAmounts.format(finance.financeAllocation()) + " against forecast outturn "
            + MoneyAmounts.format(finance.forecastOutturn()) + ": " + said,
        Map.of("financeAllocation", finance.financeAllocation(), "forecastOutturn", finance.forecastOutturn(),
            "financeGap", gap));
  }

  @RecordsAnswer("delegation-review-workforce")
  public void recordWorkforceReview(CompletedTask task, WorkforceReview review) {
    readinessOf(task.caseReference()).planStaff(review.staffPlanned(), task.actor(), Instant.now(clock));
    caseStore.updateDetails(task.caseReference(), Map.of("workforceSummary", review.workforceSummary().strip()),
        task.actor(), "Workforce and TUPE review recorded: " + review.staffPlanned() + " staff to transfer");
  }

  /**
   * Records the contract register by type: each type once, and no more contracts lacking data or
   * expiring than there are. A type counted before is counted again.
   */
  @RecordsAnswer("delegation-review-contract-register")
  public void recordContractRegister(CompletedTask task, ContractRegister register) {
    var problems = new ArrayList<FieldProblem>();
    var rowOfType = new HashMap<ContractType, Integer>();
    for (int row = 0; row < register.contractGroups().size(); row++) {
      var group = register.contractGroups().get(row);
      var where = "contractGroups[" + row + "]";
      var first = rowOfType.putIfAbsent(group.contractType(), row);
      if (first != null) {
        problems.add(new FieldProblem(where + ".contractType", "is already counted in contractGroups[" + first + "]"));
      }
      if (group.missingData() > group.contracts()) {
        problems.add(new FieldProblem(where + ".missingData",
            "is more than the " + group.contracts() + " contracts of the type"));
      }
      if (group.expiringWithinYear() > group.contracts()) {
        problems.add(new FieldProblem(where + ".expiringWithinYear",
            "is more than the " + group.contracts() + " contracts of the type"));
      }
    }
    refuseIf(problems);
    var commissioningCase = caseStore.get(task.caseReference());
    var existing = contractGroups.findByCommissioningCaseIdOrderById(commissioningCase.getId()).stream()
        .collect(Collectors.toMap(ContractGroup::getContractType, group -> group));
    var now = Instant.now(clock);
    int total = 0;
    int missing = 0;
    for (var count : register.contractGroups()) {
      var group = existing.get(count.contractType());
      if (group == null) {
        contractGroups.save(new ContractGroup(commissioningCase, count.contractType(), count.contracts(),
            count.missingData(), count.expiringWithinYear(), task.actor(), now));
      } else {
        group.count(count.contracts(), count.missingData(), count.expiringWithinYear(), task.actor(), now);
      }
      total += count.contracts();
      missing += count.missingData();
    }
    caseStore.note(task.caseReference(), task.actor(), "CONTRACT_REGISTER_COUNTED", total + " contracts counted, "
        + missing + " with missing data", Map.of("contracts", total, "missingData", missing));
  }

  /** Adds each risk of the due diligence to the case's risk log. */
  @RecordsAnswer("delegation-review-risks")
  public void recordRiskLog(CompletedTask task, RiskLog log) {
    for (var risk : log.risks()) {
      caseStore.addRisk(task.caseReference(), risk.description().strip(), risk.likelihood(), risk.impact(),
          risk.owner().strip(), risk.mitigation().strip(), task.actor());
    }
  }

  @RecordsAnswer("delegation-review-it-and-data")
  public void recordItAndDataReview(CompletedTask task, ItAndDataReview review) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("dataSharingAgreed", review.dataSharingAgreed().isYes());
    fields.put("itAndDataSummary", review.itAndDataSummary().strip());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "IT and data review recorded");
  }

  @RecordsAnswer("delegation-engage-local-committees")
  public void recordCommitteeEngagement(CompletedTask task, CommitteeEngagement engagement) {
    var engaged = new ArrayList<String>();
    if (engagement.pharmaceuticalCommitteeEngaged().isYes()) {
      engaged.add("LPC");
    }
    if (engagement.opticalCommitteeEngaged().isYes()) {
      engaged.add("LOC");
    }
    if (engagement.dentalCommitteeEngaged().isYes()) {
      engaged.add("LDC");
    }
    caseStore.updateDetails(task.caseReference(), Map.of("engagementSummary", engagement.engagementSummary().strip()),
        task.actor(), "Engagement with local committees recorded: "
            + (engaged.isEmpty() ? "none engaged yet" : String.join(", ", engaged) + " engaged"));
  }

  /** Records the ICB Board's go/no-go; a no-go says why, and the case ends with that reason. */
  @RecordsAnswer("delegation-decide-go-no-go")
  public Map<String, Object> recordBoardDecision(CompletedTask task, BoardVerdict verdict) {
    var go = verdict.boardDecision() == GoNoGo.GO;
    var reason = blankToNull(verdict.boardReason());
    if (!go && reason == null) {
      throw new InvalidInputException(List.of(new FieldProblem("boardReason", "is required for a no-go")));
    }
    readinessOf(task.caseReference()).decideOnBoard(go ? BoardDecision.GO : BoardDecision.NO_GO,
        verdict.boardDate(), task.actor(), Instant.now(clock));
    caseStore.recordDecision(task.caseReference(), DelegationStage.BOARD_DECISION.label(), verdict.boardDecision().id(),
        task.actor(), DecisionChannel.TASKLIST, reason);
    var variables = new HashMap<String, Object>();
    variables.put(BOARD_SAYS_GO, go);
    variables.put(STOP_REASON, go ? null : "ICB Board no-go on " + UkTime.DAY.format(verdict.boardDate()) + ": " + reason);
    return variables;
  }

  /** Records NHS England's regional approval; declined, it says why, and the case ends with that reason. */
  @RecordsAnswer("delegation-approve-delegation")
  public Map<String, Object> recordRegionalApproval(CompletedTask task, RegionalApproval approval) {
    var approved = approval.regionallyApproved().isYes();
    var comment = blankToNull(approval.approvalComment());
    if (!approved && comment == null) {
      throw new InvalidInputException(List.of(new FieldProblem("approvalComment",
          "is required when NHS England does not approve the delegation")));
    }
    if (approved) {
      readinessOf(task.caseReference()).approveRegionally(approval.approvalDate(), task.actor(), Instant.now(clock));
    }
    caseStore.recordDecision(task.caseReference(), DelegationStage.REGIONAL_APPROVAL.label(),
        approved ? "approved" : "declined", task.actor(), DecisionChannel.TASKLIST, comment);
    var variables = new HashMap<String, Object>();
    variables.put(REGIONALLY_APPROVED, approved);
    variables.put(STOP_REASON, approved ? null : "NHS England declined the delegation on "
        + UkTime.DAY.format(approval.approvalDate()) + ": " + comment);
    return variables;
  }

  /** Records the signed Delegation Agreement and the day the functions pass to the ICB, the timer's date. */
  @RecordsAnswer("delegation-sign-delegation-agreement")
  public Map<String, Object> recordDelegationAgreement(CompletedTask task, DelegationAgreement agreement) {
    if (agreement.delegationDate().isBefore(agreement.agreementSignedDate())) {
      throw new InvalidInputException(List.of(new FieldProblem("delegationDate",
          "must not be before the agreement is signed on " + UkTime.DAY.format(agreement.agreementSignedDate()))));
    }
    readinessOf(task.caseReference()).signAgreement(agreement.agreementSignedDate(), agreement.delegationDate(),
        task.actor(), Instant.now(clock));
    caseStore.recordDecision(task.caseReference(), DelegationStage.DELEGATION_AGREEMENT.label(), "signed",
        task.actor(), DecisionChannel.TASKLIST, "Delegation Agreement signed on "
            + UkTime.DAY.format(agreement.agreementSignedDate()) + "; functions delegated from "
            + UkTime.DAY.format(agreement.delegationDate()));
    return Map.of(DELEGATION_AT, UkTime.startOfAsDate(agreement.delegationDate()));
  }

  @RecordsAnswer("delegation-transfer-staff-and-budget")
  public void recordTransfer(CompletedTask task, Transfer transfer) {
    var readiness = readinessOf(task.caseReference());
    readiness.transfer(transfer.staffTransferred(), transfer.budgetTransferred(), transfer.transferDate(),
        task.actor(), Instant.now(clock));
    var planned = readiness.getStaffPlanned();
    caseStore.note(task.caseReference(), task.actor(), "STAFF_AND_BUDGET_TRANSFERRED", transfer.staffTransferred()
            + (planned == null ? "" : " of " + planned + " planned") + " staff and "
            + MoneyAmounts.format(transfer.budgetTransferred()) + " of budget transferred on "
            + UkTime.DAY.format(transfer.transferDate()),
        Map.of("staffTransferred", transfer.staffTransferred(), "budgetTransferred", transfer.budgetTransferred()));
  }

  /**
   * The delegation date has come: the functions are the ICB's, and post-delegation monitoring runs
   * for {@code hub.delegation.monitoring-period}. Answers the day monitoring ends.
   */
  public Date startMonitoring(String reference) {
    var readiness = readinessOf(reference);
    var from = readiness.getDelegationDate() == null ? UkTime.today(clock) : readiness.getDelegationDate();
    var until = from.plus(properties.monitoringPeriod());
    readiness.monitorUntil(until, CaseStore.SYSTEM_ACTOR, Instant.now(clock));
    caseStore.fixActualStartDate(reference, from, CaseStore.SYSTEM_ACTOR);
    caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "FUNCTIONS_DELEGATED", "Functions delegated on "
        + UkTime.DAY.format(from) + "; post-delegation monitoring until " + UkTime.DAY.format(until),
        Map.of("monitoringEndsOn", until.toString()));
    return UkTime.startOfAsDate(until);
  }

  @RecordsAnswer("delegation-review-post-delegation-monitoring")
  public void recordMonitoringReview(CompletedTask task, MonitoringReview review) {
    caseStore.updateDetails(task.caseReference(), Map.of("monitoringSummary", review.monitoringSummary().strip()),
        task.actor(), "Post-delegation monitoring reviewed");
  }

  /** Post-delegation monitoring is over: the case is closed. */
  public void closeAfterMonitoring(String reference) {
    caseStore.end(reference, CaseStatus.CLOSED, "functions delegated and post-delegation monitoring complete",
        CaseStore.SYSTEM_ACTOR);
  }

  /** The board said no-go, or NHS England declined: the case is cancelled with the reason. */
  public void stop(String reference, String reason) {
    caseStore.end(reference, CaseStatus.CANCELLED, reason, CaseStore.SYSTEM_ACTOR);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<DelegationReadiness> readinessOf(long caseId) {
    return readinesses.findByCommissioningCaseId(caseId);
  }

  @Transactional(readOnly = true)
  public List<ContractGroup> contractGroupsOf(long caseId) {
    return contractGroups.findByCommissioningCaseIdOrderById(caseId);
  }

  private DelegationReadiness readinessOf(String reference) {
    CommissioningCase commissioningCase = caseStore.get(reference);
    return readinesses.findByCommissioningCaseId(commissioningCase.getId())
        .orElseGet(() -> readinesses.save(new DelegationReadiness(commissioningCase, CaseStore.SYSTEM_ACTOR,
            Instant.now(clock))));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static void refuseIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
