package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hub page the security rules refuse a signed-in person is the hub's own refusal page, as a
 * controller's refusal is, never the servlet container's error page, with the person's header as
 * on their other pages; those the rules let in still get the page, and the anonymous are still
 * sent to sign in. A form posted without its page's CSRF token, or a stale one, is the hub's
 * "This page has expired" page and does nothing; asked for as JSON, each is still a problem.
 */
@IntegrationTest
class HubPageRefusalIntegrationTests {

  @Autowired
  HubClient hub;

  @Test
  void anOutsideBodyRefusedTheConsoleByTheRulesGetsTheHubsRefusalPage() {
    var outsider = PageSession.signIn(hub.baseUrl(), "pcn-clinical-director");

    for (var path : List.of("/console", "/console/heatmaps/dental-procurement")) {
      var refused = outsider.get(path);

      assertThat(refused.status()).as(path).isEqualTo(403);
      assertIsTheHubsRefusalPage(refused.body());
    }
  }

  @Test
  void someoneNotAnAdministratorRefusedTheOutboxByTheRulesGetsTheHubsRefusalPage() {
    var refused = PageSession.signIn(hub.baseUrl(), "finance-lead").get("/admin/outbox");

    assertThat(refused.status()).isEqualTo(403);
    assertIsTheHubsRefusalPage(refused.body());
  }

  @Test
  void theRulesRefusalIsTheSamePageAsAControllersRefusal() {
    var financeLead = PageSession.signIn(hub.baseUrl(), "finance-lead");

    var byTheRules = financeLead.get("/admin/outbox");
    var byTheController = financeLead.get("/cases/new");

    assertThat(byTheController.status()).isEqualTo(403);
    assertThat(titleOf(byTheRules.body())).isEqualTo(titleOf(byTheController.body()));
    assertThat(withoutCsrfToken(byTheRules.body().replaceAll("(?s)</h1>.*", "")))
        .isEqualTo(withoutCsrfToken(byTheController.body().replaceAll("(?s)</h1>.*", "")));
  }

  @Test
  void theRefusalPageShowsTheSignedInPersonsHeaderAsTheirOtherPagesDo() {
    var financeLead = PageSession.signIn(hub.baseUrl(), "finance-lead");
    var home = financeLead.get("/");

    for (var path : List.of("/admin/outbox", "/cases/new")) {
      var refused = financeLead.get(path);

      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(signedInUser(refused.body())).as(path).contains(">finance-lead<");
      assertThat(headerOf(refused.body())).as(path).isEqualTo(headerOf(home.body()));
    }
  }

  @Test
  void staffStillOpenTheConsoleAndAnAdministratorTheOutbox() {
    var lead = PageSession.signIn(hub.baseUrl(), "programme-lead");
    assertThat(lead.get("/console").status()).isEqualTo(200);
    assertThat(lead.get("/console/heatmaps/dental-procurement").status()).isEqualTo(200);

    assertThat(PageSession.signIn(hub.baseUrl(), "demo").get("/admin/outbox").status()).isEqualTo(200);
  }

  @Test
  void theAnonymousAreStillSentToSignInRatherThanRefused() {
    for (var path : List.of("/console", "/admin/outbox", "/refused")) {
      var anonymous = PageSession.anonymous(hub.baseUrl()).get(path);

      assertThat(anonymous.status()).as(path).isEqualTo(302);
      assertThat(anonymous.location()).as(path).endsWith("/sign-in");
    }
  }

  @Test
  void aRefusalAskedForAsJsonIsStillAProblemNotAPage() {
    var hubPage = hub.get("pcn-clinical-director", "/console");
    assertThat(hubPage.status()).isEqualTo(403);
    assertThat(hubPage.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(hubPage.body().get("status").asInt()).isEqualTo(403);

    var api = hub.get("finance-lead", "/actuator/metrics");
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(api.body().get("title").asText()).isEqualTo("Not allowed");
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsTheHubsExpiredPageAndSignsNobodyOut() {
    var financeLead = PageSession.signIn(hub.baseUrl(), "finance-lead");

    var expired = financeLead.post("/sign-out", null, Map.of());

    assertThat(expired.status()).isEqualTo(403);
    assertIsTheHubsExpiredPage(expired.body());
    assertThat(signedInUser(expired.body())).contains(">finance-lead<");
    assertThat(financeLead.get("/").status()).isEqualTo(200);
  }

  @Test
  void aFormPostedWithTheTokenItHadBeforeSigningInIsTheExpiredPageToo() {
    var browser = PageSession.anonymous(hub.baseUrl());
    var signInPage = browser.get("/sign-in");
    assertThat(browser.post("/sign-in", signInPage.csrf(),
        Map.of("username", "finance-lead", "password", HubClient.PASSWORD)).location()).doesNotContain("error");

    var expired = browser.post("/sign-out", signInPage.csrf(), Map.of());

    assertThat(expired.status()).isEqualTo(403);
    assertIsTheHubsExpiredPage(expired.body());
    assertThat(browser.get("/").status()).isEqualTo(200);
  }

  @Test
  void theSignInFormPostedAfterItsSessionEndedIsTheExpiredPageAndSignsNobodyIn() {
    var signInPage = PageSession.anonymous(hub.baseUrl()).get("/sign-in");
    var sessionEnded = PageSession.anonymous(hub.baseUrl());

    var expired = sessionEnded.post("/sign-in", signInPage.csrf(),
        Map.of("username", "finance-lead", "password", HubClient.PASSWORD));

    assertThat(expired.status()).isEqualTo(403);
    assertIsTheHubsExpiredPage(expired.body());
    assertThat(expired.body()).doesNotContain("id=\"signed-in-user\"");
    assertThat(sessionEnded.get("/").status()).isEqualTo(302);
  }

  @Test
  void aFormPostedAsJsonWithoutACsrfTokenIsStillAProblemNotAPage() {
    var refused = hub.post("finance-lead", "/sign-out", Map.of());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(refused.body().get("status").asInt()).isEqualTo(403);
  }

  private static void assertIsTheHubsExpiredPage(String body) {
    assertThat(body).contains("class=\"nhsuk-header\"", "/vendor/nhsuk-frontend/nhsuk-frontend.min.css",
        "<title>This page has expired – Commissioning Hub</title>", "<h1>This page has expired</h1>",
        "Nothing was saved.", "Go back, reload the page and try again.");
    assertThat(body).doesNotContain("Whitelabel");
  }

  private static void assertIsTheHubsRefusalPage(String body) {
    assertThat(body).contains("class=\"nhsuk-header\"", "Commissioning Hub",
        "/vendor/nhsuk-frontend/nhsuk-frontend.min.css", "<h1>You cannot do this</h1>",
        "<title>You cannot do this – Commissioning Hub</title>", "Your roles do not allow this.");
    assertThat(body).doesNotContain("Whitelabel");
  }

  /** The header's account item naming who is signed in; fails if the page has none. */
  private static String signedInUser(String body) {
    var matcher = Pattern.compile("(?s)<li [^>]*id=\"signed-in-user\"[^>]*>(.*?)</li>").matcher(body);
    assertThat(matcher.find()).as("the header names the signed-in user: " + body).isTrue();
    return matcher.group(1);
  }

  private static String headerOf(String body) {
    return withoutCsrfToken(body.replaceAll("(?s).*(<header .*</header>).*", "$1"));
  }

  /** The header's sign-out form carries a CSRF token, masked afresh on every page. */
  private static String withoutCsrfToken(String html) {
    return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }

  private static String titleOf(String body) {
    return body.replaceAll("(?s).*<title>(.*?)</title>.*", "$1");
  }
}
