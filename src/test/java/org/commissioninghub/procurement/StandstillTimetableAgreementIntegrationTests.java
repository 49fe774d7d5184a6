package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The standstill a lot's process holds is the one the timetable gives commissioners to plan with,
 * over Christmas, Easter and the May bank holidays, in GMT and in BST: the same last moment for
 * representations, and the award waits until it has passed.
 */
@IntegrationTest
class StandstillTimetableAgreementIntegrationTests {

  private static final String LEAD = "procurement-lead";
  private static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @Autowired
  HistoryService history;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "notice published {0}")
  @CsvSource({
      // Christmas and New Year, in GMT
      "2026-12-17T10:00:00Z, 2026-12-17",
      // Easter, the clocks going forward on the Sunday between
      "2027-03-24T10:00:00Z, 2027-03-24",
      // the early May bank holiday, in BST (11:00 in London)
      "2027-04-30T10:00:00Z, 2027-04-30",
      // the spring bank holiday at the end of May, published late in the evening in BST
      "2027-05-27T21:30:00Z, 2027-05-27",
  })
  void theProcessHoldsTheStandstillTheTimetableGives(Instant publishedAt, String publishedOn) {
    var standstill = startStandstill(publishedAt);
    var representationsUntil = timetableEnd(publishedOn);

    assertThat(timerDue(standstill)).isEqualTo(representationsUntil);
    assertThat(lot(standstill).get("standstillEnd").asText()).isEqualTo(representationsUntil.toString());

    at(representationsUntil.minus(Duration.ofMinutes(1)));
    assertThat(ended(standstill)).as("still standing a minute before the end").isFalse();
    at(representationsUntil.plusSeconds(1));
    assertThat(ended(standstill)).as("over once the last moment for representations has passed").isTrue();
  }

  @Test
  void anEarlyDecisionToProceedAfterARepresentationKeepsTheEndTheTimetableGives() {
    var standstill = startStandstill(Instant.parse("2027-03-24T10:00:00Z"));
    var originalEnd = timetableEnd("2027-03-24");

    at(Instant.parse("2027-03-26T09:00:00Z"));
    var representation = hub.post(LEAD, "/api/cases/" + standstill.reference() + "/lots/"
        + lot(standstill).get("lotNumber").asText() + "/representations",
        Map.of("summary", "Smile Dental Ltd questions the quality scores."));
    assertThat(representation.status()).as(representation.body().toString()).isEqualTo(202);
    hub.runDueJobs();
    new Tasks(hub).complete(LEAD, standstill.reference(), "Task_ReviewRepresentation",
        Map.of("representationOutcome", "proceed", "representationReason", "Scores were moderated correctly."));

    // decided on Friday 26 March: 5 working days after it end before the original end, which holds
    var withDecision = hub.get(LEAD, "/api/timetable?noticePublished=2027-03-24&decisionToProceed=2027-03-26")
        .body().get("dates");
    assertThat(Instant.parse(withDecision.get(1).get("at").asText())).isEqualTo(originalEnd);
    assertThat(timerDue(standstill)).isEqualTo(originalEnd);
    assertThat(lot(standstill).get("standstillEnd").asText()).isEqualTo(originalEnd.toString());
  }

  private record Standstill(String reference, String processInstanceId) {}

  private Standstill startStandstill(Instant publishedAt) {
    at(publishedAt);
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
            "title", "Standstill " + publishedAt, "details", Map.of("trigger", "access-gap", "area", "Torbay")))
        .body().get("reference").asText();
    var lotId = procurement.createLots(reference,
        List.of(new LotPlan("Torbay general", "general-urgent", "gds", 10_000, null)), LEAD).get(0);
    var instance = runtime.startProcessInstanceByKey("StandstillProcess", reference, Map.of(
        "caseReference", reference, "caseTitle", "Standstill", "lotId", lotId, "preferredProvider", "Bright Teeth CIC"));
    hub.runDueJobs();
    return new Standstill(reference, instance.getId());
  }

  private Instant timetableEnd(String publishedOn) {
    var dates = hub.get(LEAD, "/api/timetable?noticePublished=" + publishedOn).body().get("dates");
    assertThat(dates.get(1).get("id").asText()).isEqualTo("representations-until");
    return Instant.parse(dates.get(1).get("at").asText());
  }

  private Instant timerDue(Standstill standstill) {
    return management.createJobQuery().processInstanceId(standstill.processInstanceId()).timers().singleResult()
        .getDuedate().toInstant();
  }

  /** The case's one lot, as the lots API shows it. */
  private JsonNode lot(Standstill standstill) {
    var lots = hub.get(LEAD, "/api/cases/" + standstill.reference() + "/lots").body();
    assertThat(lots).hasSize(1);
    return lots.get(0);
  }

  private boolean ended(Standstill standstill) {
    hub.runDueJobs();
    return history.createHistoricProcessInstanceQuery().processInstanceId(standstill.processInstanceId())
        .finished().count() == 1;
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
