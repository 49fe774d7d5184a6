package org.commissioninghub.delegation.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.delegation.DelegationStage;
import org.commissioninghub.delegation.PreDelegationAssessmentFramework;
import org.commissioninghub.demo.CaseKeeping;
import org.commissioninghub.demo.DemoCase;
import org.commissioninghub.demo.OpenTask;
import org.commissioninghub.demo.ProgrammeWalk;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The demo's BNSSG delegation ({@link BnssgDelegation}), opened by the Head of Primary Care some
 * five months before the demo data is generated, as the seed's began in September. Every task is
 * answered as its holder would: the ICS Executive Group's endorsement and the expression of
 * interest, each checklist item answered by the lead for its domain, the Regional Director of
 * Commissioning disagreeing with 2B (clinical governance for dental) until it is remediated, and
 * due diligence with the allocation's date passed: finance assured with a gap, the 371 contracts
 * counted, the seed's risks logged and the workforce reviewed, while IT and data and the local
 * committees' engagement are still open.
 */
@Component
class DelegationWalk implements ProgrammeWalk<DelegationJourney> {

  static final String RECORD_EXPRESSION_OF_INTEREST = "Task_RecordExpressionOfInterest";
  static final String ANSWER_ITEM = "Task_AnswerChecklistItem";
  static final String SIGN_OFF = "Task_SignOffSelfAssessment";
  static final String CORROBORATE = "Task_CorroborateChecklist";
  static final String PLAN_REMEDIATION = "Task_PlanRemediation";
  static final String REASSESS_ITEM = "Task_ReassessChecklistItem";
  static final String CORROBORATE_ITEM = "Task_CorroborateChecklistItem";
  static final String ASSURE_FINANCE = "Task_AssureFinance";
  static final String REVIEW_WORKFORCE = "Task_ReviewWorkforceAndTupe";
  static final String REVIEW_CONTRACTS = "Task_ReviewContractRegister";
  static final String REVIEW_RISKS = "Task_ReviewRisksAndIssues";
  static final String REVIEW_IT_AND_DATA = "Task_ReviewItAndData";
  static final String ENGAGE_COMMITTEES = "Task_EngageLocalCommittees";

  static final String CHECKLIST_AGREED = "Pre-delegation checklist agreed with the region";
  static final String BOARD_DECISION = "ICB Board go/no-go";

  /** The item the Regional Director of Commissioning disagrees with at first. */
  static final String DISAGREED_ITEM = "2B";

  private static final String HEAD = Role.HEAD_OF_PRIMARY_CARE.groupId();

  private final ObjectMapper objectMapper;

  DelegationWalk(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public Programme programme() {
    return Programme.DELEGATION_DUE_DILIGENCE;
  }

  @Override
  public List<DelegationJourney> journeys() {
    return List.of(DelegationJourney.values());
  }

  @Override
  public boolean eachJourneyOnce() {
    return true;
  }

  @Override
  public String openerRole() {
    return HEAD;
  }

  @Override
  public Set<String> roles() {
    return Stream.of(Role.HEAD_OF_PRIMARY_CARE, Role.PROGRAMME_MANAGER, Role.FINANCE_LEAD, Role.HR_LEAD,
            Role.CONTRACT_MANAGER, Role.IG_LEAD, Role.ICS_EXECUTIVE_GROUP, Role.REGIONAL_DIRECTOR_OF_COMMISSIONING,
            Role.DIRECTOR_OF_PRIMARY_CARE, Role.ICB_BOARD)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  /** The day the allocations are known: two months before the demo data is generated, so finance goes ahead. */
  static LocalDate allocationDate(DemoCase<?> demoCase) {
    return LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON).minusMonths(2);
  }

  /** Pharmacy and optometry from the first 1 April at least six months on; dental a year later. */
  static LocalDate firstDelegation(DemoCase<?> demoCase) {
    var earliest = LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON).plusMonths(6);
    var april = LocalDate.of(earliest.getYear(), 4, 1);
    return april.isBefore(earliest) ? april.plusYears(1) : april;
  }

