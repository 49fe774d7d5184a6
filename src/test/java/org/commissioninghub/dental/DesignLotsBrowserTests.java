package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioning manager designs the lots in Tasklist as anyone would: row by row in the form's
 * list, told which row is wrong, and completing it once it is right.
 */
@Tag("browser")
@IntegrationTest
class DesignLotsBrowserTests {

  private static final String MANAGER = "commissioning-manager";

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void lotsAreDesignedRowByRowInTasklistAndAWrongRowIsNamed() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Torbay urgent dental care", "details", Map.of("trigger", "access-gap", "area", "Torbay")))
        .body().get("reference").asText();
    new Tasks(hub).complete(MANAGER, reference, "Task_AssessOralHealthNeeds", DentalFormAnswers.needsAssessment("procure"));

    browser.signInToTasklist(hub.baseUrl(), MANAGER);
    browser.claimInTasklist("Commissioning manager: open tasks", "Design lots");

    // the first row: urgent care with its UDAs
    browser.fill("Lot name", 0, "Torbay urgent care");
    browser.choose(0, "General and urgent");
    browser.choose(1, "PDS agreement");
    browser.fill("Contracted UDAs", 0, "12000");
    // a second row: orthodontics, its UOAs forgotten
    browser.click(browser.await(By.cssSelector("button.fjs-repeat-render-add")));
    browser.fill("Lot name", 1, "Torbay orthodontics");
    browser.choose(2, "Orthodontic");
    browser.choose(3, "PDS agreement");
    browser.fill("Lot design", 0, "Two lots: urgent care and orthodontics across Torbay.");

    browser.completeTask();
    browser.waitUntil(driver -> browser.pageText().contains("Lots, row 2: Contracted UOAs is required for orthodontics"));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("lot-design");

    browser.fill("Contracted UOAs", 1, "3000");
    browser.completeTask();
    browser.waitUntil(driver -> caseOf(reference).get("currentStage").asText().equals("business-case"));

    var lots = caseOf(reference).get("lots");
    assertThat(lots).hasSize(2);
    assertThat(lots.get(0).get("contractedUdas").asInt()).isEqualTo(12000);
    assertThat(lots.get(1).get("serviceType").asText()).isEqualTo("orthodontic");
    assertThat(lots.get(1).get("contractedUoas").asInt()).isEqualTo(3000);
  }

  private JsonNode caseOf(String reference) {
    return hub.caseOf(MANAGER, reference);
  }
}
