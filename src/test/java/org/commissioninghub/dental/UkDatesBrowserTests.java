package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.COMMISSIONING_MANAGER;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.FINANCE_LEAD;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.HEAD_OF_PRIMARY_CARE;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.PANEL;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.PROCUREMENT_LEAD;
import static org.commissioninghub.dental.DentalProcurementJourneyIntegrationTests.PROGRAMME_MANAGER;

import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procurement lead whose browser speaks US English types the tender deadline into Tasklist as
 * people in England write it: the picker asks for dd/mm/yyyy, an impossible date and a US-order
 * date are refused in words instead of being rolled over, and 20/02/2027 is stored as 20 February
 * 2027.
 */
@Tag("browser")
@IntegrationTest
class UkDatesBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aDateTypedDayMonthYearIsStoredAsThatDayAndAnImpossibleOrUsOrderDateIsRefused() {
    var tasks = new Tasks(hub);
    var reference = waitingForTheTenderPlan("Exeter urgent dental care");

    browser.signInToTasklist(hub.baseUrl(), PROCUREMENT_LEAD);
    browser.claimInTasklist("Procurement lead: open tasks", "Set specification and evaluation criteria");
    assertThat(browser.script("return typeof window.hubFieldRefused")).as("the hub's refusal script is loaded")
        .isEqualTo("function");
    assertThat(browser.placeholderOf("Tender deadline")).isEqualTo("dd/mm/yyyy");
    browser.fill("Service specification", 0, "Urgent dental care for Exeter, seven days a week.");
    browser.fill("Quality and innovation", 0, "40");
    browser.fill("Value", 0, "30");
    browser.fill("Integration, collaboration", 0, "10");
    browser.fill("Improving access", 0, "10");
    browser.fill("Social value", 0, "10");
    browser.fill("Evaluation panel", 0, String.join(", ", PANEL));
    browser.fill("Clarification deadline", 0, "06/02/2027");

    // 31 February is no date: refused in words, not rolled over to 3 March
    browser.enter("Tender deadline", "31/02/2027");
    browser.waitUntil(driver -> browser.pageText().contains("\"31/02/2027\" is not a date"));
    assertThat(browser.valueOf("Tender deadline")).isEmpty();
    // nor is a month 20, which a US-format picker rolled over into 2028
    browser.enter("Tender deadline", "02/20/2027");
    browser.waitUntil(driver -> browser.pageText().contains("\"02/20/2027\" is not a date"));
    assertThat(browser.pageText()).contains("Enter the day, month and year as dd/mm/yyyy, for example 20/02/2027.")
        .doesNotContain("31/02/2027");
    browser.clickComplete();
    pause(); // time for a submission, were one sent, to complete the task
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_SetEvaluationCriteria")).isPresent();

    browser.fill("Tender deadline", 0, "20/02/2027");
    assertThat(browser.pageText()).doesNotContain("is not a date");
    browser.completeTask();

    browser.waitUntil(driver -> tasks.find(PROCUREMENT_LEAD, reference, "Task_PublishTender").isPresent());
    var publish = tasks.find(PROCUREMENT_LEAD, reference, "Task_PublishTender").orElseThrow();
    var stored = hub.get(PROCUREMENT_LEAD, "/engine-rest/task/" + publish.get("id").asText() + "/variables");
    assertThat(stored.body().get("tenderDeadline").get("value").asText()).isEqualTo("2027-02-20");
    assertThat(stored.body().get("clarificationDeadline").get("value").asText()).isEqualTo("2027-02-06");
  }

  private static void pause() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A one-lot case on the competitive route, waiting for its specification and tender plan. */
  private String waitingForTheTenderPlan(String title) {
    PANEL.subList(1, PANEL.size()).forEach(member -> hub.ensureUser(member, "evaluation-panel"));
    var tasks = new Tasks(hub);
    var reference = hub.post(COMMISSIONING_MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "details", Map.of("trigger", "contract-ending", "area", "Exeter",
            "currentContractEndDate", "2027-09-30"))).body().get("reference").asText();
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots",
        DentalFormAnswers.oneLot(title, "general-urgent", 20_000, null));
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase", DentalFormAnswers.businessCase(1_000_000));
    tasks.complete(FINANCE_LEAD, reference, "Task_CheckAffordability", DentalFormAnswers.financeCheck("affordable"));
    tasks.complete(HEAD_OF_PRIMARY_CARE, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions",
        DentalProcurementJourneyIntegrationTests.psrAnswers(false, false, false, 0));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute", Map.of("confirmedRoute", "competitive"));
    tasks.complete(PROCUREMENT_LEAD, reference, "Task_EngageMarket",
        Map.of("marketEngagementSummary", "Two market events; five providers showed interest."));
    return reference;
  }
}
