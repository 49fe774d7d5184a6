package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hub's pages and the webapps share one sign-in: signing in on either signs the person in to
 * both, in the same session and with what each one's own sign-in would give them; signing out of
 * either signs them out of both.
 */
@IntegrationTest
class WebappSignInIntegrationTests {

  static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";

  @Autowired
  HubClient hub;

  @Autowired
  ObjectMapper objectMapper;

  @Test
  void signingInOnTheHubsPagesSignsInToTasklistAsItsOwnSignInWould() throws Exception {
    var browser = PageSession.signIn(hub.baseUrl(), "commissioning-manager");

    var webappUser = browser.getJson(WEBAPP_USER);
    assertThat(webappUser.status()).isEqualTo(200);
    var signedIn = objectMapper.readTree(webappUser.body());
    assertThat(signedIn.path("userId").asText()).isEqualTo("commissioning-manager");
    var tasklistOwn = WebappSession.signIn(hub.baseUrl(), objectMapper, "commissioning-manager")
        .send("GET", WEBAPP_USER, null, null).body();
    assertThat(apps(signedIn)).isEqualTo(apps(tasklistOwn)).contains("tasklist");

    var taskCount = browser.getJson(WebappSession.ENGINE_API + "/task/count");
    assertThat(taskCount.status()).isEqualTo(200);
    assertThat(browser.get("/cases").status()).as("still signed in to the hub's pages").isEqualTo(200);
  }

  @Test
  void signingOutOfTheHubSignsOutOfTasklist() {
    var browser = PageSession.signIn(hub.baseUrl(), "finance-lead");
    assertThat(browser.getJson(WEBAPP_USER).status()).isEqualTo(200);

    var signedOut = browser.post("/sign-out", browser.get("/cases").csrf(), Map.of());
    assertThat(signedOut.location()).contains("/sign-in?signed-out");

    assertThat(browser.getJson(WEBAPP_USER).status()).isNotEqualTo(200);
    assertThat(browser.getJson(WebappSession.ENGINE_API + "/task/count").status()).isEqualTo(401);
  }

  @Test
  void signingInToTasklistSignsInToTheHubsPagesWithThePersonsRoles() {
    var tasklist = WebappSession.signIn(hub.baseUrl(), objectMapper, "finance-lead");

    var cases = tasklist.page("/cases");
    assertThat(cases.status()).isEqualTo(200);
    assertThat(cases.body().asText()).contains("finance-lead");
    assertThat(tasklist.page("/admin/outbox").status()).as("an administrator's page, refused as to anyone").isEqualTo(403);
  }

  @Test
  void signingOutOfTasklistSignsOutOfTheHubsPages() {
    var tasklist = WebappSession.signIn(hub.baseUrl(), objectMapper, "commissioning-manager");
    assertThat(tasklist.page("/cases").status()).isEqualTo(200);

    assertThat(tasklist.send("POST", WEBAPP_USER + "/logout", "", "application/x-www-form-urlencoded").status())
        .isEqualTo(200);

    var cases = tasklist.page("/cases");
    assertThat(cases.status()).isEqualTo(302);
    assertThat(cases.headers().get("location")).anySatisfy(location -> assertThat(location).contains("/sign-in"));
  }

  @Test
  void aWrongPasswordOnTheHubsPagesSignsInToNeither() {
    var browser = PageSession.anonymous(hub.baseUrl());
    assertThat(browser.signInAs("commissioning-manager", "not-the-password").location()).contains("error");

    assertThat(browser.getJson(WEBAPP_USER).status()).isNotEqualTo(200);
    assertThat(browser.getJson(WebappSession.ENGINE_API + "/task/count").status()).isEqualTo(401);
  }

  private static java.util.Set<String> apps(JsonNode user) {
    var apps = new java.util.TreeSet<String>();
    user.path("authorizedApps").forEach(app -> apps.add(app.asText()));
    return apps;
  }
}
