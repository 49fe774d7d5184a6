package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioning manager designs the lots in Tasklist as anyone would: row by row in the form's
 * list, told which row is wrong, and completing it once it is right.
 */
@Tag("browser")
@IntegrationTest
class DesignLotsBrowserTests {

  private static final String MANAGER = "commissioning-manager";

  private static Browser browser;

  @Autowired
  HubClient hub;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void lotsAreDesignedRowByRowInTasklistAndAWrongRowIsNamed() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Torbay urgent dental care", "details", Map.of("trigger", "access-gap", "area", "Torbay")))
        .body().get("reference").asText();
    new Tasks(hub).complete(MANAGER, reference, "Task_AssessOralHealthNeeds", DentalFormAnswers.needsAssessment("procure"));

    browser.signInToTasklist(hub.baseUrl(), MANAGER);
    browser.click(browser.await(By.xpath("//*[contains(text(), 'Commissioning manager: open tasks')]")));
    browser.click(browser.await(By.xpath("//*[contains(@class, 'task')]//*[contains(text(), 'Design lots')]")));
    browser.click(browser.await(By.xpath("//*[self::button or self::a][normalize-space()='Claim']")));
    browser.await(By.cssSelector(".fjs-form"));
    browser.waitUntil(driver -> browser.all(By.cssSelector(".disabled-form")).isEmpty());

    // the first row: urgent care with its UDAs
    fill("Lot name", 0, "Torbay urgent care");
    choose(0, "General and urgent");
    choose(1, "PDS agreement");
    fill("Contracted UDAs", 0, "12000");
    // a second row: orthodontics, its UOAs forgotten
    browser.click(browser.await(By.cssSelector("button.fjs-repeat-render-add")));
    fill("Lot name", 1, "Torbay orthodontics");
    choose(2, "Orthodontic");
    choose(3, "PDS agreement");
    fill("Lot design", 0, "Two lots: urgent care and orthodontics across Torbay.");

    complete();
    browser.waitUntil(driver -> browser.pageText().contains("Lots, row 2: Contracted UOAs is required for orthodontics"));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("lot-design");

    fill("Contracted UOAs", 1, "3000");
    complete();
    browser.waitUntil(driver -> caseOf(reference).get("currentStage").asText().equals("business-case"));

    var lots = caseOf(reference).get("lots");
    assertThat(lots).hasSize(2);
    assertThat(lots.get(0).get("contractedUdas").asInt()).isEqualTo(12000);
    assertThat(lots.get(1).get("serviceType").asText()).isEqualTo("orthodontic");
    assertThat(lots.get(1).get("contractedUoas").asInt()).isEqualTo(3000);
  }

  private JsonNode caseOf(String reference) {
    return hub.get(MANAGER, "/api/cases/" + reference).body();
  }

  /** Types into the n-th field with that label (rows of a list repeat their labels), then leaves it. */
  private static void fill(String label, int index, String text) {
    browser.waitUntil(driver -> fieldsLabelled(label).size() > index);
    var field = fieldsLabelled(label).get(index);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    browser.blur(field);
  }

  private static List<WebElement> fieldsLabelled(String label) {
    return browser.all(By.xpath("//label[starts-with(normalize-space(), '" + label + "')][@for]")).stream()
        .map(element -> browser.await(By.id(element.getAttribute("for")))).toList();
  }

  /** Picks an option of the n-th select of the form. */
  private static void choose(int select, String option) {
    browser.waitUntil(driver -> browser.all(By.cssSelector(".fjs-form-field-select .fjs-input-group")).size() > select);
    browser.all(By.cssSelector(".fjs-form-field-select .fjs-input-group")).get(select).click();
    browser.await(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(normalize-space(), '" + option
        + "')]")).click();
  }

  private static void complete() {
    var button = browser.await(By.xpath("//button[normalize-space()='Complete']"));
    browser.waitUntil(driver -> button.isEnabled());
    browser.click(button);
  }
}
