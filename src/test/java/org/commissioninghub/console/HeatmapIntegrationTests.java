package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A programme's heat map counts the cases waiting at each step of its process and how long each
 * step took when it ended in the period, from the engine's history, within the cases the viewer
 * may see. Durations are known to the second: the engine's clock is set at each step
 * ({@link HeatmapDataSet}).
 */
@IntegrationTest
class HeatmapIntegrationTests {

  private static final String HEATMAP = "/console/heatmaps/dental-procurement";

  @Autowired
  HubClient hub;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachStepCountsTheCasesWaitingThereAndTheMedianAndNinetiethPercentileOfTheStepsEndedInThePeriod() {
    var cases = HeatmapDataSet.open(hub);

    var figures = activities("programme-lead", cases.query());

    assertThat(figures.get("programme").asText()).isEqualTo("dental-procurement");
    var assess = activity(figures, "Task_AssessOralHealthNeeds");
    assertThat(assess.get("name").asText()).isEqualTo("Assess oral health needs");
    assertThat(assess.get("type").asText()).isEqualTo("userTask");
    assertThat(assess.get("waiting").asLong()).isEqualTo(1);
    assertThat(assess.get("completed").asLong()).isEqualTo(3);
    // 1 day, 2.5 days and 3 days: the median is the middle one; the 90th percentile lies 0.8 of the
    // way from the second to the third (continuous): 216,000 + 0.8 × 43,200 s
    assertThat(assess.get("medianSeconds").asDouble()).isEqualTo(216_000.0);
    assertThat(assess.get("median").asText()).isEqualTo("2 days 12 hours");
    assertThat(assess.get("p90Seconds").asDouble()).isEqualTo(250_560.0);
    assertThat(assess.get("p90").asText()).isEqualTo("2 days 22 hours");
    assertThat(assess.get("band").asText()).isEqualTo("UNDER_A_WEEK");

    var design = activity(figures, "Task_DesignLots");
    assertThat(design.get("waiting").asLong()).isEqualTo(3);
    assertThat(design.get("completed").asLong()).isZero();
    assertThat(design.get("medianSeconds").isNull()).isTrue();
    assertThat(design.get("band").asText()).isEqualTo("NONE");
  }

  @Test
  void onlyTheStepsACaseCanWaitInOfTheProgrammesOwnProcessAreListed() {
    var ids = new ArrayList<String>();
    activities("programme-lead", "").get("activities").forEach(activity -> ids.add(activity.get("id").asText()));

    assertThat(ids).contains("Task_AssessOralHealthNeeds", "ServiceTask_CloseCase", "CallActivity_ApproveBusinessCase",
        "SubProcess_ProcureEachLot", "Task_AnswerPsrQuestions", "CallActivity_ManageEachContract");
    assertThat(ids).doesNotContain("StartEvent_ProcurementTriggered", "Gateway_IsProcurementNeeded",
        "EndEvent_ProcurementNotNeeded", "BusinessRuleTask_DecidePsrRoute");
    // what a called process does (a stage approval, a competitive procurement) is its call activity's time
    assertThat(ids).doesNotContain("Task_ApproveStage", "Task_EngageMarket");
    assertThat(ids).hasSize(16).doesNotHaveDuplicates();
    // in the order a case meets them
    assertThat(ids.subList(0, 3)).containsExactly("Task_AssessOralHealthNeeds", "Task_DesignLots", "ServiceTask_CloseCase");
    assertThat(ids.indexOf("Task_AnswerPsrQuestions")).isGreaterThan(ids.indexOf("SubProcess_ProcureEachLot"));
  }

  @Test
  void stepsThatEndedOutsideThePeriodAreNotTimedButCasesWaitingNowAreCounted() {
    var cases = HeatmapDataSet.open(hub);

    var april = activities("programme-lead", "?from=01/04/2026&to=30/04/2026&commissioner="
        + cases.commissioner().replace(' ', '+'));

    var assess = activity(april, "Task_AssessOralHealthNeeds");
    assertThat(assess.get("completed").asLong()).isZero();
    assertThat(assess.get("waiting").asLong()).isEqualTo(1);
    assertThat(activity(april, "Task_DesignLots").get("waiting").asLong()).isEqualTo(3);
  }

  @Test
  void someoneWhoWorksNoDentalCaseSeesNoFiguresOfThemAndALeadSeesThemAll() {
    var cases = HeatmapDataSet.open(hub);

    var hrLead = activities("hr-lead", cases.query());
    hrLead.get("activities").forEach(activity -> {
      assertThat(activity.get("waiting").asLong()).as(activity.get("id").asText()).isZero();
      assertThat(activity.get("completed").asLong()).as(activity.get("id").asText()).isZero();
    });
    assertThat(activity(activities("programme-lead", cases.query()), "Task_DesignLots").get("waiting").asLong())
        .isEqualTo(3);
    assertThat(activity(activities("commissioning-manager", cases.query()), "Task_DesignLots").get("waiting").asLong())
        .isEqualTo(3);

    var page = PageSession.signIn(hub.baseUrl(), "hr-lead").get(HEATMAP + "/activities/Task_DesignLots" + cases.query());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("No case you may see is waiting here now.").doesNotContain(cases.notAssessed());
  }

  @Test
  void aLeadWhoSeesEveryCaseGetsTheSameFiguresWithoutJoiningTheCasesAsAWorkerOfTheProgrammeWithTheJoin() {
    HeatmapDataSet.open(hub);

    // the lead's query of ended steps skips the join to the cases; the commissioning manager's,
    // who sees every dental case through their role, makes it: the figures must agree
    assertThat(activities("programme-lead", "").get("activities"))
        .isEqualTo(activities("commissioning-manager", "").get("activities"));
  }

