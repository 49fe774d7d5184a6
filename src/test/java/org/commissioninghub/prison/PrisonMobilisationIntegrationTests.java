package org.commissioninghub.prison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseTasks;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A prison healthcare mobilisation through the real HTTP stack: opened through the case API with
 * one lot of two sites, every task submitted as Tasklist submits it and recorded by the hub, the
 * go/no-go approved by the Health and Justice commissioner and each site's own prison governor,
 * timers run on the engine clock, and the sites, lots and workstreams read back from the case.
 */
@IntegrationTest
class PrisonMobilisationIntegrationTests {

  static final String PROGRAMME_MANAGER = "programme-manager";
  static final String PROCUREMENT_LEAD = "procurement-lead";
  static final String HR_LEAD = "hr-lead";
  static final String CONTRACT_MANAGER = "contract-manager";
  static final String IG_LEAD = "ig-lead";
  static final String CLINICAL_LEAD = "clinical-lead";
  static final String COMMISSIONER = "health-and-justice-commissioner";
  static final String BRISTOL_GOVERNOR = "prison-governor";
  static final String LEYHILL_GOVERNOR = "governor.leyhill";
  static final String OTHER_GOVERNOR = "governor.elsewhere";
  static final LocalDate OPENED = LocalDate.of(2027, 6, 1);
  static final LocalDate GO_LIVE = LocalDate.of(2027, 10, 1);

  @Autowired
  HubClient hub;

  @Autowired
  TaskService taskService;

  @Autowired
  ConsoleService console;

  @Autowired
  CaseTasks caseTasks;

  @Autowired
  CaseStore caseStore;

  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    hub.ensureUser(LEYHILL_GOVERNOR, "prison-governor");
    hub.ensureUser(OTHER_GOVERNOR, "prison-governor");
    ClockUtil.setCurrentTime(at(OPENED));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, Object> site(String name, String category, String governor) {
    return Map.of("name", name, "category", category, "healthcareUnit", "Healthcare centre", "governor", governor);
  }

  static Map<String, Object> lot(String name, String goLive, String end, List<Map<String, Object>> sites) {
    return Map.of("name", name, "primeProvider", "Oxleas NHS Foundation Trust", "incumbentProvider", "Care UK",
        "goLiveDate", goLive, "contractEndDate", end, "sites", sites);
  }

  HubClient.Response open(String title, Map<String, Object> details) {
    return open(title, "South West", details);
  }

  HubClient.Response open(String title, String integratedCareSystem, Map<String, Object> details) {
    return hub.post(PROGRAMME_MANAGER, "/api/cases", Map.of("programme", "prison-healthcare-mobilisation",
        "title", title, "commissioner", "NHS England South West", "integratedCareSystem", integratedCareSystem,
        "details", details));
  }

  String openCase() {
    var response = open("Bristol and Leyhill healthcare " + System.nanoTime(), Map.of("termYears", 7, "lots", List.of(
        lot("Bristol, South Gloucestershire and Wiltshire", GO_LIVE.toString(), "2034-09-30",
            List.of(site("HMP Bristol", "b", BRISTOL_GOVERNOR), site("HMP Leyhill", "d", LEYHILL_GOVERNOR))))));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    var reference = response.body().get("reference").asText();
    hub.runDueJobs();
    return reference;
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(PROGRAMME_MANAGER, reference);
  }

  @Test
  void openingRefusesBadDetailsNamingEveryFieldAndOpensNothing() {
    var title = "Refused prison mobilisation " + System.nanoTime();
    var response = open(title, Map.of("lots", List.of(
        lot("Dorset", "2027-12-01", "2027-11-30", List.of(site("HMP Portland", "c", "nobody.at.all"),
            site("hmp portland ", "c", BRISTOL_GOVERNOR))),
        lot("Dorset", "2027-12-01", "2034-09-30", List.of()))));

    assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactlyInAnyOrder(
        "details.lots[1].sites",
        "details.lots[0].contractEndDate",
        "details.lots[1].name",
        "details.lots[0].sites[0].governor",
        "details.lots[0].sites[1].name");
    var cases = hub.get(PROGRAMME_MANAGER, "/api/cases?q=" + title.replace(' ', '+'));
    assertThat(cases.body().toString()).doesNotContain(title);
  }

