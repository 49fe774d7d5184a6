package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.identity.Role;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases in Prometheus: counts by programme, stage and status, and how long stages and whole cases take. */
@IntegrationTest
class CaseMetricsIntegrationTests {

  private static final String MANAGER = "commissioning-manager";
  private static final String SCRAPER = "prometheus-scraper";

  @Autowired
  HubClient hub;

  @Autowired
  CaseMetrics caseMetrics;

  @Autowired
  CaseStore caseStore;

  @Autowired
  MeterRegistry registry;

  @Autowired
  TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void prometheusCountsOpenCasesByProgrammeStageAndStatus() {
    hub.ensureUser(SCRAPER, Role.METRICS_READERS_GROUP);
    caseMetrics.refresh();
    var before = scrapedCases("dental-procurement", "needs-assessment", "open");

    openCase("Cornwall orthodontics");
    openCase("Devon orthodontics");
    caseMetrics.refresh();

    assertThat(scrapedCases("dental-procurement", "needs-assessment", "open")).isEqualTo(before + 2);
  }

  @Test
  void leavingAStageRecordsHowLongTheCaseSpentThere() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T09:00:00Z")));
    var reference = openCase("Somerset urgent dental care");
    var needsAssessment = stageTimer("needs-assessment");
    var countBefore = count(needsAssessment);
    var secondsBefore = seconds(needsAssessment);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-07T15:00:00Z")));
    caseStore.moveToStage(reference, "lot-design", MANAGER);

    assertThat(count(stageTimer("needs-assessment"))).isEqualTo(countBefore + 1);
    assertThat(seconds(stageTimer("needs-assessment")) - secondsBefore)
        .isEqualTo(Duration.ofDays(3).plusHours(6).toSeconds(), org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void aStageChangeRolledBackRecordsNothing() {
    var reference = openCase("Dorset special care dental");
    var countBefore = count(stageTimer("needs-assessment"));

    transactions.executeWithoutResult(status -> {
      caseStore.moveToStage(reference, "lot-design", MANAGER);
      status.setRollbackOnly();
    });

    assertThat(count(stageTimer("needs-assessment"))).isEqualTo(countBefore);
    assertThat(caseStore.get(reference).getCurrentStage()).isEqualTo("needs-assessment");
  }

  @Test
  void endingACaseRecordsItsCycleTimeAndItsLastStage() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T09:00:00Z")));
    var reference = openCase("Bristol community dental");
    var cycle = registry.find(CaseMetrics.CYCLE_DURATION)
        .tags("programme", "dental-procurement", "status", "cancelled").timer();
    var cyclesBefore = count(cycle);
    var stageBefore = count(stageTimer("needs-assessment"));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-11T09:00:00Z")));
    caseStore.end(reference, CaseStatus.CANCELLED, "Merged into the county procurement", MANAGER);

    cycle = registry.find(CaseMetrics.CYCLE_DURATION)
        .tags("programme", "dental-procurement", "status", "cancelled").timer();
    assertThat(count(cycle)).isEqualTo(cyclesBefore + 1);
    assertThat(cycle.max(TimeUnit.DAYS)).isGreaterThanOrEqualTo(10.0);
    assertThat(count(stageTimer("needs-assessment"))).isEqualTo(stageBefore + 1);
  }

  @Test
  void onlyAdministratorsAndMetricsReadersMayScrapeAndReadersNothingElse() {
    hub.ensureUser(SCRAPER, Role.METRICS_READERS_GROUP);

    assertThat(hub.getText(SCRAPER, "/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(hub.getText("demo", "/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(hub.getText(MANAGER, "/actuator/prometheus").statusCode()).isEqualTo(403);
    assertThat(hub.getText(null, "/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(hub.getText(SCRAPER, "/actuator/metrics").statusCode()).isEqualTo(403);
    assertThat(hub.get(SCRAPER, "/admin/outbox").status()).isEqualTo(403);
    assertThat(hub.get(SCRAPER, "/api/cases").body().get("content")).isEmpty();
  }

  private String openCase(String title) {
    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement", "title", title,
        "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return response.body().get("reference").asText();
  }

  private double scrapedCases(String programme, String stage, String status) {
    var scrape = hub.getText(SCRAPER, "/actuator/prometheus");
    assertThat(scrape.statusCode()).isEqualTo(200);
    var line = Pattern.compile("^hub_cases\\{programme=\"" + programme + "\",stage=\"" + stage + "\",status=\""
        + status + "\"} (\\S+)$", Pattern.MULTILINE).matcher(scrape.body());
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }

  private Timer stageTimer(String stage) {
    return registry.find(CaseMetrics.STAGE_DURATION).tags("programme", "dental-procurement", "stage", stage).timer();
  }

  private static long count(Timer timer) {
    return timer == null ? 0 : timer.count();
  }

  private static double seconds(Timer timer) {
    return timer == null ? 0 : timer.totalTime(TimeUnit.SECONDS);
  }
}
