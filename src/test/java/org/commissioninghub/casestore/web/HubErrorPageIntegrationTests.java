package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An error the servlet container hands on for a hub page (an address with no page, a form's address
 * opened as a page) is the hub's own page with the right status, in the hub's layout with the
 * signed-in person's header, never Whitelabel nor a JSON problem in the browser. The anonymous are
 * still sent to sign in, and a request for JSON, or any request for the case API, still gets a problem.
 */
@IntegrationTest
class HubErrorPageIntegrationTests {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Autowired
  HubClient hub;

  @Test
  void anAddressWithNoHubPageIsTheHubsPageNotFoundWithTheSignedInPersonsHeader() {
    var lead = PageSession.signIn(hub.baseUrl(), "programme-lead");
    var home = lead.get("/");

    for (var path : List.of("/cases/NO-SUCH/whatever", "/console/nothing")) {
      var notFound = lead.get(path);

      assertThat(notFound.status()).as(path).isEqualTo(404);
      assertIsTheHubsPage(notFound.body(), "Page not found");
      assertThat(notFound.body()).as(path).contains("Check the address", "href=\"/cases\"")
          .doesNotContain("No static resource");
      assertThat(signedInUser(notFound.body())).as(path).contains(">programme-lead<");
      assertThat(headerOf(notFound.body())).as(path).isEqualTo(headerOf(home.body()));
    }
  }

  @Test
  void aFormsAddressOpenedAsAPageIsTheHubsPageThatCannotBeUsedThatWay() {
    var manager = PageSession.signIn(hub.baseUrl(), "commissioning-manager");

    var wrongWay = manager.get("/cases/NO-SUCH/rag-rating");

    assertThat(wrongWay.status()).isEqualTo(405);
    assertIsTheHubsPage(wrongWay.body(), "This page cannot be used that way");
    assertThat(wrongWay.body()).contains("Nothing was saved.").doesNotContain("Method &#39;GET&#39;", "'GET'");
    assertThat(signedInUser(wrongWay.body())).contains(">commissioning-manager<");
  }

  @Test
  void thePersonSignsOutFromTheErrorPagesHeader() {
    var lead = PageSession.signIn(hub.baseUrl(), "programme-lead");
    var notFound = lead.get("/cases/NO-SUCH/whatever");

    var signedOut = lead.post("/sign-out", notFound.csrf(), Map.of());

    assertThat(signedOut.status()).isEqualTo(302);
    assertThat(signedOut.location()).endsWith("/sign-in?signed-out");
    assertThat(lead.get("/").status()).isEqualTo(302);
  }

  @Test
  void theErrorAddressOpenedInABrowserIsTheHubsPageNotFoundWithoutAHeaderForNobody() {
    var notFound = PageSession.anonymous(hub.baseUrl()).get("/error");

    assertThat(notFound.status()).isEqualTo(404);
    assertIsTheHubsPage(notFound.body(), "Page not found");
    assertThat(notFound.body()).doesNotContain("id=\"signed-in-user\"");
  }

  @Test
  void theAnonymousOnAnAddressWithNoHubPageAreStillSentToSignIn() {
    for (var path : List.of("/cases/NO-SUCH/whatever", "/console/nothing", "/cases/NO-SUCH/rag-rating")) {
      var anonymous = PageSession.anonymous(hub.baseUrl()).get(path);

      assertThat(anonymous.status()).as(path).isEqualTo(302);
      assertThat(anonymous.location()).as(path).endsWith("/sign-in");
    }
  }

  @Test
  void anAddressWithNoPageAskedForAsJsonIsStillAProblem() {
    var notFound = hub.get("programme-lead", "/cases/NO-SUCH/whatever");
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(notFound.body().get("status").asInt()).isEqualTo(404);

    var wrongWay = hub.get("commissioning-manager", "/cases/NO-SUCH/rag-rating");
    assertThat(wrongWay.status()).isEqualTo(405);
    assertThat(wrongWay.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(wrongWay.body().get("status").asInt()).isEqualTo(405);
  }

  @Test
  void theCaseApiAskedForByABrowserIsStillAProblem() throws Exception {
    var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/nothing")).header("Accept", BROWSER)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString(("commissioning-manager:" + HubClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build();

    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  private static void assertIsTheHubsPage(String body, String title) {
    assertThat(body).contains("class=\"nhsuk-header\"", "/vendor/nhsuk-frontend/nhsuk-frontend.min.css",
        "<title>" + title + " – Commissioning Hub</title>", "<h1>" + title + "</h1>");
    assertThat(body).doesNotContain("Whitelabel", "application/problem+json", "\"status\":");
  }

  /** The header's account item naming who is signed in; fails if the page has none. */
  private static String signedInUser(String body) {
    var matcher = Pattern.compile("(?s)<li [^>]*id=\"signed-in-user\"[^>]*>(.*?)</li>").matcher(body);
    assertThat(matcher.find()).as("the header names the signed-in user: " + body).isTrue();
    return matcher.group(1);
  }

  /** The header, without its sign-out form's CSRF token, masked afresh on every page. */
  private static String headerOf(String body) {
    return body.replaceAll("(?s).*(<header .*</header>).*", "$1").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }
}
