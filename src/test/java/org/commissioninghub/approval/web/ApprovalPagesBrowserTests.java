package org.commissioninghub.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An approver opens the link in their email in a real browser, without signing in: the page, its
 * refusal of a rejection without a reason and the decision recorded all pass axe-core's WCAG 2.2 AA
 * rules, and the decision reaches the case.
 */
@Tag("browser")
@IntegrationTest
class ApprovalPagesBrowserTests {

  private static final Pattern LINK = Pattern.compile("(/approvals/[A-Za-z0-9_-]{43})\\?decision=approve");

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Autowired
  Outbox outbox;

  @Test
  void anApproverRecordsADecisionFromTheEmailLinkOnAccessiblePages() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Approval pages: Swindon special care dentistry",
        "details", Map.of("trigger", "access-gap", "area", "Swindon"))).body().get("reference").asText();
    new Tasks(hub).completeUpToBusinessCaseApproval(reference);
    browser.signOutOfHub(hub.baseUrl());

    browser.open(linkSentTo("head-of-primary-care", reference));
    browser.await(By.id("reason"));
    assertThat(browser.pageText()).contains("Approve or reject", reference);
    assertThat(browser.accessibilityViolations()).as("approval page").isEmpty();

    browser.click(browser.await(By.cssSelector("input[value=reject]")));
    browser.click(browser.await(By.cssSelector("main button[type=submit]")));
    browser.waitUntil(driver -> browser.pageText().contains("reason"));
    assertThat(browser.accessibilityViolations()).as("approval page with a problem").isEmpty();

    browser.click(browser.await(By.cssSelector("input[value=approve]")));
    browser.click(browser.await(By.cssSelector("main button[type=submit]")));
    browser.waitUntil(driver -> browser.pageText().contains("Decision recorded"));
    assertThat(browser.accessibilityViolations()).as("decision recorded page").isEmpty();
    var decisions = hub.get("demo", "/api/cases/" + reference).body().get("decisions");
    assertThat(decisions.get(decisions.size() - 1).get("outcome").asText()).isEqualTo("approved");
  }

  /** The approval link in the newest email to the user about the case, on this test's server. */
  private String linkSentTo(String user, String reference) {
    var email = outbox.newestFirst(PageRequest.of(0, 500)).getContent().stream()
        .filter(mail -> mail.recipient().startsWith(user + "@") && mail.subject().contains(reference))
        .findFirst().orElseThrow(() -> new AssertionError("no email to " + user + " about " + reference));
    var matcher = LINK.matcher(email.textBody());
    assertThat(matcher.find()).as("a link in the email").isTrue();
    return hub.baseUrl() + matcher.group(1);
  }
}
