package org.commissioninghub.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business case approval of a dental procurement: due dates, reminder and escalation, for real. */
@IntegrationTest
class StageApprovalIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  MeterRegistry registry;

  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    // Thursday 26 March 2027: Good Friday and Easter Monday fall within the five working days.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-25T10:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  String caseAwaitingApproval() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Wiltshire special care dental", "details", Map.of("trigger", "access-gap", "area", "Wiltshire")))
        .body().get("reference").asText();
    tasks.completeUpToBusinessCaseApproval(reference);
    return reference;
  }

  List<String> eventTypes(String reference) {
    var types = new ArrayList<String>();
    hub.get("programme-manager", "/api/cases/" + reference).body().get("events")
        .forEach(event -> types.add(event.get("type").asText()));
    return types;
  }

  @Test
  void theApprovalIsDueAfterFiveWorkingDaysSkippingEaster() {
    var reference = caseAwaitingApproval();

    JsonNode approval = tasks.find("head-of-primary-care", reference, "Task_ApproveStage").orElseThrow();

    // Fri 26 Mar (Good Friday), the weekend and Mon 29 Mar (Easter Monday) do not count: due by the
    // end of Monday 5 April, midnight in London (23:00 UTC in summer time)
    assertThat(approval.get("due").asText()).startsWith("2027-04-05T23:00:00");
    assertThat(eventTypes(reference)).contains("APPROVAL_REQUESTED");
  }

  @Test
  void aReminderGoesBeforeTheDueDateAndTheApprovalEscalatesAfterIt() {
    var reference = caseAwaitingApproval();
    assertThat(tasks.visibleTo("director-of-primary-care", reference)).isEmpty();

    // not yet on Wednesday 31 March
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-31T09:30:00Z")));
    hub.runDueJobs();
    assertThat(eventTypes(reference)).doesNotContain("APPROVAL_REMINDER");

    // two working days before the last day, at 9 in the morning, the approver is reminded
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-01T08:30:00Z")));
    hub.runDueJobs();
    assertThat(eventTypes(reference)).contains("APPROVAL_REMINDER").doesNotContain("APPROVAL_ESCALATED");

    // past the due date, the senior role is brought in as well
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-06T08:00:00Z")));
    hub.runDueJobs();
    assertThat(eventTypes(reference)).contains("APPROVAL_ESCALATED");
    assertThat(tasks.find("director-of-primary-care", reference, "Task_ApproveStage")).isPresent();

    // the director decides; the decision is recorded with who and how
    tasks.complete("director-of-primary-care", reference, "Task_ApproveStage",
        Map.of("approvalOutcome", "changes-requested", "approvalComment", "Add the paediatric pathway."));
    var decisions = hub.get("programme-manager", "/api/cases/" + reference).body().get("decisions");
    var last = decisions.get(decisions.size() - 1);
    assertThat(last.get("stage").asText()).isEqualTo("Business case approval");
    assertThat(last.get("outcome").asText()).isEqualTo("changes-requested");
    assertThat(last.get("decidedBy").asText()).isEqualTo("director-of-primary-care");
    assertThat(last.get("comment").asText()).isEqualTo("Add the paediatric pathway.");
    assertThat(tasks.find("programme-manager", reference, "Task_PrepareBusinessCase")).isPresent();
  }

  @Test
  void aRejectedBusinessCaseCancelsTheCase() {
    var reference = caseAwaitingApproval();

    tasks.complete("head-of-primary-care", reference, "Task_ApproveStage",
        Map.of("approvalOutcome", "rejected", "approvalComment", "Not a priority this year."));

    var cancelled = hub.get("programme-manager", "/api/cases/" + reference).body();
    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.get("currentStage").asText()).isEqualTo("stopped");
  }

  @Test
  void anApprovalInTasklistIsTimedFromRequestToDecision() {
    var reference = caseAwaitingApproval();
    var before = turnaround("tasklist");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-29T10:00:00Z")));
    tasks.complete("head-of-primary-care", reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));

    var after = turnaround("tasklist");
    assertThat(after.count()).isEqualTo(before.count() + 1);
    // asked on Thursday 25 March at 10:00, decided on Monday 29 March at 10:00
    assertThat(after.hours() - before.hours()).isCloseTo(96.0, within(0.1));
  }

  /** How many approvals of a dental procurement the channel has timed, and their hours in all. */
  record Turnaround(long count, double hours) {}

  private Turnaround turnaround(String channel) {
    Timer timer = registry.find(ApprovalMetrics.TURNAROUND)
        .tags("programme", "dental-procurement", "channel", channel, "outcome", "approved").timer();
    return timer == null ? new Turnaround(0, 0) : new Turnaround(timer.count(), timer.totalTime(TimeUnit.HOURS));
  }
}
