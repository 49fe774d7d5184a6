package org.commissioninghub.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.ConsoleTable;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A delegation of pharmacy and optometry to an ICB, opened through the case API and worked through
 * Tasklist's task API as each role does: the ten checklist items answered by the leads for their
 * domains, 3A answered yes (which fails it) and 2B disagreed by the Regional Director of
 * Commissioning, both remediated on their own; full due diligence over BNSSG's 371 contracts and
 * the seed's risk log; the board's go, NHS England's approval, the agreement and the transfer. The
 * programme's targets are checked against counts made by hand.
 */
@IntegrationTest
class DelegationDueDiligenceIntegrationTests {

  static final String HEAD = "head-of-primary-care";
  static final String PROGRAMME_MANAGER = "programme-manager";
  static final String FINANCE = "finance-lead";
  static final String HR = "hr-lead";
  static final String CONTRACTS = "contract-manager";
  static final String IG = "ig-lead";
  static final String EXECUTIVE = "ics-executive-group";
  static final String RDC = "regional-director-of-commissioning";
  static final String BOARD = "icb-board";
  static final String REGION = "director-of-primary-care";
  /** A provider's user, an outside body, whom no delegation case names. */
  static final String OUTSIDER = "pcn-clinical-director";

  /** This run's cases, told apart from other tests' by their integrated care system. */
  static final String ICS = "Delegation journey " + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  static final Viewer LEAD = new Viewer("programme-lead", Set.of("programme-lead"));

  @Autowired
  HubClient hub;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConsoleService console;

  Tasks tasks;

  DelegationSteps steps;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    steps = new DelegationSteps(hub, ICS);
    at("2026-09-16T09:00:00Z");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  @Test
  void aFunctionNamedTwiceIsRefusedNamingTheRowAndNoCaseIsOpened() {
    var casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM commissioning_case", Long.class);
    var request = steps.openingRequest("Twice named");
    @SuppressWarnings("unchecked")
    var details = new LinkedHashMap<>((Map<String, Object>) request.get("details"));
    details.put("functions", List.of(Map.of("function", "pharmacy", "targetDate", "2027-04-01"),
        Map.of("function", "pharmacy", "targetDate", "2027-07-01")));
    var twice = new LinkedHashMap<>(request);
    twice.put("details", details);

    var response = hub.post(HEAD, "/api/cases", twice);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactly("details.functions[1].function");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM commissioning_case", Long.class)).isEqualTo(casesBefore);
  }

  @Test
  void aDelegationRunsFromOpeningToTransferWithFailingAndDisagreedItemsRemediatedOneByOne() {
    var reference = steps.open("BNSSG pharmacy, optometry and dental");

    // staff working the programme see the case; an outside body it does not name finds nothing
    assertThat(hub.get(FINANCE, "/api/cases/" + reference).status()).isEqualTo(200);
    assertThat(hub.get(OUTSIDER, "/api/cases/" + reference).status()).isEqualTo(404);

    steps.expressInterest(reference);
    assertThat(caseOf(reference).get("checklist")).hasSize(10);
    assertThat(currentStage(reference)).isEqualTo("self-assessment");

    // each lead answers their own domain's items; the finance lead declares severe financial risks (3A yes)
    steps.answerEveryItem(reference, Map.of("3A", "yes"));
    tasks.complete(EXECUTIVE, reference, "Task_SignOffSelfAssessment", Map.of("signedOff", "yes"));
    assertThat(currentStage(reference)).isEqualTo("corroboration");

    // a corroboration of fewer than ten rows is refused by the form; ten rows that leave out an item
    // (1A given twice) are refused naming what is missing; the task stays open and nothing is recorded
    var corroborate = tasks.find(RDC, reference, "Task_CorroborateChecklist").orElseThrow();
    var tooFew = tasks.submit(RDC, corroborate.get("id").asText(), Map.of("corroborations",
        List.of(Map.of("itemCode", "1A", "corroboration", "yes"))));
    assertThat(tooFew.status()).isEqualTo(400);
    assertThat(tooFew.problemFields()).containsExactly("corroborations");
    var twice = new ArrayList<Map<String, Object>>();
    for (var item : PreDelegationAssessmentFramework.values()) {
      twice.add(Map.of("itemCode", item.code().equals("4B") ? "1A" : item.code(), "corroboration", "yes"));
    }
    var missing = tasks.submit(RDC, corroborate.get("id").asText(), Map.of("corroborations", twice));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().toString()).contains("missing 4B");
    assertThat(statuses(reference).values()).containsOnly("awaiting-corroboration");

