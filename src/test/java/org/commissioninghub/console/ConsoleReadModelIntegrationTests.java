package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's read model kept by the real processes, on a moved clock: each stage a case passes
 * through is a visit with its duration, a case's end gives its cycle time, an approval its
 * turnaround, and the open tasks count by role.
 */
@IntegrationTest
class ConsoleReadModelIntegrationTests {

  static final Instant OPENED = Instant.parse("2026-02-02T09:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  @Autowired
  HubClient hub;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConsoleService console;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  private void at(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }

  private String open(String title, String ics) {
    at(OPENED);
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "integratedCareSystem", ics, "details", Map.of("trigger", "access-gap", "area", "Exeter")))
        .body().get("reference").asText();
    hub.runDueJobs();
    return reference;
  }

  @Test
  void eachStageACasePassesThroughIsAVisitWithItsDurationAndItsEndGivesTheCycleTime() {
    var reference = open("Read model: Exeter urgent care", "Read model ICS");
    at(OPENED.plus(DAY.multipliedBy(3)));
    new Tasks(hub).complete("commissioning-manager", reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("no-procurement"));
    hub.runDueJobs();

    var visits = jdbc.queryForList("SELECT v.stage, v.seconds, v.left_at FROM case_stage_visit v"
        + " JOIN commissioning_case c ON c.id = v.case_id WHERE c.reference = ? ORDER BY v.entered_at, v.id", reference);
    assertThat(visits).hasSize(2);
    assertThat(visits.get(0).get("STAGE")).isEqualTo("needs-assessment");
    assertThat(((Number) visits.get(0).get("SECONDS")).longValue()).isEqualTo(DAY.multipliedBy(3).toSeconds());
    assertThat(visits.get(1).get("STAGE")).isEqualTo("not-needed");
    var ended = jdbc.queryForMap("SELECT status, cycle_seconds FROM commissioning_case WHERE reference = ?", reference);
    assertThat(ended.get("STATUS")).isEqualTo("CLOSED");
    assertThat(((Number) ended.get("CYCLE_SECONDS")).longValue()).isEqualTo(DAY.multipliedBy(3).toSeconds());
  }

  @Test
  void anApprovalKeepsWhenItWasAskedForAndHowLongTheDecisionTook() {
    var reference = open("Read model: Exmouth urgent care", "Read model approvals ICS");
    var tasks = new Tasks(hub);
    tasks.completeUpToBusinessCaseApproval(reference);
    hub.runDueJobs();
    at(OPENED.plus(DAY.multipliedBy(2)));
    tasks.complete("head-of-primary-care", reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));

    var decision = jdbc.queryForMap("SELECT d.channel, d.requested_at, d.turnaround_seconds FROM case_decision d"
        + " JOIN commissioning_case c ON c.id = d.case_id WHERE c.reference = ? AND d.turnaround_seconds IS NOT NULL",
        reference);
    assertThat(decision.get("CHANNEL")).isEqualTo("TASKLIST");
    assertThat(((Number) decision.get("TURNAROUND_SECONDS")).longValue()).isEqualTo(DAY.multipliedBy(2).toSeconds());
    var turnaround = console.dashboard(new Viewer("programme-lead", Set.of("programme-lead")),
            new ConsoleFilter(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "Read model approvals ICS", null))
        .table("approval-turnaround").orElseThrow();
    assertThat(ConsoleKpiIntegrationTests.shown(turnaround))
        .contains("Dental procurement | Tasklist | 1 | 2.0 days | 2.0 days");
  }

  @Test
  void openTasksCountByTheRoleTheyAreOfferedToWithinWhatTheViewerSees() {
    open("Read model: Budleigh urgent care", "Read model tasks ICS");
    var filter = new ConsoleFilter(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "Read model tasks ICS", null);

    var forLead = console.dashboard(new Viewer("programme-lead", Set.of("programme-lead")), filter);
    var forOutsider = console.dashboard(new Viewer("hr-lead", Set.of("hr-lead")), filter);

    assertThat(ConsoleKpiIntegrationTests.shown(forLead.table("tasks-by-role").orElseThrow()))
        .containsExactly("Commissioning manager | 1 | 0");
    assertThat(forOutsider.table("tasks-by-role").orElseThrow().rows()).isEmpty();
  }

  @Test
  void aDentalCasesDeadlineIsWhenItsCurrentContractEndsAndFollowsACorrection() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Read model: Dawlish urgent care", "details", Map.of("trigger", "contract-ending", "area", "Dawlish",
            "currentContractEndDate", "2027-03-31"))).body().get("reference").asText();
    assertThat(deadline(reference)).isEqualTo(LocalDate.of(2027, 3, 31));

    assertThat(hub.send("commissioning-manager", "PATCH", "/api/cases/" + reference,
        Map.of("details", Map.of("currentContractEndDate", "2027-06-30"))).status()).isEqualTo(204);

    assertThat(deadline(reference)).isEqualTo(LocalDate.of(2027, 6, 30));
  }

  private LocalDate deadline(String reference) {
    return jdbc.queryForObject("SELECT deadline FROM commissioning_case WHERE reference = ?", LocalDate.class,
        reference);
  }
}