  @Test
  void onlyTheGovernorsTheCaseNamesSeeIt() {
    var reference = openCase();

    assertThat(hub.get(BRISTOL_GOVERNOR, "/api/cases/" + reference).status()).isEqualTo(200);
    assertThat(hub.get(LEYHILL_GOVERNOR, "/api/cases/" + reference).status()).isEqualTo(200);
    assertThat(hub.get(OTHER_GOVERNOR, "/api/cases/" + reference).status()).isEqualTo(404);
  }

  @Test
  void aCaseOpenedThroughTheApiIsWalkedToGoLiveAndClosed() {
    var reference = openCase();
    var opened = caseOf(reference);
    assertThat(opened.get("currentStage").asText()).isEqualTo("award-handover");
    assertThat(texts(opened.get("prisonLots"), "name")).containsExactly("Bristol, South Gloucestershire and Wiltshire");
    assertThat(texts(opened.get("prisonSites"), "name")).containsExactly("HMP Bristol", "HMP Leyhill");
    assertThat(texts(opened.get("prisonSites"), "employeeLiabilityDueDate")).containsOnly("2027-09-03");

    tasks.complete(PROCUREMENT_LEAD, reference, "Task_HandOverContractAward", Map.of("contractSignedOn", "2027-05-20",
        "termYears", 7, "wholeLifeValue", 59_000_000, "awardHandoverNotes", "Mobilisation plan as in the bid."));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("kick-off");
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_KickOffMobilisation", Map.of("kickOffDate", "2027-06-01",
        "commissionerBoardMember", "Health and Justice team", "providerBoardMember", "Oxleas mobilisation lead",
        "prisonBoardMember", "Heads of healthcare", "boardArrangements", "Fortnightly, RAG by workstream."));
    var mobilising = caseOf(reference);
    assertThat(mobilising.get("currentStage").asText()).isEqualTo("mobilisation");
    assertThat(mobilising.get("workstreams")).hasSize(16);
    // the timers the case waits for are named after their site, as its tasks are
    assertThat(caseTasks.awaitedBy(caseStore.get(reference))).extracting(CaseTasks.Awaited::what).contains(
        "Employee liability information overdue — HMP Bristol (Lot 1: Bristol, South Gloucestershire and Wiltshire)",
        "Vetting time running short — HMP Leyhill (Lot 1: Bristol, South Gloucestershire and Wiltshire)");

    for (var site : List.of("HMP Bristol", "HMP Leyhill")) {
      completeWorkstreams(reference, site);
    }
    var ready = caseOf(reference);
    assertThat(texts(ready.get("workstreams"), "status")).containsOnly("done");
    assertThat(texts(ready.get("prisonSites"), "staffVetted")).containsExactly("38", "38");
    assertThat(texts(ready.get("prisonSites"), "cqcStatus")).containsOnly("registered");
    assertThat(texts(ready.get("prisonSites"), "dsptStatus")).containsOnly("standards-met");

    for (var site : List.of("HMP Bristol", "HMP Leyhill")) {
      var assessed = tasks.submit(PROGRAMME_MANAGER, siteTask(reference, site).get("id").asText(),
          Map.of("readinessRag", "green", "readinessSummary", "Every workstream done."));
      assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(204);
      hub.runDueJobs();
    }
    approve(reference, COMMISSIONER, "HMP Bristol");
    approve(reference, COMMISSIONER, "HMP Leyhill");
    var leyhillApproval = approval(reference, "HMP Leyhill").getId();
    assertThat(taskIds(LEYHILL_GOVERNOR)).contains(leyhillApproval);
    assertThat(taskIds(BRISTOL_GOVERNOR)).doesNotContain(leyhillApproval);
    assertThat(taskIds(OTHER_GOVERNOR)).doesNotContain(leyhillApproval);
    assertThat(hub.post(OTHER_GOVERNOR, "/engine-rest/task/" + leyhillApproval + "/claim",
        Map.of("userId", OTHER_GOVERNOR)).status()).isIn(403, 404);
    approve(reference, BRISTOL_GOVERNOR, "HMP Bristol");
    approve(reference, LEYHILL_GOVERNOR, "HMP Leyhill");
    assertThat(texts(caseOf(reference).get("prisonSites"), "status")).containsOnly("ready");

    ClockUtil.setCurrentTime(at(GO_LIVE));
    hub.runDueJobs();
    var live = caseOf(reference);
    assertThat(texts(live.get("prisonSites"), "status")).containsOnly("live");
    assertThat(texts(live.get("prisonSites"), "liveOn")).containsOnly("2027-10-01");
    assertThat(texts(live.get("prisonLots"), "status")).containsOnly("live");
    assertThat(texts(live.get("milestones"), "status")).contains("ACHIEVED");

    ClockUtil.setCurrentTime(at(GO_LIVE.plusDays(30)));
    hub.runDueJobs();
    tasks.complete(CONTRACT_MANAGER, reference, "Task_HoldFirstPostGoLiveReview",
        Map.of("reviewOutcome", "on-track", "reviewNotes", "Reception screening within target."));
    ClockUtil.setCurrentTime(at(GO_LIVE.plusDays(90)));
    hub.runDueJobs();
    tasks.complete(CONTRACT_MANAGER, reference, "Task_HoldSecondPostGoLiveReview",
        Map.of("reviewOutcome", "on-track", "reviewNotes", "Stable after three months."));
    tasks.complete(CONTRACT_MANAGER, reference, "Task_HandOverToContractManagement",
        Map.of("contractManagementHandoverNotes", "Quarterly reviews from January."));

    var closed = caseOf(reference);
    assertThat(closed.get("status").asText()).isEqualTo("closed");
    assertThat(closed.get("currentStage").asText()).isEqualTo("closed");
    assertThat(closed.get("valueGbp").decimalValue()).isEqualByComparingTo("59000000");
    assertThat(texts(closed.get("decisions"), "stage")).contains(
        "Go-live (Health and Justice commissioner) — HMP Bristol (Lot 1: Bristol, South Gloucestershire and Wiltshire)",
        "Go-live (Prison governor) — HMP Leyhill (Lot 1: Bristol, South Gloucestershire and Wiltshire)",
        "Review 30 days after go-live of Lot 1: Bristol, South Gloucestershire and Wiltshire",
        "Review 90 days after go-live of Lot 1: Bristol, South Gloucestershire and Wiltshire");
  }

  @Test
  void aGreenReadinessWithAWorkstreamNotDoneIsRefusedNamingTheField() {
    var reference = openCase();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_HandOverContractAward", Map.of("contractSignedOn", "2027-05-20",
        "termYears", 7, "wholeLifeValue", 59_000_000, "awardHandoverNotes", "Mobilisation plan as in the bid."));
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_KickOffMobilisation", Map.of("kickOffDate", "2027-06-01",
        "commissionerBoardMember", "Health and Justice team", "providerBoardMember", "Oxleas",
        "prisonBoardMember", "Heads of healthcare", "boardArrangements", "Fortnightly, RAG by workstream."));
    completeWorkstreams(reference, "HMP Bristol", Map.of("cqcStatus", "applied", "cqcRag", "amber",
        "cqcEvidence", "Application validated in May."));

    var task = siteTask(reference, "HMP Bristol");
    var refused = tasks.submit(PROGRAMME_MANAGER, task.get("id").asText(),
        Map.of("readinessRag", "green", "readinessSummary", "Everything is ready but CQC."));

    assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
    assertThat(refused.problemFields()).containsExactly("readinessRag");
    assertThat(refused.body().toString()).contains("CQC registration");
    assertThat(taskService.createTaskQuery().taskId(task.get("id").asText()).count()).isEqualTo(1);
  }

  @Test
  void workstreamAnswersThatBreakARuleAreRefusedNamingTheFieldAndTheTaskStaysOpen() {
    var reference = openCase();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_HandOverContractAward", Map.of("contractSignedOn", "2027-05-20",
        "termYears", 7, "wholeLifeValue", 59_000_000, "awardHandoverNotes", "Mobilisation plan as in the bid."));
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_KickOffMobilisation", Map.of("kickOffDate", "2027-06-01",
        "commissionerBoardMember", "Health and Justice team", "providerBoardMember", "Oxleas",
        "prisonBoardMember", "Heads of healthcare", "boardArrangements", "Fortnightly, RAG by workstream."));

    var governance = taskFor(IG_LEAD, reference, "HMP Bristol", "Task_SignOffInformationGovernance");
    var unsigned = tasks.submit(IG_LEAD, governance, Map.of("dsptStatus", "approaching-standards",
        "dataProcessingAgreementsSigned", "no", "igLeadSignOff", "yes", "igRag", "amber", "igEvidence", "Toolkit due."));
    var vetting = taskFor(HR_LEAD, reference, "HMP Bristol", "Task_ReportSecurityVetting");
    var tooMany = tasks.submit(HR_LEAD, vetting, Map.of("staffVetted", 41, "staffToVet", 40, "vettingRag", "green"));
    var future = tasks.submit(HR_LEAD, taskFor(HR_LEAD, reference, "HMP Bristol",
        "Task_RecordEmployeeLiabilityInformation"), Map.of("employeeLiabilityReceivedOn", "2027-06-02"));

    assertThat(unsigned.status()).as(unsigned.body().toString()).isEqualTo(400);
    assertThat(unsigned.problemFields()).containsExactly("igLeadSignOff", "igLeadSignOff");
    assertThat(unsigned.body().toString()).contains("Standards Met", "data processing agreements");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.problemFields()).containsExactly("staffVetted");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.problemFields()).containsExactly("employeeLiabilityReceivedOn");
    assertThat(taskService.createTaskQuery().taskId(governance).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(vetting).count()).isEqualTo(1);
    var sites = caseOf(reference).get("prisonSites");
    assertThat(sites.get(0).get("dsptStatus").isNull()).isTrue();
    assertThat(sites.get(0).get("staffVetted").isNull()).isTrue();
    assertThat(sites.get(0).get("employeeLiabilityReceivedDate").isNull()).isTrue();
  }

  String taskFor(String user, String reference, String site, String key) {
    return tasks.visibleTo(user, reference).stream()
        .filter(candidate -> key.equals(candidate.get("taskDefinitionKey").asText())
            && candidate.get("name").asText().contains(site))
        .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + key + " for " + site))
        .get("id").asText();
  }

  @Test
  void targetsCountSitesReadyPerGoLiveDateWorkstreamsByRatingVettingAndInformationOnTime() {
    // given, in an integrated care system of its own: one lot of Alpha and Beta going live on 1 October,
    // one of Gamma on 1 December
    var run = Long.toString(System.nanoTime() % 1_000_000, 36);
    var ics = "Prison targets " + run;
    var alpha = "HMP Alpha " + run;
    var beta = "HMP Beta " + run;
    var gamma = "HMP Gamma " + run;
    var response = open("Prison targets " + run, ics, Map.of("lots", List.of(
        lot("North", GO_LIVE.toString(), "2034-09-30", List.of(site(alpha, "b", BRISTOL_GOVERNOR),
            site(beta, "c", LEYHILL_GOVERNOR))),
        lot("South", "2027-12-01", "2034-09-30", List.of(site(gamma, "d", BRISTOL_GOVERNOR))))));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    var reference = response.body().get("reference").asText();
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_HandOverContractAward", Map.of("contractSignedOn", "2027-05-20",
        "termYears", 7, "wholeLifeValue", 1_000_000, "awardHandoverNotes", "Mobilisation plan as in the bid."));
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_KickOffMobilisation", Map.of("kickOffDate", "2027-06-01",
        "commissionerBoardMember", "Health and Justice team", "providerBoardMember", "Oxleas",
        "prisonBoardMember", "Heads of healthcare", "boardArrangements", "Fortnightly, RAG by workstream."));
    // Alpha: every workstream done and green, information on time, approved to go live
    completeWorkstreams(reference, alpha);
    var assessed = tasks.submit(PROGRAMME_MANAGER, siteTask(reference, alpha).get("id").asText(),
        Map.of("readinessRag", "green", "readinessSummary", "Every workstream done."));
    assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(204);
    hub.runDueJobs();
    approve(reference, COMMISSIONER, alpha);
    approve(reference, BRISTOL_GOVERNOR, alpha);
    // Beta: 10 of 40 staff vetted, then go-live comes within 8 weeks (vetting red) and its
    // information is late (workforce red, then amber once it arrives)
    submitSiteTask(HR_LEAD, reference, beta, "Task_ReportSecurityVetting",
        Map.of("staffVetted", 10, "staffToVet", 40, "vettingRag", "amber", "vettingEvidence", "Slow clearances."));
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 9, 10)));
    hub.runDueJobs();
    submitSiteTask(HR_LEAD, reference, beta, "Task_RecordEmployeeLiabilityInformation",
        Map.of("employeeLiabilityReceivedOn", "2027-09-08"));

    var targets = console.dashboard(new Viewer("programme-lead", Set.of("programme-lead")),
        new ConsoleFilter(null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), ics, null))
        .table("targets").orElseThrow().rows().stream()
        .filter(row -> row.get(0).shown().equals("Prison healthcare contract mobilisation"))
        .map(row -> String.join(" | ", row.subList(1, 5).stream().map(cell -> cell.shown()).toList()))
        .toList();

    assertThat(targets).containsExactly(
        "Sites ready to go live on Friday 1 October 2027 | 1 | 2 | 50%",
        "Sites ready to go live on Wednesday 1 December 2027 | 0 | 1 | 0%",
        alpha + ": workstreams rated green | 8 | 8 | 100%",
        beta + ": workstreams rated green | 0 | 8 | 0%",
        gamma + ": workstreams rated green | 0 | 8 | 0%",
        "Sites with every member of staff vetted | 1 | 3 | 33%",
        "Employee liability information received on time | 1 | 2 | 50%");
    var caseNow = caseOf(reference);
    var betaWorkstreams = new ArrayList<String>();
    caseNow.get("workstreams").forEach(workstream -> {
      if (workstream.get("item").asText().equals(beta) && !workstream.get("ragRating").isNull()) {
        betaWorkstreams.add(workstream.get("name").asText() + " " + workstream.get("ragRating").asText());
      }
    });
    assertThat(betaWorkstreams).containsExactlyInAnyOrder("Workforce and TUPE amber",
        "Security vetting and keys training red");
    assertThat(texts(caseNow.get("risks"), "description")).anyMatch(risk -> risk.startsWith(
        "Employee liability information for " + beta + " was due on Friday 3 September 2027"));
  }

  // --- steps ----------------------------------------------------------------------------------

  void submitSiteTask(String user, String reference, String site, String key, Map<String, Object> answers) {
    var task = tasks.visibleTo(user, reference).stream()
        .filter(candidate -> key.equals(candidate.get("taskDefinitionKey").asText())
            && candidate.get("name").asText().contains(site))
        .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + key + " for " + site));
    var response = tasks.submit(user, task.get("id").asText(), answers);
    assertThat(response.status()).as(key + " " + response.body()).isEqualTo(204);
    hub.runDueJobs();
  }

  void completeWorkstreams(String reference, String site) {
    completeWorkstreams(reference, site, Map.of("cqcStatus", "registered", "cqcRag", "green",
        "cqcEvidence", "Location added to the provider's registration."));
  }

  void completeWorkstreams(String reference, String site, Map<String, Object> cqc) {
    var answers = new HashMap<String, Map<String, Object>>();
    answers.put("Task_RecordEmployeeLiabilityInformation", Map.of("employeeLiabilityReceivedOn", "2027-06-01"));
    answers.put("Task_ConfirmTupeConsultation", Map.of("consultationStartedOn", "2027-06-01", "tupeHeadcount", 41,
        "workforceStatus", "done", "workforceRag", "green", "workforceEvidence", "Consultation meetings held."));
    answers.put("Task_ReportSecurityVetting", Map.of("staffVetted", 38, "staffToVet", 38, "vettingRag", "green",
        "vettingEvidence", "Keys training booked."));
    answers.put("Task_ConfirmCqcRegistration", cqc);
    answers.put("Task_PrepareClinicalIt", Map.of("systmOneUnitReady", "yes", "recordMigrationReady", "yes",
        "smartcardsIssued", "yes", "networkReady", "yes", "itCutoverDate", "2027-09-30", "itRag", "green",
        "itEvidence", "Cut-over rehearsed."));
    answers.put("Task_SignOffInformationGovernance", Map.of("dsptStatus", "standards-met",
        "dataProcessingAgreementsSigned", "yes", "igLeadSignOff", "yes", "igRag", "green", "igEvidence", "DSPT 2026-27."));
    answers.put("Task_PrepareMedicinesAndPharmacy", Map.of("medicinesStatus", "done", "medicinesRag", "green",
        "medicinesEvidence", "Supply contract signed."));
    answers.put("Task_PrepareEstatesAndEquipment", Map.of("estatesStatus", "done", "estatesRag", "green",
        "estatesEvidence", "Equipment audited."));
    answers.put("Task_AgreeClinicalPathways", Map.of("pathwaysStatus", "done", "pathwaysRag", "green",
        "pathwaysEvidence", "Subcontracts in place."));
    var owners = Map.of("Task_RecordEmployeeLiabilityInformation", HR_LEAD, "Task_ConfirmTupeConsultation", HR_LEAD,
        "Task_ReportSecurityVetting", HR_LEAD, "Task_ConfirmCqcRegistration", CONTRACT_MANAGER,
        "Task_PrepareClinicalIt", PROGRAMME_MANAGER, "Task_SignOffInformationGovernance", IG_LEAD,
        "Task_PrepareMedicinesAndPharmacy", CLINICAL_LEAD, "Task_PrepareEstatesAndEquipment", PROGRAMME_MANAGER,
        "Task_AgreeClinicalPathways", CLINICAL_LEAD);
    for (var key : List.of("Task_RecordEmployeeLiabilityInformation", "Task_ConfirmTupeConsultation",
        "Task_ReportSecurityVetting", "Task_ConfirmCqcRegistration", "Task_PrepareClinicalIt",
        "Task_SignOffInformationGovernance", "Task_PrepareMedicinesAndPharmacy", "Task_PrepareEstatesAndEquipment",
        "Task_AgreeClinicalPathways")) {
      var user = owners.get(key);
      var task = tasks.visibleTo(user, reference).stream()
          .filter(candidate -> key.equals(candidate.get("taskDefinitionKey").asText())
              && candidate.get("name").asText().contains(site))
          .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + key + " for " + site));
      var response = tasks.submit(user, task.get("id").asText(), answers.get(key));
      assertThat(response.status()).as(key + " " + response.body()).isEqualTo(204);
      hub.runDueJobs();
    }
  }

  /** The site's readiness assessment, which the task's name gives. */
  JsonNode siteTask(String reference, String site) {
    return tasks.visibleTo(PROGRAMME_MANAGER, reference).stream()
        .filter(task -> "Task_AssessSiteReadiness".equals(task.get("taskDefinitionKey").asText())
            && task.get("name").asText().contains(site))
        .findFirst().orElseThrow(() -> new AssertionError("no readiness assessment for " + site));
  }

  /** Every task's id in the person's Tasklist, as the REST API lists them. */
  List<String> taskIds(String user) {
    var response = hub.get(user, "/engine-rest/task?maxResults=1000");
    assertThat(response.status()).isEqualTo(200);
    return texts(response.body(), "id");
  }

  /** The site's open go/no-go sign-off, which is named after the site. */
  org.camunda.bpm.engine.task.Task approval(String reference, String site) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ApproveStage").list().stream()
        .filter(task -> task.getName().startsWith("Approve stage — " + site + " ("))
        .findFirst().orElseThrow(() -> new AssertionError("no go-live approval of " + site + " on " + reference));
  }

  void approve(String reference, String approver, String site) {
    var approval = approval(reference, site);
    var response = tasks.submit(approver, approval.getId(), Map.of("approvalOutcome", "approved"));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    hub.runDueJobs();
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
  }
}
