package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.COMMISSIONING_MANAGER;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.FINANCE_LEAD;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.HEAD_OF_PRIMARY_CARE;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.PROCUREMENT_LEAD;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.PROGRAMME_MANAGER;

import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procurement lead opens a lot's task in Tasklist: the task names its lot, its card shows the
 * case's reference and title, its form shows the lot's value and links to the case page, and so
 * does the task's header.
 */
@Tag("browser")
@IntegrationTest
class LotTaskBrowserTests {

  private Browser browser;

  @Autowired
  HubClient hub;

  /** A browser of its own for each test: each signs in as someone else. */
  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aLotTaskInTasklistNamesItsLotShowsItsCaseAndLinksToTheCasePage() {
    var reference = throughRouteConfirmation("Plymouth urgent dental care");

    browser.signInToTasklist(hub.baseUrl(), PROCUREMENT_LEAD);
    browser.click(browser.await(By.xpath("//*[contains(text(), 'Procurement lead: open tasks')]")));
    // the card (Tasklist renders the list again as it loads) shows the case's reference and title
    var card = By.xpath("//li[contains(@class, 'task')][.//*[contains(text(), "
        + "'Engage the market — Lot 1: Plymouth urgent dental care')]]");
    browser.waitUntil(driver -> {
      try {
        return browser.await(card).getText().contains(reference);
      } catch (StaleElementReferenceException renderedAgain) {
        return false;
      }
    });
    assertThat(browser.await(card).getText()).contains(reference, "Plymouth urgent dental care");

    browser.claimInTasklist("Procurement lead: open tasks", "Engage the market — Lot 1: Plymouth urgent dental care");
    var caseLink = browser.await(By.xpath("//*[contains(@class, 'fjs-form')]//a[normalize-space()='Open case "
        + reference + "']"));
    assertThat(caseLink.getAttribute("href")).isEqualTo(hub.baseUrl() + "/cases/" + reference);
    browser.waitUntil(driver -> browser.pageText().contains("Lot 1: Plymouth urgent dental care, value £1,000,000"));

    // so does the task's header
    var headerLink = browser.await(By.cssSelector(".task-card header a.hub-case-link"));
    assertThat(headerLink.getText()).isEqualTo("Open case " + reference);
    assertThat(headerLink.getAttribute("href")).isEqualTo(hub.baseUrl() + "/cases/" + reference);
  }

  @Test
  void theFinanceLeadSeesTheBusinessCaseAndItsWholeLifeValueInPounds() {
    var tasks = new Tasks(hub);
    var reference = openCase("Torquay urgent dental care");
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots",
        DentalFormAnswers.oneLot("Torquay urgent dental care", "general-urgent", 20_000, null));
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase",
        Map.of("annualContractValue", 2_400_000, "termYears", 5, "extensionYears", 2,
            "businessCaseSummary", "Recommission urgent care in Torquay for five years."));

    browser.signInToTasklist(hub.baseUrl(), FINANCE_LEAD);
    browser.claimInTasklist("Finance lead: open tasks", "Check affordability");
    browser.waitUntil(driver -> browser.pageText().contains("Whole-life value: £16,800,000"));
    assertThat(browser.pageText()).contains("Recommission urgent care in Torquay for five years.");
  }

  private String openCase(String title) {
    var tasks = new Tasks(hub);
    var reference = hub.post(COMMISSIONING_MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "details", Map.of("trigger", "contract-ending", "area", "Devon",
            "currentContractEndDate", "2027-09-30"))).body().get("reference").asText();
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("procure"));
    return reference;
  }

  /** A one-lot case whose incumbent is not performing, its competitive route confirmed. */
  private String throughRouteConfirmation(String title) {
    var tasks = new Tasks(hub);
    var reference = openCase(title);
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots",
        DentalFormAnswers.oneLot(title, "general-urgent", 20_000, null));
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase",
        Map.of("annualContractValue", 1_000_000, "termYears", 5, "extensionYears", 2,
            "businessCaseSummary", "Recommission the service for five years with a two-year extension."));
    tasks.complete(FINANCE_LEAD, reference, "Task_CheckAffordability",
        Map.of("financeOutcome", "affordable", "financeComments", "Within the dental allocation."));
    tasks.complete(HEAD_OF_PRIMARY_CARE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions",
        DentalProcurementJourneyIntegrationTests.psrAnswers(false, false, false, 0));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute",
        Map.of("confirmedRoute", "competitive", "routeReason", "The incumbent is not meeting the contract."));
    return reference;
  }
}
