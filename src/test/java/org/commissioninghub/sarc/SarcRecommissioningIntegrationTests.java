package org.commissioninghub.sarc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.ConsoleTable;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SARC recommissioning for Gloucestershire and Wiltshire, co-commissioned with both police and
 * crime commissioners, through the REST API and Tasklist's task API from opening to go-live: each
 * commissioner signs, the lot is competed, the award is approved by procurement, NHS England and
 * each commissioner and police force (one commissioner sending it back once), the standstill runs
 * over Christmas, and the provider goes live with its UKAS application in hand.
 */
@IntegrationTest
class SarcRecommissioningIntegrationTests {

  static final String COMMISSIONER = "health-and-justice-commissioner";
  static final String PROCUREMENT_LEAD = "procurement-lead";
  /** Another procurement lead: whoever ran the competition may not approve its award. */
  static final String PROCUREMENT_APPROVER = "sarc.procurement.approver";
  static final String DIRECTOR = "director-of-commissioning";
  static final String GLOUCESTERSHIRE_PCC = "sarc.glos.pcc";
  static final String WILTSHIRE_PCC = "sarc.wilts.pcc";
  static final String GLOUCESTERSHIRE_POLICE = "sarc.glos.police";
  static final String WILTSHIRE_POLICE = "sarc.wilts.police";
  /** A police force's user whom no SARC case names. */
  static final String OTHER_POLICE = "sarc.other.police";
  static final List<String> PANEL = List.of("evaluation-panel", "sarc.eval.two", "sarc.eval.three");
  static final String AREA = "Gloucestershire and Wiltshire";
  static final String AWARD = "Award recommendation";

  @Autowired
  HubClient hub;

  @Autowired
  TaskService taskService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConsoleService console;

