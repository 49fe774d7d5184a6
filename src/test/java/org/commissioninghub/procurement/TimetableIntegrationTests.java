package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The procurement timetable through the HTTP stack: UK times, the rules, and bad dates named. */
@IntegrationTest
class TimetableIntegrationTests {

  @Autowired
  HubClient hub;

  @Test
  void aCommissionerReadsTheStandstillAndAwardDatesInUkTimeWithTheirRules() {
    var response = hub.get("commissioning-manager", "/api/timetable?noticePublished=2027-03-24&decisionToProceed=2027-04-07");

    assertThat(response.status()).isEqualTo(200);
    var dates = response.body().get("dates");
    assertThat(dates.get(1).get("id").asText()).isEqualTo("representations-until");
    assertThat(dates.get(1).get("at").asText()).isEqualTo("2027-04-08T23:00:00Z");
    assertThat(dates.get(1).get("ukTime").asText()).isEqualTo("2027-04-09T00:00:00+01:00");
    assertThat(dates.get(1).get("shownAs").asText()).isEqualTo("midnight at the end of Thursday 8 April 2027");
    assertThat(dates.get(1).get("rule").asText()).contains("8th working day", "Regulation 12(3)");
    assertThat(dates.get(2).get("id").asText()).isEqualTo("standstill-ends-after-decision");
    assertThat(dates.get(2).get("shownAs").asText()).isEqualTo("midnight at the end of Wednesday 14 April 2027");
  }

  @Test
  void badDatesAreRefusedNamingEachField() {
    var missing = hub.get("commissioning-manager", "/api/timetable?decisionToProceed=17/12/2026");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.problemFields()).containsExactlyInAnyOrder("noticePublished", "decisionToProceed");

    var outsideTheCalendar = hub.get("commissioning-manager", "/api/timetable?noticePublished=2031-01-10");
    assertThat(outsideTheCalendar.status()).isEqualTo(400);
    assertThat(outsideTheCalendar.body().toString()).contains("bank holidays");

    var decisionFirst = hub.get("commissioning-manager",
        "/api/timetable?noticePublished=2027-03-24&decisionToProceed=2027-03-23");
    assertThat(decisionFirst.problemFields()).containsExactly("decisionToProceed");
  }

  @Test
  void theTimetableNeedsSignIn() {
    assertThat(hub.get(null, "/api/timetable?noticePublished=2027-03-24").status()).isEqualTo(401);
  }
}
