package org.commissioninghub.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioning manager working a task in Tasklist follows its case link to the case page, which
 * opens without a second sign-in, attaches the needs assessment to the case and downloads it again,
 * on a page that passes axe-core's WCAG 2.2 AA rules.
 */
@Tag("browser")
@IntegrationTest
class DocumentsBrowserTests {

  private static final String MANAGER = "commissioning-manager";

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aManagerFollowsTheCaseLinkFromATaskFormAttachesADocumentAndDownloadsIt() throws Exception {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Browser: Exeter orthodontics", "details", Map.of("trigger", "access-gap", "area", "Exeter")))
        .body().get("reference").asText();
    hub.runDueJobs();

    browser.signInToTasklist(hub.baseUrl(), MANAGER);
    browser.claimInTasklist("Commissioning manager: open tasks", "Assess oral health needs");
    // the form shows why the procurement started by name, not by its code
    browser.waitUntil(driver -> browser.pageText().contains("Access gap found in the oral health needs assessment"));
    browser.follow(browser.await(By.xpath("//*[contains(@class, 'fjs-form')]//a[normalize-space()='Open case "
        + reference + "']")));

    // signed in to Tasklist, the manager is signed in to the hub's pages too: the case opens at once
    browser.await(By.id("documents"));
    assertThat(browser.currentUrl()).contains("/cases/" + reference);

    var file = Files.createTempFile("needs-assessment", ".pdf");
    Files.write(file, SampleFiles.pdf());
    browser.chooseFile(By.id("document-file"), file);
    browser.type(By.id("document-title"), "Oral health needs assessment, Exeter");
    browser.clickText("Attach document");

    var download = browser.await(By.xpath("//section[@id='documents']//a[contains(@href, '/documents/')]"));
    assertThat(browser.pageText()).contains("Oral health needs assessment, Exeter");
    assertThat(browser.accessibilityViolations()).as("case page with a document").isEmpty();
    var saved = browser.download(download);
    assertThat(saved.getFileName().toString()).endsWith(".pdf");
    assertThat(Files.readAllBytes(saved)).isEqualTo(SampleFiles.pdf());

    var events = hub.get(MANAGER, "/api/cases/" + reference).body().get("events");
    assertThat(events.toString()).contains("DOCUMENT_ATTACHED");
  }
}