  @Test
  void theCasesWaitingAtAStepAreListedLongestWaitingFirstWithSinceWhenAndHowLong() {
    var cases = HeatmapDataSet.open(hub);

    var page = PageSession.signIn(hub.baseUrl(), "programme-lead")
        .get(HEATMAP + "/activities/Task_DesignLots" + cases.query());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Cases waiting at Design lots", "3 cases you may see are waiting here now");
    var rows = rows(page.body());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).contains("/cases/" + cases.assessedAfterOneDay(), "Exeter urgent dental care",
        "3 March 2026", "4 days");
    assertThat(rows.get(1)).contains("/cases/" + cases.assessedAfterTwoAndAHalfDays(), "4 March 2026",
        "2 days 12 hours");
    assertThat(rows.get(2)).contains("/cases/" + cases.assessedAfterThreeDays(), "5 March 2026", ">2 days<");
    assertThat(page.body()).doesNotContain(cases.notAssessed());

    var csv = PageSession.signIn(hub.baseUrl(), "programme-lead")
        .get(HEATMAP + "/activities/Task_DesignLots/cases.csv" + cases.query());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFFCase,Title,Waiting since,Days waiting\r\n" + cases.assessedAfterOneDay()
        + ",Exeter urgent dental care,2026-03-03,4.0\r\n");
  }

  @Test
  void thePageDrawsTheDiagramAndHoldsTheSameFiguresAsATableAndAsCsv() {
    var cases = HeatmapDataSet.open(hub);
    var session = PageSession.signIn(hub.baseUrl(), "programme-lead");

    var page = session.get(HEATMAP + cases.query());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Dental procurement heat map", "id=\"heatmap-diagram\"",
        "/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js", "/js/heatmap.js",
        "data-activity-id=\"Task_DesignLots\"", "2 days 12 hours", "2 days 22 hours");

    var diagram = hub.getText("programme-lead", HEATMAP + "/diagram.bpmn");
    assertThat(diagram.statusCode()).isEqualTo(200);
    assertThat(diagram.body()).contains("<bpmn:process id=\"DentalProcurementProcess\"");

    var csv = hub.getText("programme-lead", HEATMAP + "/activities.csv" + cases.query());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    var lines = csv.body().replace("\uFEFF", "").split("\r\n");
    assertThat(lines[0]).isEqualTo("Step,Waiting now,Ended in the period,Median (days),90th percentile (days)");
    assertThat(lines).contains("Assess oral health needs,1,3,2.5,2.9", "Design lots,3,0,,");
  }

  @Test
  void theHeatMapPageAloneMayFetchFromTheHubAndOtherPagesKeepTheirPolicy() {
    var heatmap = hub.getText("programme-lead", HEATMAP);
    var console = hub.getText("programme-lead", "/console");
    var cases = hub.getText("programme-lead", HEATMAP + "/activities/Task_DesignLots");

    assertThat(heatmap.headers().allValues("Content-Security-Policy")).singleElement().asString()
        .contains("connect-src 'self'", "script-src 'self'", "style-src 'self'");
    assertThat(console.headers().allValues("Content-Security-Policy")).singleElement().asString()
        .doesNotContain("connect-src");
    assertThat(cases.headers().allValues("Content-Security-Policy")).singleElement().asString()
        .doesNotContain("connect-src");
  }

  @Test
  void anUnknownProgrammeOrAnUnknownStepIsNotFound() {
    var session = PageSession.signIn(hub.baseUrl(), "programme-lead");

    assertThat(session.get("/console/heatmaps/orthodontics").status()).isEqualTo(404);
    assertThat(session.get(HEATMAP + "/activities/Gateway_IsProcurementNeeded").status()).isEqualTo(404);
    assertThat(hub.get("programme-lead", "/console/heatmaps/orthodontics/activities.json").status()).isEqualTo(404);
    assertThat(hub.get("programme-lead", "/console/heatmaps/orthodontics/diagram.bpmn").status())
        .isEqualTo(404);
  }

  @Test
  void anAnonymousVisitorIsSentToSignIn() {
    var anonymous = PageSession.anonymous(hub.baseUrl());

    for (var path : List.of(HEATMAP, HEATMAP + "/activities.json", HEATMAP + "/diagram.bpmn",
        HEATMAP + "/activities/Task_DesignLots")) {
      var page = anonymous.get(path);
      assertThat(page.status()).as(path).isEqualTo(302);
      assertThat(page.location()).as(path).endsWith("/sign-in");
    }
  }

  @Test
  void aPeriodThatIsNotADateIsRefused() {
    var session = PageSession.signIn(hub.baseUrl(), "programme-lead");

    var page = session.get(HEATMAP + "?from=yesterday");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("The first day must be a real date");
    for (var download : List.of("/activities.json", "/activities.csv")) {
      var refused = hub.get("programme-lead", HEATMAP + download + "?from=yesterday&to=31/02/2026");
      assertThat(refused.status()).as(download).isEqualTo(400);
      assertThat(refused.body().path("errors").findValuesAsText("field")).as(download)
          .containsExactlyInAnyOrder("from", "to");
    }
  }

  private JsonNode activities(String user, String query) {
    var response = hub.get(user, HEATMAP + "/activities.json" + query);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode activity(JsonNode figures, String id) {
    for (var activity : figures.get("activities")) {
      if (activity.get("id").asText().equals(id)) {
        return activity;
      }
    }
    throw new AssertionError("no activity " + id + " in " + figures);
  }

  /** The body rows of the page's table of cases, each as its HTML. */
  private static List<String> rows(String html) {
    var body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
    var rows = new ArrayList<String>();
    for (var row : body.split("<tr")) {
      if (row.contains("</td>")) {
        rows.add(row);
      }
    }
    return rows;
  }
}
