package org.commissioninghub.console.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a node that starts sends this week's digest: once the week's time has passed, and only then. */
class DigestScheduleTests {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  static DigestSchedule schedule(String cron) {
    return new DigestSchedule(null, cron, LONDON, Clock.systemUTC());
  }

  static java.time.Instant at(String londonTime) {
    return LocalDateTime.parse(londonTime).atZone(LONDON).toInstant();
  }

  @Test
  void aNodeStartingAfterMondayMorningSendsTheWeeksDigest() {
    assertThat(schedule("0 0 7 * * MON").dueThisWeek(at("2028-03-15T10:00"))).isTrue();
    assertThat(schedule("0 0 7 * * MON").dueThisWeek(at("2028-03-13T07:00"))).isTrue();
    assertThat(schedule("0 0 7 * * MON").dueThisWeek(at("2028-03-19T23:59"))).isTrue();
  }

  @Test
  void aNodeStartingBeforeTheWeeksTimeLeavesItToTheSchedule() {
    assertThat(schedule("0 0 7 * * MON").dueThisWeek(at("2028-03-13T06:59"))).isFalse();
    assertThat(schedule("0 0 7 * * TUE").dueThisWeek(at("2028-03-13T10:00"))).isFalse();
  }

  @Test
  void theWeeksTimeIsEnglishTimeWhateverTheServersZone() {
    // the clocks went forward the day before: 06:30 UTC is 07:30 in England
    assertThat(schedule("0 0 7 * * MON").dueThisWeek(java.time.Instant.parse("2028-03-27T06:30:00Z"))).isTrue();
    assertThat(schedule("0 0 7 * * MON").dueThisWeek(java.time.Instant.parse("2028-03-27T05:30:00Z"))).isFalse();
  }
}