    // the RDC corroborates all ten, disagreeing with 2B
    var rows = new ArrayList<Map<String, Object>>();
    for (var item : PreDelegationAssessmentFramework.values()) {
      var row = new LinkedHashMap<String, Object>();
      row.put("itemCode", item.code());
      if (item.code().equals("2B")) {
        row.put("corroboration", "no");
        row.put("comment", "No clinical lead for dental yet.");
      } else {
        row.put("corroboration", item.code().equals("3A") ? "yes" : item.passingAnswer().id());
      }
      rows.add(row);
    }
    tasks.complete(RDC, reference, "Task_CorroborateChecklist", Map.of("corroborations", rows));
    assertThat(statuses(reference)).containsEntry("2B", "disagreed").containsEntry("3A", "failed")
        .containsEntry("1A", "passed");

    // 3A and 2B, and only they, go to remediation, each with its own lead
    assertThat(currentStage(reference)).isEqualTo("remediation");
    remediate(reference, FINANCE, "3A", "no", "no");
    remediate(reference, PROGRAMME_MANAGER, "2B", "yes", "yes");
    assertThat(statuses(reference).values()).containsOnly("passed");
    assertThat(currentStage(reference)).isEqualTo("due-diligence");

    // full due diligence: the register, the seed's risk log, workforce, IT and data, the committees
    tasks.complete(CONTRACTS, reference, "Task_ReviewContractRegister", Map.of("contractGroups", List.of(
        group("optical-mandatory", 63, 5, 4), group("optical-domiciliary", 16, 2, 1), group("primary-dental", 113, 7, 9),
        group("secondary-dental", 1, 0, 0), group("community-dental", 1, 1, 0), group("pharmacy", 173, 3, 0),
        group("dispensing-practice", 4, 0, 0))));
    tasks.complete(HEAD, reference, "Task_ReviewRisksAndIssues", Map.of("risks", List.of(
        risk("Outstanding information to assure the budget and risks", 4, 4),
        risk("Capacity within NHS England teams to support the process", 3, 4),
        risk("Capacity within local teams within current resources", 3, 3),
        risk("Pace of relationships with the dental and optical committees", 2, 3),
        risk("Tight timetable for the pre-delegation assessment", 5, 3),
        risk("Limited influence over nationally negotiated contracts", 2, 2))));
    tasks.complete(HR, reference, "Task_ReviewWorkforceAndTupe", Map.of("staffPlanned", 24,
        "workforceSummary", "24 staff of the South West team transfer under TUPE."));
    tasks.complete(IG, reference, "Task_ReviewItAndData", Map.of("dataSharingAgreed", "yes",
        "itAndDataSummary", "Access to the contract and payment systems agreed."));
    tasks.complete(HEAD, reference, "Task_EngageLocalCommittees", Map.of("pharmaceuticalCommitteeEngaged", "yes",
        "opticalCommitteeEngaged", "yes", "dentalCommitteeEngaged", "no",
        "engagementSummary", "LPC and LOC met; LDC meeting booked."));

    // finance waits for the allocation, which NHS England publishes
    assertThat(tasks.find(FINANCE, reference, "Task_AssureFinance")).isEmpty();
    runtimeService.createMessageCorrelation("FinanceAllocationPublished").processInstanceBusinessKey(reference)
        .correlate();
    hub.runDueJobs();
    assertThat(tasks.find(BOARD, reference, "Task_DecideGoNoGo")).isEmpty();
    tasks.complete(FINANCE, reference, "Task_AssureFinance", Map.of("financeAllocation", "69400000.00",
        "forecastOutturn", "72512345.67", "pharmacySpend", "19000000", "ophthalmicSpend", "7900000",
        "dentalSpend", "42500000"));
    var readiness = caseOf(reference).get("delegationReadiness").get(0);
    assertThat(readiness.get("financeGap").decimalValue()).isEqualByComparingTo("3112345.67");

