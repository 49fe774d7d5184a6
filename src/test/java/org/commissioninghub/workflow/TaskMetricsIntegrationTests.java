package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open and overdue tasks by role, as Prometheus reads them. */
@IntegrationTest
class TaskMetricsIntegrationTests {

  private static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  TaskMetrics taskMetrics;

  @Autowired
  TaskService taskService;

  @Autowired
  MeterRegistry registry;

  private String overdueTask;

  @AfterEach
  void removeOverdueTask() {
    if (overdueTask != null) {
      taskService.deleteTask(overdueTask, true);
    }
  }

  @Test
  void aNewCasesFirstTaskCountsAsOpenForItsRole() {
    taskMetrics.refresh();
    var before = gauge(TaskMetrics.OPEN, MANAGER);

    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Torbay urgent dental care", "details", Map.of("trigger", "access-gap", "area", "Torbay")));
    assertThat(response.status()).isEqualTo(201);
    taskMetrics.refresh();

    assertThat(gauge(TaskMetrics.OPEN, MANAGER)).isEqualTo(before + 1);
  }

  @Test
  void aTaskPastItsDueDateCountsAsOverdueForItsRoleOnly() {
    taskMetrics.refresh();
    var financeBefore = gauge(TaskMetrics.OVERDUE, "finance-lead");
    var managerBefore = gauge(TaskMetrics.OVERDUE, MANAGER);

    var task = taskService.newTask();
    task.setName("Check the reconciliation");
    task.setDueDate(Date.from(Instant.now().minusSeconds(86_400)));
    taskService.saveTask(task);
    overdueTask = task.getId();
    taskService.addCandidateGroup(task.getId(), "finance-lead");
    taskMetrics.refresh();

    assertThat(gauge(TaskMetrics.OVERDUE, "finance-lead")).isEqualTo(financeBefore + 1);
    assertThat(gauge(TaskMetrics.OVERDUE, MANAGER)).isEqualTo(managerBefore);
  }

  private double gauge(String name, String role) {
    var gauge = registry.find(name).tag("role", role).gauge();
    assertThat(gauge).as(name + " for " + role).isNotNull();
    return gauge.value();
  }
}
