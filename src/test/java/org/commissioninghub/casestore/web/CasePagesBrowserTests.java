package org.commissioninghub.casestore.web;

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
 * A commissioning manager in a real browser: sent to sign in from a case's address and brought
 * back, home, the case list, the case page, and setting the case's RAG rating there, first wrongly
 * (the error summary names what to fix) then rightly. Every page passes axe-core's WCAG 2.2 AA rules.
 */
@Tag("browser")
@IntegrationTest
class CasePagesBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @Test
  void aCommissioningManagerSignsInFindsACaseAndSetsItsRagRatingOnAccessiblePages() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Browser: Torbay urgent dental care", "integratedCareSystem", "Devon",
        "details", Map.of("trigger", "access-gap", "area", "Torbay"))).body().get("reference").asText();
    hub.runDueJobs();
    browser.signOutOfHub(hub.baseUrl());

    browser.open(hub.baseUrl() + "/cases/" + reference);
    browser.await(By.id("username"));
    assertThat(browser.currentUrl()).endsWith("/sign-in");
    assertThat(browser.accessibilityViolations()).as("sign-in page").isEmpty();
    browser.type(By.id("username"), "commissioning-manager");
    browser.type(By.id("password"), HubClient.PASSWORD);
    browser.clickText("Sign in");
    browser.await(By.id("signed-in-user"));
    assertThat(browser.currentUrl()).contains("/cases/" + reference);

    browser.open(hub.baseUrl() + "/");
    browser.await(By.id("my-tasks"));
    assertThat(browser.pageText()).contains("Your tasks", reference, "Assess oral health needs");
    assertThat(browser.accessibilityViolations()).as("home").isEmpty();

    browser.open(hub.baseUrl() + "/cases");
    browser.type(By.id("filter-q"), "Torbay urgent");
    browser.clickText("Find cases");
    browser.waitUntil(driver -> browser.currentUrl().contains("q=Torbay"));
    assertThat(browser.accessibilityViolations()).as("case list").isEmpty();
    browser.clickText(reference);

    browser.await(By.id("waiting-for"));
    assertThat(browser.pageText()).contains("Browser: Torbay urgent dental care", "Assess oral health needs");
    assertThat(browser.accessibilityViolations()).as("case page").isEmpty();

    browser.clickText("Set RAG rating");
    browser.await(By.id("error-summary"));
    assertThat(browser.pageText()).contains("There is a problem", "Choose red, amber or green");
    browser.waitUntil(driver -> browser.focusedId().equals("error-summary"));
    assertThat(browser.accessibilityViolations()).as("case page with errors").isEmpty();

    browser.clickText("Choose red, amber or green");
    assertThat(browser.focusedId()).isEqualTo("rag-rating");
    browser.click(browser.await(By.cssSelector("label[for=rag-rating-amber]")));
    browser.type(By.id("rag-reason"), "Only one provider has shown interest");
    browser.clickText("Set RAG rating");

    browser.await(By.id("done"));
    assertThat(browser.pageText()).contains("RAG rating set to Amber");
    assertThat(browser.await(By.id("rag-rating-now")).getText()).isEqualTo("Amber");
    assertThat(hub.get("commissioning-manager", "/api/cases/" + reference).body().get("ragRating").asText())
        .isEqualTo("amber");
  }

  @Test
  void aCommissioningManagerCorrectsTheContractEndDateAndPlansAStandstillOnAccessiblePages() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Browser: Paignton urgent dental care", "details", Map.of("trigger", "contract-ending",
            "area", "Paignton", "currentContractEndDate", "2027-03-31"))).body().get("reference").asText();
    hub.runDueJobs();
    browser.signInToHub(hub.baseUrl(), "commissioning-manager");

    browser.open(hub.baseUrl() + "/cases/" + reference);
    browser.clickText("Correct the details");
    browser.await(By.id("correct-details"));
    assertThat(browser.await(By.id("details-current-contract-end-date")).getAttribute("value")).isEqualTo("31/03/2027");
    browser.type(By.id("details-current-contract-end-date"), "31/06/2027");
    browser.clickText("Save details");
    browser.await(By.id("error-summary"));
    assertThat(browser.pageText()).contains("The end date of the current contract must be a real date");
    assertThat(browser.accessibilityViolations()).as("details page with errors").isEmpty();

    browser.type(By.id("details-current-contract-end-date"), "30/06/2027");
    browser.clickText("Save details");
    browser.await(By.id("done"));
    assertThat(browser.pageText()).contains("Details saved", "30 June 2027");
    assertThat(hub.get("commissioning-manager", "/api/cases/" + reference).body()
        .get("details").get("currentContractEndDate").asText()).isEqualTo("2027-06-30");

    assertThat(browser.await(By.linkText("Standstill planner")).getAttribute("href")).endsWith("/timetable");
    browser.open(hub.baseUrl() + "/timetable");
    browser.await(By.id("plan-timetable"));
    browser.type(By.id("timetable-notice-published"), "17/12/2026");
    browser.clickText("Plan the timetable");
    browser.await(By.id("timetable"));
    assertThat(browser.pageText()).contains("midnight at the end of Monday 4 January 2027");
    assertThat(browser.accessibilityViolations()).as("standstill planner").isEmpty();
  }

  @Test
  void theAccessibilityCheckFindsABrokenRule() {
    browser.open("data:text/html,<html lang=\"en\"><title>Broken</title><img src=\"x.png\"></html>");

    assertThat(browser.accessibilityViolations()).anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
  }

  @Test
  void theOutboxPageUsesTheHubsSignInAndPassesTheAccessibilityRules() {
    browser.signInToHub(hub.baseUrl(), "demo");
    browser.open(hub.baseUrl() + "/admin/outbox");
    browser.await(By.id("delivery"));

    assertThat(browser.pageText()).contains("Mail outbox", "Outbox");
    assertThat(browser.accessibilityViolations()).as("outbox page").isEmpty();
  }
}
