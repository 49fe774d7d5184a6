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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procurement lead tries to confirm direct award C in Tasklist for a lot whose current provider
 * is not performing: the form shows the recommended route by its name, Tasklist shows why the
 * Regulations bar direct award C, the task stays open, and the lot has no route.
 */
@Tag("browser")
@IntegrationTest
class BarredRouteBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aBarredRouteIsRefusedInTasklistWithTheRegulationThatBarsIt() {
    var reference = throughThePsrQuestions("Plymouth urgent dental care");

    browser.signInToTasklist(hub.baseUrl(), PROCUREMENT_LEAD);
    browser.claimInTasklist("Procurement lead: open tasks", "Confirm procurement route");
    // the recommendation is shown by its name, not its code
    browser.waitUntil(driver -> browser.pageText().contains("Competitive process"));
    browser.choose(1, "Direct award C");
    browser.fill("Reason for the route", 0, "The incumbent has served us for years.");
    browser.completeTask();

    browser.waitUntil(driver -> browser.pageText().contains("Route cannot be direct award C"));
    assertThat(browser.pageText()).contains("regulation 6(5)");
    var tasks = new Tasks(hub);
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_ConfirmProcurementRoute")).isPresent();
    var lot = hub.get(PROCUREMENT_LEAD, "/api/cases/" + reference + "/lots").body().get(0);
    assertThat(lot.get("route").isNull()).isTrue();
    assertThat(lot.get("recommendedRoute").asText()).isEqualTo("competitive");
  }

  /** A one-lot case whose current provider is not performing, waiting for its route to be confirmed. */
  private String throughThePsrQuestions(String title) {
    var tasks = new Tasks(hub);
    var reference = hub.post(COMMISSIONING_MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "details", Map.of("trigger", "contract-ending", "area", "Plymouth",
            "currentContractEndDate", "2027-09-30"))).body().get("reference").asText();
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("procure"));
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
    return reference;
  }
}