    // the board says go, NHS England approves, the agreement is signed and staff transfer
    tasks.complete(BOARD, reference, "Task_DecideGoNoGo", Map.of("boardDecision", "go", "boardDate", "2027-01-20"));
    tasks.complete(REGION, reference, "Task_ApproveDelegation", Map.of("regionallyApproved", "yes",
        "approvalDate", "2027-02-01"));
    tasks.complete(RDC, reference, "Task_SignDelegationAgreement", Map.of("agreementSignedDate", "2027-03-01",
        "delegationDate", "2027-04-01"));
    tasks.complete(HR, reference, "Task_TransferStaffAndBudget", Map.of("staffTransferred", 20,
        "budgetTransferred", "26900000.00", "transferDate", "2027-04-01"));
    assertThat(currentStage(reference)).isEqualTo("delegated");

    // the case page writes the findings' money as pounds, and shows the register and the checklist
    var page = org.commissioninghub.testsupport.PageSession.signIn(hub.baseUrl(), HEAD).get("/cases/" + reference);
    assertThat(page.body()).contains("£3,112,345.67", "£69,400,000", "id=\"items-contractGroups\"",
        "id=\"items-checklist\"").doesNotContain("E+");

    var found = caseOf(reference);
    assertThat(found.get("contractGroups")).hasSize(7);
    assertThat(found.get("risks")).hasSize(6);
    assertThat(found.get("delegationReadiness").get(0).get("boardDecision").asText()).isEqualTo("go");

