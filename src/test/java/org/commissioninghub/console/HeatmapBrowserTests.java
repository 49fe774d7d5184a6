package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * A lead opens a programme's heat map: bpmn-js draws the diagram under the page's
 * Content-Security-Policy, each step carrying its figures, and a step leads to the cases waiting
 * there and on to a case.
 */
@Tag("browser")
@IntegrationTest
class HeatmapBrowserTests {

  @RegisterExtension
  static final Browser browser = Browser.perTestClass();

  @Autowired
  HubClient hub;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theDiagramIsDrawnWithEachStepsFiguresAndAStepLeadsToItsWaitingCasesAndOnToACase() {
    var cases = HeatmapDataSet.open(hub);

    browser.signInToHub(hub.baseUrl(), "programme-lead");
    browser.open(hub.baseUrl() + "/console/heatmaps/dental-procurement" + cases.query());
    browser.await(By.cssSelector("#heatmap-diagram[data-drawn='true'] svg"));

    assertThat(browser.all(By.cssSelector("#heatmap-diagram .djs-element[data-element-id='Task_DesignLots']")))
        .hasSize(1);
    assertThat(browser.all(By.cssSelector("#heatmap-diagram .djs-element.hub-heat-2[data-element-id='Task_AssessOralHealthNeeds']")))
        .as("the needs assessment is coloured by its median of 2.5 days").hasSize(1);
    var assess = browser.await(By.cssSelector(".djs-overlay .hub-heat-badge[data-activity-id='Task_AssessOralHealthNeeds']"));
    assertThat(assess.getText()).contains("1 waiting", "median 2 days 12 hours", "p90 2 days 22 hours");
    var design = browser.await(By.cssSelector(".djs-overlay .hub-heat-badge[data-activity-id='Task_DesignLots']"));
    assertThat(design.getText()).contains("3 waiting", "none ended");
    assertThat(browser.all(By.cssSelector(".djs-overlay .hub-heat-badge"))).hasSize(16);
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.script("arguments[0].scrollIntoView();", design);
    design.click();
    browser.await(By.id("waiting-cases"));
    assertThat(browser.currentUrl()).contains("/console/heatmaps/dental-procurement/activities/Task_DesignLots",
        "commissioner=");
    assertThat(browser.pageText()).contains("Cases waiting at Design lots", "3 cases you may see are waiting here now");
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.clickText(cases.assessedAfterOneDay());
    browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/cases/" + cases.assessedAfterOneDay()));
    assertThat(browser.pageText()).contains("Exeter urgent dental care");
  }

  @Test
  void aStepOnTheDiagramIsSelectedByClickingItsShape() {
    var cases = HeatmapDataSet.open(hub);

    browser.signInToHub(hub.baseUrl(), "programme-lead");
    browser.open(hub.baseUrl() + "/console/heatmaps/dental-procurement" + cases.query());
    var shape = browser.await(By.cssSelector(
        "#heatmap-diagram[data-drawn='true'] .djs-element[data-element-id='Task_AssessOralHealthNeeds'] .djs-hit"));

    shape.click();

    browser.await(By.id("waiting-cases"));
    assertThat(browser.currentUrl()).contains("/activities/Task_AssessOralHealthNeeds");
    assertThat(browser.pageText()).contains("1 case you may see is waiting here now.", "Barnstaple general dental services");
  }
}
