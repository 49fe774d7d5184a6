package org.commissioninghub.console;

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

/**
 * A programme lead opens the console in a real browser: the charts are drawn from the tables beside
 * them, the board shows the case, and the case opens from its card; each page passes axe-core's
 * WCAG 2.2 AA rules.
 */
@Tag("browser")
@IntegrationTest
class ConsoleBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aLeadSeesTheChartsOpensTheBoardAndFollowsACardToItsCase() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Console browser: Teignmouth urgent care", "integratedCareSystem", "Console browser ICS",
        "details", Map.of("trigger", "access-gap", "area", "Teignmouth"))).body().get("reference").asText();
    hub.runDueJobs();
    browser.signInToHub(hub.baseUrl(), "programme-lead");

    browser.open(hub.baseUrl() + "/console?ics=Console+browser+ICS");
    browser.await(By.id("headline-figures"));
    browser.waitUntil(driver -> !browser.all(By.cssSelector("canvas[data-drawn=true]")).isEmpty());
    assertThat(browser.await(By.id("figure-open")).getText()).isEqualTo("1");
    assertThat(browser.all(By.cssSelector("canvas[data-chart-for]")))
        .allSatisfy(canvas -> assertThat(canvas.getAttribute("data-drawn")).isEqualTo("true"));
    assertThat(browser.accessibilityViolations()).as("console").isEmpty();

    browser.clickText("Dental procurement board");
    browser.await(By.id("board"));
    assertThat(browser.pageText()).contains("Dental procurement board", reference,
        "Console browser: Teignmouth urgent care", "Assess oral health needs");
    assertThat(browser.accessibilityViolations()).as("board").isEmpty();

    browser.clickText(reference);
    browser.await(By.id("waiting-for"));
    assertThat(browser.currentUrl()).endsWith("/cases/" + reference);
  }
}
