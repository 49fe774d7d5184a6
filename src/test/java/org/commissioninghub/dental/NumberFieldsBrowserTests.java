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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioning manager types a lot's contracted UDAs into Tasklist's number field with a slip of
 * the keyboard: the letter is refused in words instead of being dropped unseen, pasted text that is
 * not a number leaves the field as it was, and the number typed is the number stored.
 */
@Tag("browser")
@IntegrationTest
class NumberFieldsBrowserTests {

  private static final String MANAGER = "commissioning-manager";
  private static final String REFUSED_LETTER =
      "Contracted UDAs: \"x\" is not a number. Enter a whole number, such as 12000.";

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aLetterOrCommaInANumberIsRefusedInWordsAndChangesNothingAndTheNumberTypedIsStored() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Paignton urgent dental care", "details", Map.of("trigger", "access-gap", "area", "Paignton")))
        .body().get("reference").asText();
    new Tasks(hub).complete(MANAGER, reference, "Task_AssessOralHealthNeeds", DentalFormAnswers.needsAssessment("procure"));

    browser.signInToTasklist(hub.baseUrl(), MANAGER);
    browser.claimInTasklist("Commissioning manager: open tasks", "Design lots");
    browser.fill("Lot name", 0, "Paignton urgent care");
    browser.choose(0, "General and urgent");
    browser.choose(1, "PDS agreement");
    browser.fill("Lot design", 0, "One lot: urgent care across Paignton.");

    // a letter typed is refused where it is typed, and said so, not dropped unseen
    browser.enter("Contracted UDAs", "12x");
    browser.waitUntil(driver -> browser.pageText().contains(REFUSED_LETTER));
    assertThat(browser.valueOf("Contracted UDAs")).isEqualTo("12");
    // the form is not completed with the message showing
    browser.clickComplete();
    pause(); // time for a submission, were one sent, to complete the task
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("lot-design");

    // pasted text that is not a number changes nothing: no 124 from "12x4", no 2.4 from "2,400"
    browser.paste("Contracted UDAs", "12x4");
    browser.waitUntil(driver -> browser.pageText().contains(
        "Contracted UDAs: \"12x4\" is not a number. Enter a whole number, such as 12000."));
    assertThat(browser.valueOf("Contracted UDAs")).isEqualTo("12");
    browser.paste("Contracted UDAs", "2,400");
    browser.waitUntil(driver -> browser.pageText().contains(
        "Contracted UDAs: enter the number without commas, such as 12000."));
    assertThat(browser.valueOf("Contracted UDAs")).isEqualTo("12");

    // a number typed is taken, and the message goes
    browser.fill("Contracted UDAs", 0, "12400");
    assertThat(browser.pageText()).doesNotContain("is not a number").doesNotContain("without commas");
    browser.completeTask();
    browser.waitUntil(driver -> caseOf(reference).get("currentStage").asText().equals("business-case"));
    assertThat(caseOf(reference).get("lots").get(0).get("contractedUdas").asInt()).isEqualTo(12400);
  }

  private JsonNode caseOf(String reference) {
    return hub.caseOf(MANAGER, reference);
  }

  private static void pause() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
