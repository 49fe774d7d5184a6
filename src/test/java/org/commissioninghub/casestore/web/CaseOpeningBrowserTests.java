package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioning manager opens a dental procurement from the hub's pages, no curl: chooses the
 * programme, is told what is missing, and lands on the new case's page. Every step, and the case's
 * representation page, passes axe-core's WCAG 2.2 AA rules.
 */
@Tag("browser")
@IntegrationTest
class CaseOpeningBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aCommissioningManagerOpensADentalProcurementFromThePages() {
    browser.signInToHub(hub.baseUrl(), "commissioning-manager");
    browser.clickText("Open a case");
    browser.await(By.id("open-programme"));
    assertThat(browser.accessibilityViolations()).as("programme choice").isEmpty();
    new Select(browser.await(By.id("open-programme"))).selectByVisibleText("Dental procurement");
    browser.clickText("Continue");

    browser.type(By.id("open-title"), "Browser: Truro urgent dental care");
    new Select(browser.await(By.id("open-detail-trigger"))).selectByValue("contract-ending");
    browser.type(By.id("open-detail-current-contract-end-date"), "31/02/2027");
    browser.clickText("Open case");
    browser.await(By.id("error-summary"));
    assertThat(browser.pageText()).contains("Enter the area", "must be a real date");
    assertThat(browser.accessibilityViolations()).as("opening form with errors").isEmpty();

    browser.type(By.id("open-detail-area"), "Truro and West Cornwall");
    browser.type(By.id("open-detail-current-contract-end-date"), "31/03/2027");
    browser.type(By.id("open-value-gbp"), "1,250,000");
    browser.clickText("Open case");

    browser.await(By.id("done"));
    assertThat(browser.currentUrl()).contains("/cases/DEN-");
    assertThat(browser.pageText()).contains("Browser: Truro urgent dental care", "opened", "£1,250,000");

    // the case's other page, for a provider's representation, is accessible too
    browser.open(browser.currentUrl().replaceAll("[#?].*$", "") + "/representation");
    browser.await(By.id("representation-summary"));
    assertThat(browser.accessibilityViolations()).as("representation page").isEmpty();
  }
}
