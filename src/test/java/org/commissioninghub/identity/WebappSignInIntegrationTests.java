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
 * Signing in on the hub's pages signs the person in to Tasklist and Cockpit too, in the same
 * session and with what the webapps' own sign-in would give them; signing out of the hub signs
 * them out of both.
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
