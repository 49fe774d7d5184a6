package org.commissioninghub.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.delegation.DelegationSteps;
import org.commissioninghub.testsupport.Browser;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The finance lead, on a delegation case waiting for NHS England's allocation, records it as
 * published from the case page and finds finance assurance among the case's open tasks; the page
 * passes axe-core's WCAG 2.2 AA rules before and after, and its wide checklist table does not make
 * the whole page scroll sideways.
 */
@Tag("browser")
@IntegrationTest
class FinanceAllocationBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theFinanceLeadRecordsTheAllocationAndFindsFinanceAssuranceOpen() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-16T09:00:00Z")));
    var steps = new DelegationSteps(hub, "Allocation browser ICS");
    var reference = steps.open("Allocation browser: BNSSG");
    steps.expressInterest(reference);
    steps.passTheChecklist(reference);
    browser.signInToHub(hub.baseUrl(), "finance-lead");

    browser.open(hub.baseUrl() + "/cases/" + reference);
    browser.await(By.id("finance-allocation"));
    assertThat(browser.pageText()).contains("Finance assurance waits for NHS England to publish the ICB's allocation");
    assertThat(browser.accessibilityViolations()).as("case waiting for the allocation").isEmpty();
    // the checklist's table is wider than the window: it scrolls on its own, the page does not
    assertThat((Boolean) browser.script("return document.documentElement.scrollWidth"
        + " <= document.documentElement.clientWidth")).as("the page scrolls sideways").isTrue();

    browser.clickText("Record the allocation as published");

    browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/cases/" + reference + "#tasks"));
    assertThat(browser.pageText()).contains("Finance allocation recorded as published", "Assure finance")
        .doesNotContain("Record the allocation as published");
    assertThat(browser.accessibilityViolations()).as("case after the allocation").isEmpty();
  }
}
