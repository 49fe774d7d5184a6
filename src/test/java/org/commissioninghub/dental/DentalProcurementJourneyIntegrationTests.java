package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dental procurements from the trigger to contract management through the REST API and
 * Tasklist's task API, along each kind of PSR route, with the engine clock set to December 2026 so
 * that standstills run over Christmas and the bank holidays.
 */
@IntegrationTest
class DentalProcurementJourneyIntegrationTests {

  static final String COMMISSIONING_MANAGER = "commissioning-manager";
  static final String PROGRAMME_MANAGER = "programme-manager";
  static final String FINANCE_LEAD = "finance-lead";
  static final String HEAD_OF_PRIMARY_CARE = "head-of-primary-care";
  static final String PROCUREMENT_LEAD = "procurement-lead";
  static final String COMMITTEE = "primary-care-commissioning-committee";
  static final String CONTRACT_MANAGER = "contract-manager";
  static final String DENTAL_ADVISER = "dental-adviser";
  static final List<String> PANEL = List.of("evaluation-panel", "eval.two", "eval.three");

  @Autowired
  HubClient hub;

  @Autowired
  org.commissioninghub.procurement.ProcurementService procurement;

  @Autowired
  org.camunda.bpm.engine.RuntimeService runtimeService;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Autowired
  org.springframework.core.env.Environment environment;


  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
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
  void aCompetitiveProcurementRanksTheBidsHoldsTheStandstillOverChristmasAndAwards() {
    var reference = throughBusinessCaseApproval("Cornwall orthodontics");

    // the PSR questions lead to a competitive process: the incumbent is not performing
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, false, false, 0));
    var confirm = tasks.find(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute").orElseThrow();
    assertThat(variable(confirm, "recommendedRoute")).isEqualTo("competitive");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute",
        Map.of("confirmedRoute", "competitive", "routeReason", "The incumbent is not meeting the contract."));

    // tender
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_EngageMarket",
        Map.of("marketEngagementSummary", "Two market events; five providers showed interest."));
    var badPlan = tasks.submit(PROCUREMENT_LEAD, tasks.find(PROCUREMENT_LEAD, reference, "Task_SetEvaluationCriteria")
        .orElseThrow().get("id").asText(), tenderPlan(50, "nobody.here"));
    assertThat(badPlan.status()).isEqualTo(400);
    assertThat(badPlan.body().get("message").asText())
        .contains("must add up to 100, not 110", "nobody.here is not a member of the evaluation panel");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_SetEvaluationCriteria", tenderPlan(40, String.join(", ", PANEL)));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishTender", Map.of("tenderNoticeReference", "FTS-2026-001"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerClarificationQuestions",
        Map.of("clarificationLog", "Q1 answered on 3 December."));
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_RecordBidsReceived")).isEmpty();

    // the tender deadline passes
    at("2026-12-16T09:00:00Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_RecordBidsReceived",
        Map.of("biddersReceived", "Smile Dental Ltd\nBright Teeth CIC"));
    for (int i = 0; i < 2; i++) {
      tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckBidCompliance",
          Map.of("bidCompliant", "compliant", "complianceNote", "Meets the selection criteria."));
    }

    // each panel member first declares no conflict of interest in the lot
    for (var evaluator : PANEL) {
      tasks.completeAssigned(evaluator, reference, "Task_DeclareConflictsOfInterest", Map.of("conflicted", "no"));
    }

    // three panel members score both bids on their own, in parallel
    for (var evaluator : PANEL) {
      assertThat(tasks.visibleTo(evaluator, reference).stream()
          .filter(task -> evaluator.equals(task.path("assignee").asText()))).hasSize(1);
    }
    // each scores with the specification and the weights in front of them, and the lot in the task's name
    var scoring = tasks.visibleTo(PANEL.get(0), reference).stream()
        .filter(task -> PANEL.get(0).equals(task.path("assignee").asText())).findFirst().orElseThrow();
    assertThat(scoring.get("name").asText()).isEqualTo("Score bid — Lot 1: Cornwall orthodontics");
    var context = hub.get(PANEL.get(0), "/engine-rest/task/" + scoring.get("id").asText()
        + "/form-variables?variableNames=specificationSummary,weightQuality,weightSocialValue,caseReference").body();
    assertThat(context.path("specificationSummary").path("value").asText())
        .isEqualTo("Orthodontic treatment for under-18s across the county.");
    assertThat(context.path("weightQuality").path("value").asInt()).isEqualTo(40);
    assertThat(context.path("weightSocialValue").path("value").asInt()).isEqualTo(10);
    assertThat(context.path("caseReference").path("value").asText()).isEqualTo(reference);
    for (var evaluator : PANEL) {
      for (int bid = 0; bid < 2; bid++) {
        tasks.completeAssigned(evaluator, reference, "Task_ScoreBid", scores(3, 3, 3, 3, 3, evaluator + " scored"));
      }
    }

    // moderation: Bright Teeth CIC comes first on consensus scores
    for (int bid = 0; bid < 2; bid++) {
      var task = tasks.find(PROCUREMENT_LEAD, reference, "Task_AgreeConsensusScores").orElseThrow();
      var bright = variable(task, "bidderName").equals("Bright Teeth CIC");
      tasks.complete(PROCUREMENT_LEAD, reference, "Task_AgreeConsensusScores",
          bright ? scores(5, 4, 3, 3, 2, "Strong quality") : scores(4, 3, 4, 3, 3, "Good value"));
    }
    var exclusionCheck = tasks.find(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment").orElseThrow();
    assertThat(variable(exclusionCheck, "preferredProvider")).isEqualTo("Bright Teeth CIC");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment", Map.of("exclusionCheck", "cleared"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_WriteAwardRecommendation",
        Map.of("awardRecommendation", "Award to Bright Teeth CIC, ranked first on quality."));

    // the committee approves the award; the intention to award starts the standstill over Christmas
    at("2026-12-17T10:00:00Z");
    tasks.complete(COMMITTEE, reference, "Task_DeclareApproverConflicts", Map.of("conflicted", "no"));
    tasks.complete(COMMITTEE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    var lot = lots(reference).get(0);
    assertThat(lot.get("status").asText()).isEqualTo("STANDSTILL");
    // it begins on Friday 18 December and ends at midnight at the end of its 8th working day after that
    assertThat(lot.get("standstillStart").asText()).isEqualTo("2026-12-18T00:00:00Z");
    assertThat(lot.get("standstillEnd").asText()).isEqualTo("2027-01-05T00:00:00Z");
    // as the timetable a commissioner plans with says
    var timetable = hub.get(PROCUREMENT_LEAD, "/api/timetable?noticePublished=2026-12-17").body().get("dates");
    assertThat(timetable.get(1).get("at").asText()).isEqualTo(lot.get("standstillEnd").asText());
    assertThat(timetable.get(1).get("shownAs").asText()).isEqualTo("midnight at the end of Monday 4 January 2027");
    // the case plans the award for the day the standstill lets it follow
    var awardPlanned = milestone(reference, "Lot 1 (Cornwall orthodontics): contract awarded");
    assertThat(awardPlanned.get("targetDate").asText()).isEqualTo("2027-01-05");
    assertThat(awardPlanned.get("status").asText()).isEqualTo("PLANNED");

    // a bidder makes representations; the commissioner proceeds the same day: the standstill keeps its end
    var representation = hub.post(PROCUREMENT_LEAD, "/api/cases/" + reference + "/lots/1/representations",
        Map.of("summary", "Smile Dental Ltd questions the quality scores."));
    assertThat(representation.status()).isEqualTo(202);
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ReviewRepresentation",
        Map.of("representationOutcome", "proceed", "representationReason", "Scores were moderated correctly."));
    assertThat(lots(reference).get(0).get("standstillEnd").asText()).isEqualTo("2027-01-05T00:00:00Z");
    assertThat(hub.post(PROCUREMENT_LEAD, "/api/cases/" + reference + "/lots/2/representations",
        Map.of("summary", "x")).status()).isEqualTo(404);

    // the standstill ends, the contract is awarded and the notice published
    at("2027-01-04T23:59:00Z");
    hub.runDueJobs();
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice")).isEmpty();
    at("2027-01-05T00:00:01Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice", Map.of("awardNoticeReference", "FTS-2026-002"));
    assertThat(hub.post(PROCUREMENT_LEAD, "/api/cases/" + reference + "/lots/1/representations",
        Map.of("summary", "too late")).status()).isEqualTo(422);

    mobiliseAndHandOver(reference);

    // the case store holds the bids, scores, ranking, notices and decisions
    var awarded = lots(reference).get(0);
    assertThat(awarded.get("status").asText()).isEqualTo("AWARDED");
    assertThat(awarded.get("awardedTo").asText()).isEqualTo("Bright Teeth CIC");
    assertThat(awarded.get("weights").get("QUALITY_AND_INNOVATION").asInt()).isEqualTo(40);
    var bids = awarded.get("bids");
    assertThat(texts(bids, "bidder")).containsExactly("Bright Teeth CIC", "Smile Dental Ltd");
    assertThat(bids.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(bids.get(0).get("weightedScore").decimalValue()).isEqualByComparingTo("80.00");
    assertThat(bids.get(1).get("rank").asInt()).isEqualTo(2);
    assertThat(bids.get(1).get("weightedScore").decimalValue()).isEqualByComparingTo("70.00");
    assertThat(bids.get(0).get("scores")).hasSize(20);
    assertThat(texts(awarded.get("notices"), "type")).containsExactly("TENDER", "INTENTION_TO_AWARD", "AWARD");
    var managed = caseOf(reference);
    // what panel members entered is evaluation material: the procurement lead reads it, the programme manager not
    var scored = "Score bid — Lot 1: Cornwall orthodontics completed";
    assertThat(managed.get("events").toString()).doesNotContain(scored, "BID_EVALUATED");
    assertThat(hub.get(PROCUREMENT_LEAD, "/api/cases/" + reference).body().get("events").toString())
        .contains(scored, "BID_EVALUATED");
    assertThat(managed.get("details").get("committeeApprovalDate").isNull()).isFalse();
    assertThat(managed.get("details").get("awardedLots").get(0).asText()).isEqualTo("Cornwall orthodontics");
    assertThat(managed.get("currentStage").asText()).isEqualTo("contract-management");
    assertThat(texts(managed.get("decisions"), "outcome"))
        .containsSubsequence("affordable", "approved", "competitive", "approved", "proceed");
    // the stages that fixed a date wrote it to the case: the award achieved, the go-live planned, the service start
    var awardAchieved = milestone(reference, "Lot 1 (Cornwall orthodontics): contract awarded");
    assertThat(awardAchieved.get("status").asText()).isEqualTo("ACHIEVED");
    assertThat(awardAchieved.get("actualDate").asText()).isEqualTo("2027-01-05");
    var goLive = milestone(reference, "Lot 1 Cornwall orthodontics: contract starts (go-live)");
    assertThat(goLive.get("targetDate").asText()).isEqualTo("2027-04-01");
    assertThat(goLive.get("status").asText()).isEqualTo("PLANNED");
    assertThat(managed.get("actualStartDate").asText()).isEqualTo("2027-04-01");
    assertThat(texts(managed.get("milestones"), "name")).hasSize(2);
  }

  JsonNode milestone(String reference, String name) {
    var found = new java.util.ArrayList<JsonNode>();
    caseOf(reference).get("milestones").forEach(milestone -> {
      if (milestone.get("name").asText().equals(name)) {
        found.add(milestone);
      }
    });
    assertThat(found).as("milestones named " + name).hasSize(1);
    return found.get(0);
  }

  @Test
  void aDirectAwardCRunsTheStandstillAwardsWithoutCompetitionAndItsContractToTheEndOfItsTerm() {
    var reference = throughBusinessCaseApproval("Dorset community dental service");

    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, true, false, 100_000));
    var confirm = tasks.find(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute").orElseThrow();
    assertThat(variable(confirm, "recommendedRoute")).isEqualTo("direct-award-c");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute",
        Map.of("confirmedRoute", "direct-award-c", "routeReason", "Incumbent performing; no considerable change."));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts", Map.of("conflicted", "no"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AssessProvider", providerAssessment());
    // the provider is checked against the exclusion grounds and the debarment list before the award is decided
    assertThat(tasks.find(COMMITTEE, reference, "Task_ApproveStage")).isEmpty();
    var exclusions = tasks.find(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment").orElseThrow();
    assertThat(variable(exclusions, "preferredProvider")).isEqualTo("Dorset Smiles CIC");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment", Map.of("exclusionCheck", "cleared"));
    assertThat(lots(reference).get(0).get("exclusionCheck").get("outcome").asText()).isEqualTo("cleared");

    at("2026-12-17T10:00:00Z");
    tasks.complete(COMMITTEE, reference, "Task_DeclareApproverConflicts", Map.of("conflicted", "no"));
    // a committee member who has not declared cannot take the decision
    hub.ensureUser("kim.committee", COMMITTEE);
    var approval = tasks.find("kim.committee", reference, "Task_ApproveStage").orElseThrow();
    var claimed = hub.post("kim.committee", "/engine-rest/task/" + approval.get("id").asText() + "/claim",
        Map.of("userId", "kim.committee"));
    assertThat(claimed.status()).isEqualTo(400);
    assertThat(claimed.body().toString()).contains("kim.committee has not declared conflicts of interest");
    tasks.complete(COMMITTEE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    assertThat(lots(reference).get(0).get("standstillEnd").asText()).isEqualTo("2027-01-05T00:00:00Z");
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice")).isEmpty();

    at("2027-01-04T22:00:00Z");
    hub.runDueJobs();
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice")).isEmpty();
    at("2027-01-05T00:00:01Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice", Map.of("awardNoticeReference", "FTS-2027-001"));
    mobiliseAndHandOver(reference);

    var lot = lots(reference).get(0);
    assertThat(lot.get("route").asText()).isEqualTo("direct-award-c");
    assertThat(lot.get("awardedTo").asText()).isEqualTo("Dorset Smiles CIC");
    assertThat(texts(lot.get("notices"), "type")).containsExactly("INTENTION_TO_AWARD", "AWARD");

    // the contract runs its term; with every contract ended, the case closes
    runTheContractToTheEndOfItsTerm(reference);
    var contract = hub.get(COMMISSIONING_MANAGER, "/api/cases/" + reference + "/contracts").body().get(0);
    assertThat(contract.get("status").asText()).isEqualTo("ended");
    assertThat(contract.get("years").get(0).get("deliveryPercent").decimalValue()).isEqualByComparingTo("100.00");
    var ended = caseOf(reference);
    assertThat(ended.get("status").asText()).isEqualTo("closed");
    assertThat(ended.get("events").toString()).contains("every contract awarded has reached the end of its term");
  }

  @Test
  void aLotsTasksItsAwardApprovalEmailAndItsDecisionNameTheLotShowItsValueAndLinkToTheCase() {
    var reference = throughBusinessCaseApproval("Dorset community dental service");
    var lot = "Lot 1: Dorset community dental service";
    var caseUrl = environment.getProperty("hub.public-base-url") + "/cases/" + reference;

    // the business case approval is about the whole case: its value over seven years, and a link to the case
    var businessCaseEmail = emailTo(HEAD_OF_PRIMARY_CARE, reference);
    assertThat(businessCaseEmail.get("subject")).isEqualTo(
        "Approval needed: Business case approval for " + reference + " Dorset community dental service");
    assertThat((String) businessCaseEmail.get("text_body")).contains("Value: £7,000,000", caseUrl);
    assertThat((String) businessCaseEmail.get("html_body")).contains("href=\"" + caseUrl + "\"");

    // each task of the lot is named after it
    var psrQuestions = tasks.find(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions").orElseThrow();
    assertThat(psrQuestions.get("name").asText()).isEqualTo("Answer PSR route questions — " + lot);
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, true, false, 100_000));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute",
        Map.of("confirmedRoute", "direct-award-c", "routeReason", "Incumbent performing; no considerable change."));
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts").orElseThrow()
        .get("name").asText()).isEqualTo("Declare conflicts of interest — " + lot);
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts", Map.of("conflicted", "no"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AssessProvider", providerAssessment());
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment", Map.of("exclusionCheck", "cleared"));
    tasks.complete(COMMITTEE, reference, "Task_DeclareApproverConflicts", Map.of("conflicted", "no"));

    // the award approval names the lot and shows the lot's value (£1,000,000 now and a £100,000 change), not the case's
    var approval = tasks.find(COMMITTEE, reference, "Task_ApproveStage").orElseThrow();
    assertThat(approval.get("name").asText()).isEqualTo("Approve stage — " + lot);
    var awardEmail = emailTo(COMMITTEE, reference);
    assertThat(awardEmail.get("subject")).isEqualTo(
        "Approval needed: Award decision — " + lot + " for " + reference + " Dorset community dental service");
    assertThat((String) awardEmail.get("text_body"))
        .contains("Stage: Award decision — " + lot, "Value of " + lot + ": £1,100,000", caseUrl)
        .doesNotContain("£7,000,000");
    assertThat((String) awardEmail.get("html_body")).contains("href=\"" + caseUrl + "\"", "£1,100,000");

    // and so does its decision
    tasks.complete(COMMITTEE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    assertThat(decisionOn(reference, "Award decision — " + lot).path("outcome").asText()).isEqualTo("approved");
  }

  /** The latest email to the user about the case. */
  Map<String, Object> emailTo(String user, String reference) {
    return jdbc.queryForList("select subject, text_body, html_body from outbox_message"
            + " where recipient like ? and subject like ? order by id desc", user + "@%", "%" + reference + "%")
        .stream().findFirst().orElseThrow(() -> new AssertionError("no email to " + user + " about " + reference));
  }

  @Test
  void aDirectAwardAAwardsAtOnceWithTheAwardNoticeDueWithinThirtyDays() {
    var reference = throughBusinessCaseApproval("Isles of Scilly dental service");

    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(true, true, false, 0));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute",
        Map.of("confirmedRoute", "direct-award-a", "routeReason", "Only one provider can deliver the service."));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts", Map.of("conflicted", "no"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AssessProvider", providerAssessment());
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment", Map.of("exclusionCheck", "cleared"));
    tasks.complete(COMMITTEE, reference, "Task_DeclareApproverConflicts", Map.of("conflicted", "no"));
    tasks.complete(COMMITTEE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));

    var notice = tasks.find(PROCUREMENT_LEAD, reference, "Task_PublishAwardNotice").orElseThrow();
    assertThat(notice.get("due").asText()).startsWith("2027-01-01T00:00:00");
    var lot = lots(reference).get(0);
    assertThat(lot.get("status").asText()).isEqualTo("AWARDED");
    assertThat(lot.get("standstillEnd").isNull()).isTrue();
  }

  @Test
  void aBarredRouteIsRefusedThroughTheFormAndTheApiWithItsReasonAndNothingChanges() {
    var reference = throughBusinessCaseApproval("Plymouth urgent dental care");
    // the incumbent is not performing: direct award C is barred, the competitive process recommended
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, false, false, 0));
    var confirm = tasks.find(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute").orElseThrow();
    assertThat(variable(confirm, "recommendedRoute")).isEqualTo("competitive");
    assertThat(variable(confirm, "lotName")).isEqualTo("Lot 1: Plymouth urgent dental care");
    var barred = Map.of("confirmedRoute", "direct-award-c", "routeReason", "The incumbent has served us for years.");

    // through the form, as Tasklist submits it
    var viaForm = tasks.submit(PROCUREMENT_LEAD, confirm.get("id").asText(), barred);
    assertThat(viaForm.status()).isEqualTo(400);
    assertThat(viaForm.body().get("message").asText())
        .contains("Route cannot be direct award C for Lot 1 (Plymouth urgent dental care)",
            "not meeting its contract", "regulation 6(5)");
    assertThat(viaForm.problemFields()).containsExactly("confirmedRoute");
    // and through the engine's task API
    var viaApi = hub.post(PROCUREMENT_LEAD, "/engine-rest/task/" + confirm.get("id").asText() + "/complete",
        Map.of("variables", Map.of("confirmedRoute", Map.of("value", "direct-award-c"),
            "routeReason", Map.of("value", "The incumbent has served us for years."))));
    assertThat(viaApi.status()).isEqualTo(400);
    assertThat(viaApi.body().get("detail").asText()).contains("Route cannot be direct award C", "regulation 6(5)");
    assertThat(viaApi.problemFields()).containsExactly("confirmedRoute");

    // nothing changed: the task is open, the lot has no route, no decision was recorded, no route process started
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute")).isPresent();
    var lot = lots(reference).get(0);
    assertThat(lot.get("route").isNull()).isTrue();
    assertThat(lot.get("recommendedRoute").asText()).isEqualTo("competitive");
    assertThat(lot.get("psrAnswers").get("incumbentPerforming").asBoolean()).isFalse();
    assertThat(texts(caseOf(reference).get("decisions"), "stage")).noneMatch(stage -> stage.contains("PSR route"));
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts")).isEmpty();
  }

  @Test
  void choosingTheMostSuitableProviderOverARecommendedCompetitionNeedsAReasonWhichIsRecorded() {
    var reference = throughBusinessCaseApproval("Exeter community dental service");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, false, false, 0));
    var confirm = tasks.find(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute").orElseThrow();

    // without a reason, the most suitable provider process is refused in favour of the recommendation
    var noReason = tasks.submit(PROCUREMENT_LEAD, confirm.get("id").asText(),
        Map.of("confirmedRoute", "most-suitable-provider"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().get("message").asText()).contains("Reason for the route is required when you choose"
        + " the most suitable provider process rather than the recommended route, the competitive process");
    assertThat(noReason.problemFields()).containsExactly("routeReason");
    assertThat(lots(reference).get(0).get("route").isNull()).isTrue();

    // with one, it is accepted and recorded on the lot and as the lot's decision
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute", Map.of(
        "confirmedRoute", "most-suitable-provider", "routeReason", "A new provider was identified by the ICB."));
    var lot = lots(reference).get(0);
    assertThat(lot.get("route").asText()).isEqualTo("most-suitable-provider");
    assertThat(lot.get("routeReason").asText()).isEqualTo("A new provider was identified by the ICB.");
    assertThat(lot.get("recommendedRoute").asText()).isEqualTo("competitive");
    assertThat(lot.get("routeConfirmedBy").asText()).isEqualTo(PROCUREMENT_LEAD);
    var decision = decisionOn(reference, "Lot 1 (Exeter community dental service): PSR route decision");
    assertThat(decision.get("outcome").asText()).isEqualTo("most-suitable-provider");
    assertThat(decision.get("comment").asText()).contains("competitive", "A new provider was identified by the ICB.");
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts")).isPresent();
  }

  @Test
  void aDirectAwardToAnExcludedProviderAbandonsTheLotBeforeTheAwardIsDecided() {
    var reference = throughBusinessCaseApproval("Torbay special care dentistry");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(true, true, false, 0));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute", Map.of("confirmedRoute", "direct-award-a"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts", Map.of("conflicted", "no"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AssessProvider", providerAssessment());

    // an exclusion needs its reason
    var check = tasks.find(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment").orElseThrow();
    assertThat(tasks.submit(PROCUREMENT_LEAD, check.get("id").asText(), Map.of("exclusionCheck", "excluded")).status())
        .isEqualTo(400);
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckExclusionsAndDebarment",
        Map.of("exclusionCheck", "excluded", "exclusionReason", "On the debarment list since March 2026."));

    // the lot is abandoned: no award is decided and none made
    assertThat(tasks.find(COMMITTEE, reference, "Task_ApproveStage")).isEmpty();
    var lot = lots(reference).get(0);
    assertThat(lot.get("status").asText()).isEqualTo("ABANDONED");
    assertThat(lot.get("awardedTo").isNull()).isTrue();
    assertThat(lot.get("exclusionCheck").get("provider").asText()).isEqualTo("Dorset Smiles CIC");
    assertThat(lot.get("exclusionCheck").get("outcome").asText()).isEqualTo("excluded");
    assertThat(lot.get("exclusionCheck").get("reason").asText()).isEqualTo("On the debarment list since March 2026.");
    assertThat(caseOf(reference).get("status").asText()).isEqualTo("cancelled");
  }

  @Test
  void aPanelMemberWhoDeclaresAConflictCannotScoreTheLotAndTheDeclarationIsOnItsDecisionRecord() {
    var reference = throughBusinessCaseApproval("Bristol orthodontics");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, false, false, 0));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute", Map.of("confirmedRoute", "competitive"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_EngageMarket",
        Map.of("marketEngagementSummary", "One market event; four providers showed interest."));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_SetEvaluationCriteria", tenderPlan(40, String.join(", ", PANEL)));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_PublishTender", Map.of("tenderNoticeReference", "FTS-2026-101"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerClarificationQuestions",
        Map.of("clarificationLog", "No questions."));
    at("2026-12-16T09:00:00Z");
    hub.runDueJobs();
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_RecordBidsReceived", Map.of("biddersReceived", "Smile Dental Ltd"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_CheckBidCompliance",
        Map.of("bidCompliant", "compliant", "complianceNote", "Meets the selection criteria."));

    // no panel member sees a bid to score before declaring
    for (var evaluator : PANEL) {
      assertThat(assignedTo(evaluator, reference)).containsExactly("Task_DeclareConflictsOfInterest");
    }
    // a conflict needs the interest described
    var declaration = tasks.visibleTo("eval.two", reference).stream()
        .filter(task -> "eval.two".equals(task.path("assignee").asText())).findFirst().orElseThrow();
    var undescribed = tasks.submit("eval.two", declaration.get("id").asText(), Map.of("conflicted", "yes"));
    assertThat(undescribed.status()).isEqualTo(400);
    assertThat(undescribed.body().get("message").asText()).contains("The interest is required");

    // eval.two declares a conflict; the others none
    tasks.completeAssigned("eval.two", reference, "Task_DeclareConflictsOfInterest",
        Map.of("conflicted", "yes", "conflictInterest", "My brother is a partner at Smile Dental Ltd."));
    tasks.completeAssigned("evaluation-panel", reference, "Task_DeclareConflictsOfInterest", Map.of("conflicted", "no"));
    tasks.completeAssigned("eval.three", reference, "Task_DeclareConflictsOfInterest", Map.of("conflicted", "no"));

    // then eval.two has nothing to score and is off the lot's panel; the others score
    assertThat(assignedTo("eval.two", reference)).isEmpty();
    assertThat(assignedTo("eval.three", reference)).containsExactly("Task_ScoreBid");
    assertThat(assignedTo("evaluation-panel", reference)).containsExactly("Task_ScoreBid");

    // the procurement lead names someone to cover: not a member already on the panel, but another member
    hub.ensureUser("eval.four", "evaluation-panel");
    var replace = tasks.find(PROCUREMENT_LEAD, reference, "Task_NameReplacementPanelMember").orElseThrow();
    assertThat(variable(replace, "evaluator")).isEqualTo("eval.two");
    var already = tasks.submit(PROCUREMENT_LEAD, replace.get("id").asText(),
        Map.of("replacementPanelMember", "eval.three"));
    assertThat(already.status()).isEqualTo(400);
    assertThat(already.body().get("message").asText()).contains("eval.three is already on the panel");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_NameReplacementPanelMember",
        Map.of("replacementPanelMember", "eval.four"));
    // who declares before scoring, then scores
    assertThat(assignedTo("eval.four", reference)).containsExactly("Task_DeclareConflictsOfInterest");
    tasks.completeAssigned("eval.four", reference, "Task_DeclareConflictsOfInterest", Map.of("conflicted", "no"));
    assertThat(assignedTo("eval.four", reference)).containsExactly("Task_ScoreBid");
    // and a score in eval.two's name is refused, whoever submits it
    var lotId = ((Number) runtimeService.createVariableInstanceQuery().variableName("lotId")
        .processInstanceIdIn(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .processDefinitionKey("CompetitiveProcurementProcess").singleResult().getId())
        .singleResult().getValue()).longValue();
    var bidId = procurement.bidsOf(lotId).get(0).getId();
    var variables = Map.<String, Object>of("lotId", lotId, "bidId", bidId, "evaluator", "eval.two");
    var refused = org.assertj.core.api.Assertions.catchThrowable(() -> procurement.recordEvaluatorScores(
        new org.commissioninghub.workflow.CompletedTask(reference, "instance", "task", "Task_ScoreBid", "Score bid",
            "eval.two", java.time.Instant.now(), variables::get),
        new org.commissioninghub.procurement.ProcurementService.BidScores(5, 5, 5, 5, 5, "Top marks")));
    assertThat(refused).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eval.two declared a conflict of interest in Lot 1 (Bristol orthodontics)");
    assertThat(procurement.scoresOf(bidId)).isEmpty();

    // the declarations are on the lot's decision record
    var lot = lots(reference).get(0);
    assertThat(texts(lot.get("conflictDeclarations"), "person"))
        .containsExactlyInAnyOrder("eval.two", "evaluation-panel", "eval.three", "eval.four");
    var conflicted = new ArrayList<JsonNode>();
    lot.get("conflictDeclarations").forEach(entry -> {
      if (entry.get("conflicted").asBoolean()) {
        conflicted.add(entry);
      }
    });
    assertThat(conflicted).singleElement().satisfies(entry -> {
      assertThat(entry.get("person").asText()).isEqualTo("eval.two");
      assertThat(entry.get("capacity").asText()).isEqualTo("evaluation-panel");
      assertThat(entry.get("interest").asText()).isEqualTo("My brother is a partner at Smile Dental Ltd.");
    });
    var decision = decisionOn(reference, "Lot 1 (Bristol orthodontics): conflicts of interest", "conflicted");
    assertThat(decision.get("decidedBy").asText()).isEqualTo("eval.two");
    assertThat(decision.get("comment").asText()).contains("evaluation panel member", "Smile Dental Ltd",
        "Stood down");
  }

  @Test
  void anAssessorWhoDeclaresAConflictIsStoodDownAndAnotherProcurementLeadAssesses() {
    hub.ensureUser("sam.lead", "procurement-lead");
    var reference = throughBusinessCaseApproval("Weymouth dental access centre");
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions", psrAnswers(false, true, false, 100_000));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute", Map.of("confirmedRoute", "direct-award-c"));

    // the procurement lead declares a conflict: nobody is asked to assess, the declaration is asked again
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts",
        Map.of("conflicted", "yes", "conflictInterest", "I advised Dorset Smiles CIC last year."));
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_AssessProvider")).isEmpty();
    var again = tasks.find(PROCUREMENT_LEAD, reference, "Task_DeclareAssessorConflicts").orElseThrow();
    // a declared conflict cannot be withdrawn to take the assessment back
    var withdrawn = tasks.submit(PROCUREMENT_LEAD, again.get("id").asText(), Map.of("conflicted", "no"));
    assertThat(withdrawn.status()).isEqualTo(400);
    assertThat(withdrawn.body().get("message").asText()).contains("cannot be withdrawn");
    hub.post(PROCUREMENT_LEAD, "/engine-rest/task/" + again.get("id").asText() + "/unclaim", Map.of());

    // another procurement lead declares no conflict and the assessment is theirs
    tasks.complete("sam.lead", reference, "Task_DeclareAssessorConflicts", Map.of("conflicted", "no"));
    var assessment = tasks.find("sam.lead", reference, "Task_AssessProvider").orElseThrow();
    assertThat(assessment.get("assignee").asText()).isEqualTo("sam.lead");
    tasks.complete("sam.lead", reference, "Task_AssessProvider", providerAssessment());

    var lot = lots(reference).get(0);
    assertThat(texts(lot.get("conflictDeclarations"), "person")).containsExactly(PROCUREMENT_LEAD, "sam.lead");
    assertThat(texts(lot.get("conflictDeclarations"), "capacity")).containsOnly("assessor");
    assertThat(decisionOn(reference, "Lot 1 (Weymouth dental access centre): conflicts of interest", "conflicted")
        .get("comment").asText()).contains("assessor of the provider", "I advised Dorset Smiles CIC last year.");
  }

  @Test
  void twoLotsWithDifferentIncumbentsTakeDifferentRoutesInOneCase() {
    var reference = throughBusinessCaseApproval("Devon urgent care", DentalFormAnswers.lotDesign());

    // the three lots' questions are answered each for its own incumbent
    answerFor(reference, "Lot 1: North Devon urgent care", psrAnswers(false, true, false, 100_000));
    answerFor(reference, "Lot 2: South Devon urgent care", psrAnswers(false, false, false, 0));
    var materiallyDifferent = new java.util.HashMap<String, Object>(psrAnswers(false, true, false, 0));
    materiallyDifferent.put("materiallyDifferentInCharacter", "yes");
    answerFor(reference, "Lot 3: Cornwall orthodontics", materiallyDifferent);

    // each lot has its own recommendation
    var lots = lots(reference);
    assertThat(texts(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(lots), "recommendedRoute"))
        .containsExactly("direct-award-c", "competitive", "competitive");
    assertThat(lots.get(2).get("considerableChange").asBoolean()).isTrue();

    // the materially different lot cannot be directly awarded even with no change in value
    var cornwall = taskFor(reference, "Task_ConfirmProcurementRoute", "Lot 3: Cornwall orthodontics");
    var refused = tasks.submit(PROCUREMENT_LEAD, cornwall.get("id").asText(),
        Map.of("confirmedRoute", "direct-award-c", "routeReason", "No change in value."));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("materially different in character");

    // each recommendation is confirmed: lot 1 is directly awarded, lots 2 and 3 competed
    for (var lotName : List.of("Lot 1: North Devon urgent care", "Lot 2: South Devon urgent care",
        "Lot 3: Cornwall orthodontics")) {
      var task = taskFor(reference, "Task_ConfirmProcurementRoute", lotName);
      var route = variable(task, "recommendedRoute");
      assertThat(tasks.submit(PROCUREMENT_LEAD, task.get("id").asText(), Map.of("confirmedRoute", route)).status())
          .isEqualTo(204);
      hub.runDueJobs();
    }
    lots = lots(reference);
    assertThat(texts(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(lots), "route"))
        .containsExactly("direct-award-c", "competitive", "competitive");
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("procurement");
    assertThat(tasks.visibleTo(PROCUREMENT_LEAD, reference)).extracting(task -> task.path("taskDefinitionKey").asText())
        .containsExactlyInAnyOrder("Task_DeclareAssessorConflicts", "Task_EngageMarket", "Task_EngageMarket");
  }

  /** The kinds of open task assigned to the user on the case. */
  List<String> assignedTo(String user, String reference) {
    return tasks.visibleTo(user, reference).stream().filter(task -> user.equals(task.path("assignee").asText()))
        .map(task -> task.path("taskDefinitionKey").asText()).toList();
  }

  void answerFor(String reference, String lotName, Map<String, ?> answers) {
    var task = taskFor(reference, "Task_AnswerPsrQuestions", lotName);
    var response = tasks.submit(PROCUREMENT_LEAD, task.get("id").asText(), answers);
    assertThat(response.status()).as("submit " + response.body()).isEqualTo(204);
    hub.runDueJobs();
  }

  /** The procurement lead's task of one lot, found by the lot its form shows. */
  JsonNode taskFor(String reference, String taskDefinitionKey, String lotName) {
    return tasks.visibleTo(PROCUREMENT_LEAD, reference).stream()
        .filter(task -> task.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .filter(task -> lotName.equals(variable(task, "lotName")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskDefinitionKey + " for " + lotName));
  }

  JsonNode decisionOn(String reference, String stage) {
    return decisionOn(reference, stage, null);
  }

  JsonNode decisionOn(String reference, String stage, String outcome) {
    for (var decision : hub.get(PROCUREMENT_LEAD, "/api/cases/" + reference).body().get("decisions")) {
      if (decision.path("stage").asText().equals(stage)
          && (outcome == null || decision.path("outcome").asText().equals(outcome))) {
        return decision;
      }
    }
    throw new AssertionError("no decision " + stage + " on " + reference);
  }

  // --- steps shared by every journey ---------------------------------------------------------

  String throughBusinessCaseApproval(String title) {
    return throughBusinessCaseApproval(title, DentalFormAnswers.oneLot(title, "orthodontic", null, 9_000));
  }

  String throughBusinessCaseApproval(String title, Map<String, Object> lotDesign) {
    var response = hub.post(COMMISSIONING_MANAGER, "/api/cases", Map.of(
        "programme", "dental-procurement", "title", title,
        "details", Map.of("trigger", "contract-ending", "area", "South West", "currentContractEndDate", "2027-09-30")));
    assertThat(response.status()).isEqualTo(201);
    var reference = response.body().get("reference").asText();
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds",
        Map.of("needsSummary", "The contract ends and access must continue.", "populationCovered", 560_000,
            "accessGapIdentified", false, "needsOutcome", "procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign);
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase",
        Map.of("annualContractValue", 1_000_000, "termYears", 5, "extensionYears", 2,
            "businessCaseSummary", "Recommission the service for five years with a two-year extension."));
    tasks.complete(FINANCE_LEAD, reference, "Task_CheckAffordability",
        Map.of("financeOutcome", "affordable", "financeComments", "Within the dental allocation."));
    var approval = tasks.find(HEAD_OF_PRIMARY_CARE, reference, "Task_ApproveStage").orElseThrow();
    assertThat(variable(approval, "stage")).isEqualTo("Business case approval");
    var noReason = tasks.submit(HEAD_OF_PRIMARY_CARE, approval.get("id").asText(), Map.of("approvalOutcome", "rejected"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().get("message").asText()).contains("Reason or comments is required");
    tasks.complete(HEAD_OF_PRIMARY_CARE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("psr-route");
    return reference;
  }

  /** The awarded lot becomes a contract: mobilised, handed over, and in its first contract year. */
  void mobiliseAndHandOver(String reference) {
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("mobilisation");
    tasks.complete(CONTRACT_MANAGER, reference, "Task_ConfirmPremises", Map.of("premisesAddress", "1 High Street, Truro"));
    tasks.complete(DENTAL_ADVISER, reference, "Task_CheckPerformerList",
        Map.of("performersChecked", "A. Dentist GDC 123456", "performerListCheckedOn", "2027-01-05"));
    tasks.complete(CONTRACT_MANAGER, reference, "Task_ConfirmCqcRegistration", Map.of("cqcProviderId", "1-101234567"));
    tasks.complete(CONTRACT_MANAGER, reference, "Task_SetUpNhsbsaContract", Map.of("nhsbsaContractNumber", "123/4567",
        "annualContractValue", 1_000_000, "termYears", 1));
    // the four run in parallel: each answer is recorded as the person who gave it
    var actorBySummary = new java.util.HashMap<String, String>();
    caseOf(reference).get("events").forEach(event ->
        actorBySummary.put(event.get("summary").asText(), event.get("actor").asText()));
    assertThat(actorBySummary).containsEntry(taskOfLot("Check performer list", reference) + " completed", DENTAL_ADVISER)
        .containsEntry(taskOfLot("Confirm premises", reference) + " completed", CONTRACT_MANAGER);
    tasks.complete(CONTRACT_MANAGER, reference, "Task_HandOverToContractManagement",
        Map.of("contractStartDate", "2027-04-01", "handoverNotes", "Mid-year review in October."));
    var inContractManagement = caseOf(reference);
    assertThat(inContractManagement.get("status").asText()).isEqualTo("open");
    assertThat(inContractManagement.get("currentStage").asText()).isEqualTo("contract-management");
  }

  /** The one-year contract runs its year, is reconciled, and ends without a new procurement. */
  void runTheContractToTheEndOfItsTerm(String reference) {
    at("2027-10-02T08:00:00Z");
    hub.runDueJobs();
    tasks.complete(CONTRACT_MANAGER, reference, "Task_ReviewMidYearDelivery",
        Map.of("deliveredToDate", 4_400, "contractConcern", "no"));
    at("2028-04-02T08:00:00Z");
    hub.runDueJobs();
    tasks.complete(CONTRACT_MANAGER, reference, "Task_ReconcileYearEndDelivery",
        Map.of("deliveredUnits", 9_000, "variationProposal", "no"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DecideWhetherToProcureAgain",
        Map.of("recommissioning", "no", "recommissioningNotes", "Orthodontics move into the county-wide contract."));
    hub.runDueJobs();
  }

  static Map<String, Object> psrAnswers(boolean onlyOneCapableProvider, boolean incumbentPerforming,
      boolean mostSuitableProviderIdentifiable, int changeValue) {
    return Map.of("newService", "no", "onlyOneCapableProvider", yesNo(onlyOneCapableProvider),
        "patientChoiceAllQualifying", "no", "incumbentPerforming", yesNo(incumbentPerforming),
        "materiallyDifferentInCharacter", "no", "mostSuitableProviderIdentifiable", yesNo(mostSuitableProviderIdentifiable),
        "existingValue", 1_000_000, "changeValue", changeValue);
  }

  static String yesNo(boolean answer) {
    return answer ? "yes" : "no";
  }

  static Map<String, Object> tenderPlan(int qualityWeight, String panel) {
    return Map.of("specificationSummary", "Orthodontic treatment for under-18s across the county.",
        "weightQuality", qualityWeight, "weightValue", 30, "weightIntegration", 10, "weightAccess", 10,
        "weightSocialValue", 10, "evaluationPanel", panel,
        "clarificationDeadline", "2026-12-08", "tenderDeadline", "2026-12-15");
  }

  static Map<String, Object> scores(int quality, int value, int integration, int access, int socialValue,
      String comment) {
    return Map.of("scoreQuality", quality, "scoreValue", value, "scoreIntegration", integration,
        "scoreAccess", access, "scoreSocialValue", socialValue, "scoreComment", comment);
  }

  static Map<String, Object> providerAssessment() {
    return Map.of("providerName", "Dorset Smiles CIC",
        "providerAssessment", "Meets the key criteria: quality good, value assured, integrated with local services.",
        "conflictsOfInterest", "None declared", "decisionMakers", "Head of Primary Care; committee");
  }

  String variable(JsonNode task, String name) {
    var response = hub.get(PROCUREMENT_LEAD.equals(task.path("assignee").asText()) ? PROCUREMENT_LEAD : "demo",
        "/engine-rest/task/" + task.get("id").asText() + "/form-variables?variableNames=" + name);
    return response.body().path(name).path("value").asText();
  }

  /** A task's name for the case's awarded lot: "Confirm premises — Lot 1: Cornwall orthodontics". */
  String taskOfLot(String taskName, String reference) {
    var awarded = lots(reference).stream().filter(lot -> lot.path("status").asText().equals("AWARDED")).findFirst()
        .orElseThrow();
    return taskName + " — Lot " + awarded.path("lotNumber").asInt() + ": " + awarded.path("name").asText();
  }

  /** The lots as the procurement lead reads them: with their bids and scores. */
  List<JsonNode> lots(String reference) {
    var response = hub.get(PROCUREMENT_LEAD, "/api/cases/" + reference + "/lots");
    assertThat(response.status()).isEqualTo(200);
    var lots = new ArrayList<JsonNode>();
    response.body().forEach(lots::add);
    return lots;
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(PROGRAMME_MANAGER, reference);
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }
}