    // the programme's targets, counted by hand: 10 of 10 items agreed; of 6 open risks two extreme
    // (4×4=16, 5×3=15) and two high (3×4=12, 3×3=9), so 2 below high; the allocation of £69,400,000
    // against £72,512,345.67; 20 of 24 staff; 371 contracts, 5+2+7+1+3 = 18 with missing data
    assertThat(targets()).containsExactly(
        "Checklist items agreed | 10 | 10 | 100%",
        "Open risks below high | 2 | 6 | 33%",
        "Allocation covering the forecast outturn | 69,400,000 | 72,512,346 | 96%",
        "Staff transferred | 20 | 24 | 83%",
        "Contracts with complete data | 353 | 371 | 95%");
    assertThat(targetExplanations()).anySatisfy(text -> assertThat(text).contains("a gap of £3,112,345.67"))
        .anySatisfy(text -> assertThat(text).contains("2 extreme and 2 high open"))
        .anySatisfy(text -> assertThat(text).contains("18 with missing data"));
    var api = hub.get("programme-lead", "/api/programmes/delegation-due-diligence/targets");
    assertThat(api.status()).isEqualTo(200);
  }

  @Test
  void aBoardNoGoEndsTheCaseWithItsReason() {
    var reference = steps.open("No-go delegation");
    steps.expressInterest(reference);
    steps.passTheChecklist(reference);
    // the allocation date passes without word of the allocation: finance goes ahead on the date
    at("2027-02-01T09:00:00Z");
    hub.runDueJobs();
    tasks.complete(FINANCE, reference, "Task_AssureFinance", Map.of("financeAllocation", "1000.00",
        "forecastOutturn", "1000.00", "pharmacySpend", "0", "ophthalmicSpend", "0", "dentalSpend", "0"));
    // a register counting a type twice, or more contracts missing data than there are, is refused naming each row
    var register = tasks.find(CONTRACTS, reference, "Task_ReviewContractRegister").orElseThrow();
    var refused = tasks.submit(CONTRACTS, register.get("id").asText(), Map.of("contractGroups",
        List.of(group("pharmacy", 10, 11, 0), group("pharmacy", 5, 0, 0))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemFields()).containsExactlyInAnyOrder("contractGroups[0].missingData",
        "contractGroups[1].contractType");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delegation_contract_group g JOIN commissioning_case c"
        + " ON c.id = g.case_id WHERE c.reference = ?", Long.class, reference)).isZero();
    tasks.complete(CONTRACTS, reference, "Task_ReviewContractRegister", Map.of("contractGroups",
        List.of(group("pharmacy", 10, 0, 0))));
    tasks.complete(HEAD, reference, "Task_ReviewRisksAndIssues", Map.of("risks", List.of(risk("Dental budget", 5, 5))));
    tasks.complete(HR, reference, "Task_ReviewWorkforceAndTupe", Map.of("staffPlanned", 3, "workforceSummary", "Three."));
    tasks.complete(IG, reference, "Task_ReviewItAndData", Map.of("dataSharingAgreed", "no", "itAndDataSummary",
        "Not yet."));
    tasks.complete(HEAD, reference, "Task_EngageLocalCommittees", Map.of("pharmaceuticalCommitteeEngaged", "yes",
        "opticalCommitteeEngaged", "yes", "dentalCommitteeEngaged", "yes", "engagementSummary", "All met."));

    // a no-go without a reason is refused
    var board = tasks.find(BOARD, reference, "Task_DecideGoNoGo").orElseThrow();
    var noReason = tasks.submit(BOARD, board.get("id").asText(), Map.of("boardDecision", "no-go",
        "boardDate", "2027-02-10"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().toString()).contains("boardReason");

    tasks.complete(BOARD, reference, "Task_DecideGoNoGo", Map.of("boardDecision", "no-go", "boardDate", "2027-02-10",
        "boardReason", "The dental budget risk is too high to take on."));

    var ended = caseOf(reference);
    assertThat(ended.get("status").asText()).isEqualTo("cancelled");
    assertThat(tasks.visibleTo("demo", reference)).isEmpty();
    var reason = jdbc.queryForObject("SELECT summary FROM case_event e JOIN commissioning_case c ON c.id = e.case_id"
        + " WHERE c.reference = ? AND e.event_type = 'STATUS_CHANGED'", String.class, reference);
    assertThat(reason).contains("ICB Board no-go", "The dental budget risk is too high to take on.");
  }

  // --- steps ---

  void remediate(String reference, String lead, String code, String answer, String corroboration) {
    complete(lead, steps.itemTask(lead, reference, "Task_PlanRemediation", code), Map.of("remediationPlan",
        "Plan for " + code, "remediationDueDate", "2026-12-01"));
    complete(lead, steps.itemTask(lead, reference, "Task_ReassessChecklistItem", code), Map.of("answer", answer,
        "evidence", "New evidence for " + code));
    complete(RDC, steps.itemTask(RDC, reference, "Task_CorroborateChecklistItem", code),
        Map.of("corroboration", corroboration));
  }

  void complete(String user, JsonNode task, Map<String, ?> values) {
    var response = tasks.submit(user, task.get("id").asText(), values);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    hub.runDueJobs();
  }

  static Map<String, Object> group(String type, int contracts, int missingData, int expiring) {
    return Map.of("contractType", type, "contracts", contracts, "missingData", missingData,
        "expiringWithinYear", expiring);
  }

  static Map<String, Object> risk(String description, int likelihood, int impact) {
    return Map.of("description", description, "likelihood", likelihood, "impact", impact,
        "owner", "Head of Primary Care", "mitigation", "Full due diligence");
  }

  Map<String, String> statuses(String reference) {
    var statuses = new LinkedHashMap<String, String>();
    caseOf(reference).get("checklist").forEach(item -> statuses.put(item.get("code").asText(),
        item.get("status").asText()));
    return statuses;
  }

  List<String> targets() {
    return targetRows().stream()
        .map(row -> row.subList(1, 5).stream().map(ConsoleTable.Cell::shown).collect(Collectors.joining(" | ")))
        .toList();
  }

  List<String> targetExplanations() {
    return targetRows().stream().map(row -> row.get(row.size() - 1).shown()).toList();
  }

  List<List<ConsoleTable.Cell>> targetRows() {
    var filter = new ConsoleFilter(Programme.DELEGATION_DUE_DILIGENCE, LocalDate.of(2026, 1, 1),
        LocalDate.of(2028, 12, 31), ICS, null);
    return console.dashboard(LEAD, filter).table("targets").orElseThrow().rows();
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(HEAD, reference);
  }

  String currentStage(String reference) {
    return caseOf(reference).get("currentStage").asText();
  }
}
