package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An error the servlet container hands on is the hub's own page in a browser, never Whitelabel. */
@IntegrationTest
class HubErrorPageIntegrationTests {

  @Autowired
  HubClient hub;

  @Test
  void theErrorAddressOpenedInABrowserIsTheHubsPageNotFoundWithoutAHeaderForNobody() {
    var notFound = PageSession.anonymous(hub.baseUrl()).get("/error");

    assertThat(notFound.status()).isEqualTo(404);
    assertIsTheHubsPage(notFound.body(), "Page not found");
    assertThat(notFound.body()).doesNotContain("id=\"signed-in-user\"");
  }

  private static void assertIsTheHubsPage(String body, String title) {
    assertThat(body).contains("class=\"nhsuk-header\"", "/vendor/nhsuk-frontend/nhsuk-frontend.min.css",
        "<title>" + title + " – Commissioning Hub</title>", "<h1>" + title + "</h1>");
    assertThat(body).doesNotContain("Whitelabel", "application/problem+json", "\"status\":");
  }
}
