package org.commissioninghub.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A task that asks for evidence shows, in Tasklist, a link to where its case keeps documents. */
@Tag("browser")
@IntegrationTest
class EvidenceLinkBrowserTests {

  private static final String MANAGER = "commissioning-manager";

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void theNeedsAssessmentLinksToItsOwnCasesDocuments() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Exmouth dental access", "details", Map.of("trigger", "access-gap", "area", "Exmouth")))
        .body().get("reference").asText();

    browser.signInToTasklist(hub.baseUrl(), MANAGER);
    browser.claimInTasklist("Commissioning manager: open tasks", "Assess oral health needs");

    var link = browser.await(By.linkText("the case's documents"));
    assertThat(link.getAttribute("href")).endsWith("/cases/" + reference + "#documents");
    assertThat(browser.pageText()).contains("Attach the oral health needs assessment to the case's documents.");
  }
}