  /** This run's cases, told apart from other tests' by their integrated care system. */
  static final String ICS = "SARC journey " + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  static final Viewer LEAD = new Viewer("programme-lead", Set.of("programme-lead"));

  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    hub.ensureUser(PROCUREMENT_APPROVER, "procurement-lead");
    hub.ensureUser(GLOUCESTERSHIRE_PCC, "pcc-representative");
    hub.ensureUser(WILTSHIRE_PCC, "pcc-representative");
    hub.ensureUser(GLOUCESTERSHIRE_POLICE, "police-force");
    hub.ensureUser(WILTSHIRE_POLICE, "police-force");
    hub.ensureUser(OTHER_POLICE, "police-force");
    PANEL.subList(1, PANEL.size()).forEach(member -> hub.ensureUser(member, "evaluation-panel"));
    at("2026-12-01T10:00:00Z");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  @Test
  void fundingSharesThatDoNotAddUpAreRefusedWithTheNumbersAndNoCaseIsOpened() {
    var casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM commissioning_case", Long.class);

    var response = hub.post(COMMISSIONER, "/api/cases", openingRequest(new java.math.BigDecimal("1300000")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactly("details.coCommissioners");
    assertThat(response.body().toString()).contains("£2,000,000", "£1,300,000", "£600,000", "£1,900,000");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM commissioning_case", Long.class)).isEqualTo(casesBefore);
  }

  @Test
  void aPoliceForceNamedByAUserWhoDoesNotActForOneIsRefusedNamingTheField() {
    var request = openingRequest(new java.math.BigDecimal("1400000"));
    @SuppressWarnings("unchecked")
    var details = new LinkedHashMap<>((Map<String, Object>) request.get("details"));
    var commissioners = new ArrayList<Object>((List<?>) details.get("coCommissioners"));
    var wiltshire = new LinkedHashMap<>((Map<String, Object>) commissioners.get(1));
    wiltshire.put("policeForceUser", WILTSHIRE_PCC);
    commissioners.set(1, wiltshire);
    details.put("coCommissioners", commissioners);
    var withWrongUser = new LinkedHashMap<>(request);
    withWrongUser.put("details", details);

    var response = hub.post(COMMISSIONER, "/api/cases", withWrongUser);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactly("details.coCommissioners[1].policeForceUser");
  }

  @Test
  void aSarcRecommissioningRunsFromOpeningToGoLiveWithEveryCoCommissionerSigningAndApproving() {
    // opened by the Health and Justice commissioner; the co-commissioners are registered
    var opened = hub.post(COMMISSIONER, "/api/cases", openingRequest(new java.math.BigDecimal("1400000")));
    assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
    var reference = opened.body().get("reference").asText();
    hub.runDueJobs();

    // a police force the case names sees it; one it does not name finds nothing, and may not change it
    assertThat(hub.get(GLOUCESTERSHIRE_POLICE, "/api/cases/" + reference).status()).isEqualTo(200);
    assertThat(hub.get(OTHER_POLICE, "/api/cases/" + reference).status()).isEqualTo(404);
    assertThat(caseOf(reference).get("coCommissioners")).hasSize(2);

    // needs assessment, then each commissioner signs their own agreement
    tasks.complete(COMMISSIONER, reference, "Task_AssessNeedsAndEngageSurvivors", Map.of(
        "needsSummary", "Forensic activity up a fifth since 2019; children travel to Bristol.",
        "survivorEngagementSummary", "Survivors asked for self-referral without police involvement."));
    assertThat(currentStage(reference)).isEqualTo("co-commissioning");
    tasks.completeAssigned(GLOUCESTERSHIRE_PCC, reference, "Task_SignCoCommissioningAgreement",
        Map.of("decisionNoticeReference", "GPCC-2026-31", "decisionNoticeDate", "2026-12-01"));
    assertThat(tasks.find(COMMISSIONER, reference, "Task_WriteServiceSpecification")).isEmpty();
    tasks.completeAssigned(WILTSHIRE_PCC, reference, "Task_SignCoCommissioningAgreement",
        Map.of("decisionNoticeReference", "WPCC-2026-12", "decisionNoticeDate", "2026-12-01"));

    // the specification creates the area's lot
    tasks.complete(COMMISSIONER, reference, "Task_WriteServiceSpecification", Map.of(
        "ageScope", "adults-and-children", "acuteAndNonRecent", "yes",
        "examinerRota", "Two examiners on call every night; a paediatrician by day.", "isvaInScope", "no",
        "numberOfSites", 2, "specificationSummary", "One SARC service across both counties, two sites.",
        "redesignTherapeuticServices", "no"));
    assertThat(currentStage(reference)).isEqualTo("procurement");

    competeTheLot(reference);

    // the award goes to procurement (not the lead who ran the competition), then NHS England
    approve(PROCUREMENT_APPROVER, onlyApproval(reference, AWARD + " (Procurement)"));
    approve(DIRECTOR, onlyApproval(reference, AWARD + " (NHS England)"));

    // then to both commissioners and both police forces at once; Wiltshire's commissioner sends it back
    var parties = openApprovals(reference);
    assertThat(parties).containsOnlyKeys(party("Gloucestershire PCC"), party("Wiltshire PCC"),
        party("Gloucestershire Constabulary"), party("Wiltshire Police"));
    // each sign-off is named after the lot it awards, in Tasklist and in the decision it records
    var lotName = "Lot " + lot(reference).get("lotNumber").asText() + ": " + lot(reference).get("name").asText();
    assertThat(parties.values()).extracting(Task::getName).containsOnly("Approve stage — " + lotName);
    approve(GLOUCESTERSHIRE_POLICE, parties.get(party("Gloucestershire Constabulary")));
    assertThat(texts(caseOf(reference).get("decisions"), "stage"))
        .contains(party("Gloucestershire Constabulary") + " — " + lotName);
    var rejection = tasks.submit(WILTSHIRE_PCC, parties.get(party("Wiltshire PCC")).getId(),
        Map.of("approvalOutcome", "rejected", "approvalComment", "Our share for Swindon is not shown."));
    assertThat(rejection.status()).as(rejection.body().toString()).isEqualTo(204);
    hub.runDueJobs();
    assertThat(openApprovals(reference)).isEmpty();
    var rewrite = tasks.find(PROCUREMENT_LEAD, reference, "Task_WriteAwardRecommendation").orElseThrow();
    assertThat(variable(rewrite, "awardApprovalComment")).isEqualTo("Our share for Swindon is not shown.");
    assertThat(variable(rewrite, "awardApprovalStep")).isEqualTo("PCCs and police: Wiltshire PCC");

    // rewritten, every step approves
    writeAwardRecommendation(reference, "Award to Southern SARC Partnership; Swindon's share shown.");
    approve(PROCUREMENT_APPROVER, onlyApproval(reference, AWARD + " (Procurement)"));
    approve(DIRECTOR, onlyApproval(reference, AWARD + " (NHS England)"));
    var partiesAgain = openApprovals(reference);
    approve(GLOUCESTERSHIRE_PCC, partiesAgain.get(party("Gloucestershire PCC")));
    approve(WILTSHIRE_PCC, partiesAgain.get(party("Wiltshire PCC")));
    approve(GLOUCESTERSHIRE_POLICE, partiesAgain.get(party("Gloucestershire Constabulary")));
    approve(WILTSHIRE_POLICE, partiesAgain.get(party("Wiltshire Police")));

    // the standstill runs over Christmas; the contract is then awarded and the notice published
    assertThat(lot(reference).get("status").asText()).isEqualTo("STANDSTILL");
    at("2027-01-05T00:00:01Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice", Map.of("awardNoticeReference", "FTS-2027-9"));
    assertThat(lot(reference).get("awardedTo").asText()).isEqualTo("Southern SARC Partnership");

    // mobilisation: the provider holds a UKAS application before the deadline, so it goes live without escalation
    assertThat(currentStage(reference)).isEqualTo("mobilisation");
    tasks.complete(COMMISSIONER, reference, "Task_PlanAccreditation", Map.of(
        "accreditationStatus", "application-in-progress", "ukasApplicationReference", "UKAS-24189",
        "accreditationPlan", "Assessment booked for March; first surveillance a year after accreditation."));
    assertThat(tasks.find(DIRECTOR, reference, "Task_EscalateMissingAccreditation")).isEmpty();
    at("2027-04-01T08:00:00Z");
    tasks.complete(COMMISSIONER, reference, "Task_ConfirmGoLive", Map.of("goLiveDate", "2027-04-01"));

    // the case holds the signed agreements, the approvals and the provider's accreditation
    var live = caseOf(reference);
    assertThat(live.get("currentStage").asText()).isEqualTo("go-live");
    assertThat(live.get("coCommissioners")).allSatisfy(commissioner -> assertThat(commissioner.get("signed").asBoolean())
        .isTrue());
    assertThat(texts(live.get("coCommissioners"), "decisionNoticeReference")).containsExactly("GPCC-2026-31",
        "WPCC-2026-12");
    var accreditation = live.get("accreditations").get(0);
    assertThat(accreditation.get("provider").asText()).isEqualTo("Southern SARC Partnership");
    assertThat(accreditation.get("area").asText()).isEqualTo(AREA);
    assertThat(accreditation.get("status").asText()).isEqualTo("application-in-progress");
    assertThat(accreditation.get("ukasApplicationReference").asText()).isEqualTo("UKAS-24189");
    assertThat(accreditation.get("goLiveDate").asText()).isEqualTo("2027-04-01");
    assertThat(accreditation.get("contractEndDate").asText()).isEqualTo("2034-03-31");
    assertThat(texts(live.get("decisions"), "outcome")).containsSubsequence("signed", "signed", "approved",
        "approved", "approved", "rejected", "approved", "approved", "approved", "approved", "approved", "approved");
    // the outside bodies read only their part: no accreditation or co-commissioner records
    var asPolice = hub.get(WILTSHIRE_POLICE, "/api/cases/" + reference).body();
    assertThat(asPolice.get("accreditations")).isEmpty();
    assertThat(asPolice.get("coCommissioners")).isEmpty();
    assertThat(asPolice.get("currentStage").asText()).isEqualTo("go-live");

    // the case page writes the shares and NHS England's funding as money, never in scientific notation
    var page = org.commissioninghub.testsupport.PageSession.signIn(hub.baseUrl(), COMMISSIONER).get("/cases/" + reference);
    assertThat(page.body()).contains("£300,000", "£1,400,000", "£2,000,000").doesNotContain("E+")
        // and its lots table leaves out the columns only a dental lot fills
        .contains("id=\"items-lots\"").doesNotContain(">Service type<", ">Contract form<");

    // the programme's targets, as counted by hand: both commissioners signed, the one lot awarded, its
    // provider not yet accredited but holding a UKAS application
    assertThat(targets()).containsExactly(
        "Co-commissioners signed | 2 | 2 | 100%",
        "Lots awarded | 1 | 1 | 100%",
        "Providers accredited | 0 | 1 | 0%",
        "Providers accredited or applying | 1 | 1 | 100%");
    assertThat(console.dashboard(LEAD, new ConsoleFilter(Programme.SARC_RECOMMISSIONING, LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31), ICS, null)).table("targets").orElseThrow().rows().get(2).get(5).shown())
        .contains("nearest: 183 days to the accreditation deadline, Friday 1 October 2027");
  }

  @Test
  void aProviderWithoutAccreditationInHandIsEscalatedToTheDirectorAndTheRiskKeptOnTheCase() {
    // given a case (outside the journey's targets) whose lot is awarded, every step approving at once
    var request = new LinkedHashMap<>(openingRequest(new java.math.BigDecimal("1400000")));
    request.put("integratedCareSystem", ICS + " escalated");
    var opened = hub.post(COMMISSIONER, "/api/cases", request);
    assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
    var reference = opened.body().get("reference").asText();
    hub.runDueJobs();
    signAndSpecify(reference);
    competeTheLot(reference);
    approve(PROCUREMENT_APPROVER, onlyApproval(reference, AWARD + " (Procurement)"));
    approve(DIRECTOR, onlyApproval(reference, AWARD + " (NHS England)"));
    openApprovals(reference).forEach((stage, approval) -> approve(approverOf(stage), approval));
    at("2027-01-05T00:00:01Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice", Map.of("awardNoticeReference", "FTS-2027-3"));

    // when the provider is neither accredited nor applying
    tasks.complete(COMMISSIONER, reference, "Task_PlanAccreditation", Map.of(
        "accreditationStatus", "not-accredited",
        "accreditationPlan", "Application to be made once the new examiners are trained."));

    // then the director decides before go-live, and the case keeps the risk and the decision
    assertThat(tasks.find(COMMISSIONER, reference, "Task_ConfirmGoLive")).isEmpty();
    assertThat(currentStage(reference)).isEqualTo("accreditation-escalation");
    tasks.complete(DIRECTOR, reference, "Task_EscalateMissingAccreditation", Map.of(
        "escalationAction", "restrict-forensic-activity",
        "escalationReason", "Forensic examinations go to Bristol until the application is made."));
    var escalated = caseOf(reference);
    assertThat(texts(escalated.get("risks"), "description")).containsExactly(AREA + ": Southern SARC Partnership is"
        + " neither accredited nor holding a UKAS application before the deadline of Friday 1 October 2027");
    assertThat(texts(escalated.get("decisions"), "outcome")).endsWith("restrict-forensic-activity");
    assertThat(escalated.get("accreditations").get(0).get("status").asText()).isEqualTo("not-accredited");
    tasks.complete(COMMISSIONER, reference, "Task_ConfirmGoLive", Map.of("goLiveDate", "2027-04-01"));
    assertThat(currentStage(reference)).isEqualTo("go-live");
  }

  // --- Steps ---

  void signAndSpecify(String reference) {
    tasks.complete(COMMISSIONER, reference, "Task_AssessNeedsAndEngageSurvivors", Map.of(
        "needsSummary", "Forensic activity up a fifth since 2019; children travel to Bristol.",
        "survivorEngagementSummary", "Survivors asked for self-referral without police involvement."));
    tasks.completeAssigned(GLOUCESTERSHIRE_PCC, reference, "Task_SignCoCommissioningAgreement",
        Map.of("decisionNoticeReference", "GPCC-2026-40", "decisionNoticeDate", "2026-12-01"));
    tasks.completeAssigned(WILTSHIRE_PCC, reference, "Task_SignCoCommissioningAgreement",
        Map.of("decisionNoticeReference", "WPCC-2026-19", "decisionNoticeDate", "2026-12-01"));
    tasks.complete(COMMISSIONER, reference, "Task_WriteServiceSpecification", Map.of(
        "ageScope", "adults-only", "acuteAndNonRecent", "yes",
        "examinerRota", "Two examiners on call every night.", "isvaInScope", "yes",
        "numberOfSites", 1, "specificationSummary", "One SARC service across both counties, one site.",
        "redesignTherapeuticServices", "no"));
  }

  /** Who acts for the party a co-commissioners' approval is addressed to. */
  static String approverOf(String stage) {
    return Map.of(party("Gloucestershire PCC"), GLOUCESTERSHIRE_PCC, party("Wiltshire PCC"), WILTSHIRE_PCC,
        party("Gloucestershire Constabulary"), GLOUCESTERSHIRE_POLICE, party("Wiltshire Police"), WILTSHIRE_POLICE)
        .get(stage);
  }

  /** The SARC targets of this run's cases on the leads' console: measure, achieved, target and progress. */
  List<String> targets() {
    var filter = new ConsoleFilter(Programme.SARC_RECOMMISSIONING, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
        ICS, null);
    return console.dashboard(LEAD, filter).table("targets").orElseThrow().rows().stream()
        .map(row -> row.subList(1, 5).stream().map(ConsoleTable.Cell::shown).collect(Collectors.joining(" | ")))
        .toList();
  }

  Map<String, Object> openingRequest(java.math.BigDecimal nhsEnglandFunding) {
    var details = new LinkedHashMap<String, Object>();
    details.put("coCommissioners", List.of(
        Map.of("area", AREA, "pccOffice", "Gloucestershire PCC", "pccUser", GLOUCESTERSHIRE_PCC,
            "policeForce", "Gloucestershire Constabulary", "policeForceUser", GLOUCESTERSHIRE_POLICE,
            "fundingShare", 300000),
        Map.of("area", AREA, "pccOffice", "Wiltshire PCC", "pccUser", WILTSHIRE_PCC,
            "policeForce", "Wiltshire Police", "policeForceUser", WILTSHIRE_POLICE, "fundingShare", 300000)));
    details.put("annualContractValue", 2000000);
    details.put("nhsEnglandFunding", nhsEnglandFunding);
    details.put("termYears", 7);
    details.put("accreditationDeadline", "2027-10-01");
    return Map.of("programme", "sarc-recommissioning", "title", "Gloucestershire and Wiltshire SARCs",
        "commissioner", "NHS England South West", "integratedCareSystem", ICS, "details", details);
  }

  /** The lot's competition from the market engagement to the award recommendation, as the dental journeys run it. */
  void competeTheLot(String reference) {
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_EngageMarket",
        Map.of("marketEngagementSummary", "Market event in November; four providers interested."));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_SetEvaluationCriteria", Map.of(
        "specificationSummary", "SARC service for adults and children across both counties.",
        "weightQuality", 50, "weightValue", 20, "weightIntegration", 10, "weightAccess", 10, "weightSocialValue", 10,
        "evaluationPanel", String.join(", ", PANEL), "clarificationDeadline", "2026-12-08",
        "tenderDeadline", "2026-12-15"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishTender", Map.of("tenderNoticeReference", "FTS-2026-77"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerClarificationQuestions",
        Map.of("clarificationLog", "No questions."));
    at("2026-12-16T09:00:00Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_RecordBidsReceived",
        Map.of("biddersReceived", "Southern SARC Partnership\nWest Forensic Care"));
    for (int bid = 0; bid < 2; bid++) {
      tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckBidCompliance",
          Map.of("bidCompliant", "compliant", "complianceNote", "Meets the selection criteria."));
    }
    for (var evaluator : PANEL) {
      tasks.completeAssigned(evaluator, reference, "Task_DeclareConflictsOfInterest", Map.of("conflicted", "no"));
    }
    for (var evaluator : PANEL) {
      for (int bid = 0; bid < 2; bid++) {
        tasks.completeAssigned(evaluator, reference, "Task_ScoreBid", scores(3, evaluator + " scored"));
      }
    }
    for (int bid = 0; bid < 2; bid++) {
      var task = tasks.find(PROCUREMENT_LEAD, reference, "Task_AgreeConsensusScores").orElseThrow();
      var southern = variable(task, "bidderName").equals("Southern SARC Partnership");
      tasks.complete(PROCUREMENT_LEAD, reference, "Task_AgreeConsensusScores",
          scores(southern ? 5 : 3, southern ? "Strongest on paediatric access" : "Sound but thinner on children"));
    }
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment", Map.of("exclusionCheck", "cleared"));
    at("2026-12-17T10:00:00Z");
    writeAwardRecommendation(reference, "Award to Southern SARC Partnership, ranked first on quality.");
  }

  void writeAwardRecommendation(String reference, String recommendation) {
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_WriteAwardRecommendation",
        Map.of("awardRecommendation", recommendation));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_DeclareApproverConflicts", Map.of("conflicted", "no"));
  }

  static Map<String, Object> scores(int score, String comment) {
    return Map.of("scoreQuality", score, "scoreValue", score, "scoreIntegration", score, "scoreAccess", score,
        "scoreSocialValue", score, "scoreComment", comment);
  }

  static String party(String name) {
    return AWARD + " (PCCs and police: " + name + ")";
  }

  void approve(String approver, Task approval) {
    var response = tasks.submit(approver, approval.getId(), Map.of("approvalOutcome", "approved"));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    hub.runDueJobs();
  }

  /** The case's open award approvals by stage. */
  Map<String, Task> openApprovals(String reference) {
    var byStage = new LinkedHashMap<String, Task>();
    taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_ApproveStage").list()
        .forEach(task -> byStage.put((String) taskService.getVariable(task.getId(), "stage"), task));
    return byStage;
  }

  Task onlyApproval(String reference, String stage) {
    var open = openApprovals(reference);
    assertThat(open).containsOnlyKeys(stage);
    return open.get(stage);
  }

  String variable(JsonNode task, String name) {
    var response = hub.get("demo", "/engine-rest/task/" + task.get("id").asText() + "/form-variables?variableNames="
        + name);
    return response.body().path(name).path("value").asText();
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(COMMISSIONER, reference);
  }

  String currentStage(String reference) {
    return caseOf(reference).get("currentStage").asText();
  }

  JsonNode lot(String reference) {
    return caseOf(reference).get("lots").get(0);
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }
}
