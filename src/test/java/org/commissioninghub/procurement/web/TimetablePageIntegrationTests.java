package org.commissioninghub.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The standstill planner page ({@code /timetable}) through the real HTTP stack: the same dates as
 * {@code /api/timetable} from a day typed day/month/year, and each bad day named in words.
 */
@IntegrationTest
class TimetablePageIntegrationTests {

  @Autowired
  HubClient hub;

  @Test
  void aNoticeDayTypedDayMonthYearGivesTheApisDatesInUkTimeWithTheirRules() {
    var planner = PageSession.signIn(hub.baseUrl(), "procurement-lead");
    var api = hub.get("procurement-lead", "/api/timetable?noticePublished=2026-12-17").body().get("dates");

    var page = planner.get("/timetable?noticePublished=17/12/2026&decisionToProceed=");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Timetable for a notice published on 17 December 2026");
    assertThat(api.size()).isPositive();
    api.forEach(date -> assertThat(page.body()).contains(
        html(date.get("name").asText()), html(date.get("shownAs").asText()), html(date.get("rule").asText())));
  }

  @Test
  void aDecisionToProceedMovesTheAwardOnAsTheApiSays() {
    var planner = PageSession.signIn(hub.baseUrl(), "commissioning-manager");
    var api = hub.get("commissioning-manager",
        "/api/timetable?noticePublished=2026-12-17&decisionToProceed=2027-01-04").body().get("dates");

    var page = planner.get("/timetable?noticePublished=17/12/2026&decisionToProceed=4/1/2027");

    assertThat(page.status()).isEqualTo(200);
    api.forEach(date -> assertThat(page.body()).contains(html(date.get("shownAs").asText())));
  }

  @Test
  void anUsOrderDayAndADecisionBeforeTheNoticeAreEachNamedAndNoTimetableIsShown() {
    var planner = PageSession.signIn(hub.baseUrl(), "procurement-lead");

    var refused = planner.get("/timetable?noticePublished=12/20/2026&decisionToProceed=01/01/2026");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("There is a problem", "href=\"#timetable-notice-published\"",
        "The day the notice is published must be a real date, written as day/month/year")
        .doesNotContain("Timetable for a notice");

    var outOfOrder = planner.get("/timetable?noticePublished=17/12/2026&decisionToProceed=01/12/2026");

    assertThat(outOfOrder.status()).isEqualTo(400);
    assertThat(outOfOrder.body()).contains("href=\"#timetable-decision-to-proceed\"",
        "The day of the decision to proceed must not be before the notice was published");
  }

  @Test
  void aDayBeyondTheBankHolidaysTheHubKnowsIsRefusedInWords() {
    var refused = PageSession.signIn(hub.baseUrl(), "procurement-lead").get("/timetable?noticePublished=17/12/2126");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("The day the notice is published must fall in a year whose bank holidays the hub knows");
  }

  @Test
  void theEmptyPlannerAsksForTheNoticeDayAndTheAnonymousAreSentToSignIn() {
    assertThat(PageSession.signIn(hub.baseUrl(), "finance-lead").get("/timetable").body())
        .contains("Plan a standstill", "Day the intention to award notice is published");
    var anonymous = PageSession.anonymous(hub.baseUrl()).get("/timetable");
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.location()).endsWith("/sign-in");
  }

  private static String html(String text) {
    return org.springframework.web.util.HtmlUtils.htmlEscape(text);
  }
}
