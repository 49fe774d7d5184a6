package org.commissioninghub.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.Tasks;

/**
 * Four dental cases of a commissioner of their own (so other tests' cases never count), opened on
 * Monday 2 March 2026 at 09:00 on the engine's clock. Three have their oral health needs assessed
 * after 1 day, 2.5 days and 3 days and wait at lot design; the fourth still waits at the needs
 * assessment. The clock is left at 7 March 09:00, five days after the opening.
 */
record HeatmapDataSet(String commissioner, String assessedAfterOneDay, String assessedAfterTwoAndAHalfDays,
    String assessedAfterThreeDays, String notAssessed) {

  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant NOW = OPENED.plus(Duration.ofDays(5));
  /** The period the figures are asked for: March 2026. */
  static final String MARCH = "from=01/03/2026&to=31/03/2026";

  static HeatmapDataSet open(HubClient hub) {
    var commissioner = "Heat map commissioner " + UUID.randomUUID().toString().substring(0, 8);
    at(OPENED);
    var first = open(hub, commissioner, "Exeter urgent dental care");
    var second = open(hub, commissioner, "Torbay special care dentistry");
    var third = open(hub, commissioner, "Plymouth orthodontics");
    var fourth = open(hub, commissioner, "Barnstaple general dental services");
    var tasks = new Tasks(hub);
    at(OPENED.plus(Duration.ofDays(1)));
    assess(tasks, first);
    at(OPENED.plus(Duration.ofHours(60)));
    assess(tasks, second);
    at(OPENED.plus(Duration.ofDays(3)));
    assess(tasks, third);
    at(NOW);
    return new HeatmapDataSet(commissioner, first, second, third, fourth);
  }

  /** The query string of the figures for March 2026 and these cases alone. */
  String query() {
    return "?" + MARCH + "&commissioner=" + commissioner.replace(' ', '+');
  }

  private static String open(HubClient hub, String commissioner, String title) {
    var opened = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "commissioner", commissioner,
        "details", Map.of("trigger", "access-gap", "area", title.substring(0, title.indexOf(' ')))));
    if (opened.status() != 201) {
      throw new IllegalStateException("cannot open " + title + ": " + opened.body());
    }
    hub.runDueJobs();
    return opened.body().get("reference").asText();
  }

  private static void assess(Tasks tasks, String reference) {
    tasks.complete("commissioning-manager", reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("procure"));
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