  @Override
  public OpenCaseRequest opening(DemoCase<DelegationJourney> demoCase) {
    var first = firstDelegation(demoCase);
    var details = new LinkedHashMap<String, Object>();
    details.put("functions", List.of(Map.of("function", "pharmacy", "targetDate", first.toString()),
        Map.of("function", "optometry", "targetDate", first.toString()),
        Map.of("function", "dental", "targetDate", first.plusYears(1).toString())));
    details.put("financeAllocationDate", allocationDate(demoCase).toString());
    return new OpenCaseRequest(Programme.DELEGATION_DUE_DILIGENCE,
        "BNSSG: delegation of pharmacy, optometry and dental commissioning", "NHS England South West",
        BnssgDelegation.ICS, BnssgDelegation.STATED_SPEND, first, null, Map.of(), objectMapper.valueToTree(details));
  }

  @Override
  public Map<String, Object> answers(DemoCase<DelegationJourney> demoCase, OpenTask task) {
    var today = LocalDate.now(EngineClock.INSTANCE);
    return switch (task.taskDefinitionKey()) {
      case RECORD_EXPRESSION_OF_INTEREST -> Map.of(
          "executiveEndorsementDate", today.minusDays(14).toString(),
          "committeeNotedDate", today.minusDays(2).toString(),
          "expressionOfInterestDate", today.toString(),
          "expressionOfInterestSummary", "Delegation of pharmaceutical and optical services from April, dentistry a"
              + " year later, subject to full due diligence and the ICS Board's go/no-go in quarter 4.");
      case ANSWER_ITEM, REASSESS_ITEM -> {
        var item = itemOf(task);
        yield Map.of("answer", item.passingAnswer().id(), "evidence", evidenceFor(item, task.round()));
      }
      case SIGN_OFF -> Map.of("signedOff", "yes", "signOffComment", "Signed off by the ICS Executive Group.");
      case CORROBORATE -> Map.of("corroborations", corroborations());
      case PLAN_REMEDIATION -> Map.of("remediationPlan", "Appoint a clinical lead for dental and optometry to the"
              + " Primary Care Commissioning Committee, with the Local Dental Committee's advice, and add POD to the"
              + " quality and clinical governance reporting.", "remediationDueDate", today.plusDays(30).toString());
      case CORROBORATE_ITEM -> Map.of("corroboration", "yes", "comment", "Clinical lead in post; agreed.");
      case ASSURE_FINANCE -> Map.of("financeAllocation", new BigDecimal("69412500.00"),
          "forecastOutturn", new BigDecimal("71864300.00"), "pharmacySpend", BnssgDelegation.PHARMACY_SPEND,
          "ophthalmicSpend", BnssgDelegation.OPHTHALMIC_SPEND, "dentalSpend", BnssgDelegation.DENTAL_SPEND);
      case REVIEW_WORKFORCE -> Map.of("staffPlanned", 18, "workforceSummary", "18 staff of NHS England South West's"
          + " primary care team are aligned to BNSSG and transfer under TUPE; structures agreed with HR.");
      case REVIEW_CONTRACTS -> Map.of("contractGroups", BnssgDelegation.CONTRACTS.stream()
          .map(count -> Map.<String, Object>of("contractType", count.type(), "contracts", count.contracts(),
              "missingData", count.missingData(), "expiringWithinYear", count.expiringWithinYear()))
          .toList());
      case REVIEW_RISKS -> Map.of("risks", BnssgDelegation.RISKS.stream()
          .map(risk -> Map.<String, Object>of("description", risk.description(), "likelihood", risk.likelihood(),
              "impact", risk.impact(), "owner", "Head of Primary Care", "mitigation", risk.mitigation()))
          .toList());
      default -> throw new IllegalStateException("the delegation walk does not answer " + task.taskDefinitionKey());
    };
  }

  /** IT and data and the local committees' engagement are still under way. */
  @Override
  public boolean leavesOpen(DemoCase<DelegationJourney> demoCase, OpenTask task) {
    return REVIEW_IT_AND_DATA.equals(task.taskDefinitionKey()) || ENGAGE_COMMITTEES.equals(task.taskDefinitionKey());
  }

