package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Grafana dashboard of docker compose's monitoring profile asks only for metrics the hub exports. */
@IntegrationTest
class MonitoringDashboardIntegrationTests {

  private static final Path DASHBOARD = Path.of("src/main/docker/grafana/dashboards/commissioning-hub.json");
  private static final Pattern METRIC = Pattern.compile("\\bhub_[a-z_]+");

  @Autowired
  HubClient hub;

  @Autowired
  CaseStore caseStore;

  @Test
  void everyMetricTheDashboardQueriesIsInTheScrapeOnceCasesHaveMovedAndBeenApproved() throws Exception {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Swindon special care dental", "details", Map.of("trigger", "access-gap", "area", "Swindon")))
        .body().get("reference").asText();
    var tasks = new Tasks(hub);
    tasks.completeUpToBusinessCaseApproval(reference);
    tasks.complete("head-of-primary-care", reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    caseStore.end(reference, CaseStatus.CANCELLED, "Merged into the county procurement", "commissioning-manager");

    var queried = new TreeSet<String>();
    new ObjectMapper().readTree(DASHBOARD.toFile()).findValues("expr").forEach(expression -> {
      var names = METRIC.matcher(expression.asText());
      while (names.find()) {
        queried.add(names.group());
      }
    });
    var scrape = hub.getText("demo", "/actuator/prometheus").body();

    assertThat(queried).contains("hub_cases", "hub_tasks_open", "hub_approval_turnaround_seconds_bucket");
    assertThat(queried).allSatisfy(name ->
        assertThat(Pattern.compile("^" + name + "[{ ]", Pattern.MULTILINE).matcher(scrape).find())
            .as(name + " in /actuator/prometheus").isTrue());
  }
}
