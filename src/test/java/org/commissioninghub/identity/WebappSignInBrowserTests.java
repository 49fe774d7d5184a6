package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commissioning manager signed in on the hub's home page opens a task of theirs in Tasklist from
 * its link, and Tasklist shows it without asking them to sign in again.
 */
@Tag("browser")
@IntegrationTest
class WebappSignInBrowserTests {

  static final String MANAGER = "commissioning-manager";

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aTaskOnTheHomePageOpensInTasklistWithoutASecondSignIn() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "One sign-in for the hub and Tasklist", "details", Map.of("trigger", "access-gap", "area", "Torbay")))
        .body().get("reference").asText();
    var taskId = new Tasks(hub).find(MANAGER, reference, "Task_AssessOralHealthNeeds").orElseThrow().get("id").asText();

    browser.signInToHub(hub.baseUrl(), MANAGER);
    browser.open(hub.baseUrl() + "/");
    browser.click(browser.await(By.cssSelector("a[href='/camunda/app/tasklist/default/#/?task=" + taskId + "']")));

    browser.await(By.xpath("//*[self::button or self::a][normalize-space()='Claim']"));
    browser.waitUntil(driver -> browser.pageText().contains("Assess oral health needs"));
    assertThat(browser.all(By.cssSelector("input[ng-model=username]"))).isEmpty();
  }
}