  /** Every item agreed at first but 2B, which the Regional Director of Commissioning disagrees with. */
  private static List<Map<String, Object>> corroborations() {
    var rows = new ArrayList<Map<String, Object>>();
    for (var item : PreDelegationAssessmentFramework.values()) {
      var row = new LinkedHashMap<String, Object>();
      row.put("itemCode", item.code());
      if (item.code().equals(DISAGREED_ITEM)) {
        row.put("corroboration", "no");
        row.put("comment", "No clinical leadership for dental and optometry in the ICS's governance yet.");
      } else {
        row.put("corroboration", item.passingAnswer().id());
      }
      rows.add(row);
    }
    return rows;
  }

  private static PreDelegationAssessmentFramework itemOf(OpenTask task) {
    for (var item : PreDelegationAssessmentFramework.values()) {
      if (task.name().contains("Item " + item.code() + " ")) {
        return item;
      }
    }
    throw new IllegalStateException("task " + task.name() + " names no checklist item");
  }

  private static String evidenceFor(PreDelegationAssessmentFramework item, int round) {
    if (round > 0) {
      return "Clinical lead for dental and optometry appointed to the Primary Care Commissioning Committee.";
    }
    return switch (item.domain()) {
      case TRANSFORMATION -> "ICS primary care strategy and the paper to the ICS Executive Group of 16 September.";
      case GOVERNANCE_AND_LEADERSHIP -> "Primary Care Commissioning Committee terms of reference and the ICS"
          + " governance structure.";
      case FINANCE -> item.passingAnswer().isYes() ? "Financial risk management strategy and the POD budget plan."
          : "No severe financial management issues: the system's financial plan and auditors' letter.";
      case WORKFORCE_AND_CAPABILITY -> "Capacity plan and team structures agreed with HR.";
    };
  }

  // --- how long it takes ----------------------------------------------------------------------

  /** Between 150 and 165 days: past the allocation date, not so long that the strands wait for months. */
  @Override
  public int daysOpen(DemoCase<DelegationJourney> demoCase) {
    return 150 + demoCase.random("days open").nextInt(16);
  }

  @Override
  public int workingDays(DemoCase<DelegationJourney> demoCase, OpenTask task) {
    var random = demoCase.random("working days", task.taskDefinitionKey(), task.name(), task.round());
    return switch (task.taskDefinitionKey()) {
      case RECORD_EXPRESSION_OF_INTEREST -> 8 + random.nextInt(4);
      case ANSWER_ITEM, REASSESS_ITEM -> 3 + random.nextInt(6);
      case CORROBORATE, PLAN_REMEDIATION -> 5 + random.nextInt(6);
      case REVIEW_CONTRACTS, REVIEW_WORKFORCE, REVIEW_RISKS -> 15 + random.nextInt(11);
      default -> ProgrammeWalk.super.workingDays(demoCase, task);
    };
  }

  // --- what people keep on the case -----------------------------------------------------------

  @Override
  public void stageReached(DemoCase<DelegationJourney> demoCase, String stage, CaseKeeping keeping) {
    keeping.planMilestone(HEAD, CHECKLIST_AGREED, keeping.today().plusMonths(2));
    keeping.planMilestone(HEAD, BOARD_DECISION, firstDelegation(demoCase).minusMonths(2));
    if (DelegationStage.DUE_DILIGENCE.id().equals(stage)) {
      keeping.achieveMilestone(HEAD, CHECKLIST_AGREED);
    }
  }

  /** Amber: the finance gap and IT and data still open with the board's decision ahead. */
  @Override
  public void walkStopped(DemoCase<DelegationJourney> demoCase, String stage, CaseKeeping keeping) {
    keeping.rate(HEAD, RagRating.AMBER, "The allocation falls short of the forecast outturn, and the IT and data"
        + " review and the dental committee's engagement are still open before the board's go/no-go.");
  }
}
