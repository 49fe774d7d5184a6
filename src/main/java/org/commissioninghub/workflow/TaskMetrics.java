package org.commissioninghub.workflow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.identity.Role;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks offered to each role, for Prometheus, counted by the engine on a schedule
 * (so every node reports the same figures). A task offered to two roles, such as an escalated
 * approval, counts under both; a claimed task still counts under its role.
 */
@Component
class TaskMetrics {

  static final String OPEN = "hub.tasks.open";
  static final String OVERDUE = "hub.tasks.overdue";

  private final TaskService taskService;
  private final AsHub asHub;
  private final Clock clock;
  private final MultiGauge open;
  private final MultiGauge overdue;

  TaskMetrics(TaskService taskService, AsHub asHub, Clock clock, MeterRegistry registry) {
    this.taskService = taskService;
    this.asHub = asHub;
    this.clock = clock;
    this.open = MultiGauge.builder(OPEN).description("Open tasks offered to a role").register(registry);
    this.overdue = MultiGauge.builder(OVERDUE).description("Open tasks offered to a role and past their due date")
        .register(registry);
  }

  @Scheduled(initialDelayString = "${hub.metrics.refresh-interval:PT30S}",
      fixedDelayString = "${hub.metrics.refresh-interval:PT30S}")
  void refresh() {
    var now = Date.from(clock.instant());
    var openRows = new ArrayList<MultiGauge.Row<?>>();
    var overdueRows = new ArrayList<MultiGauge.Row<?>>();
    asHub.run(() -> {
      for (var role : Role.values()) {
        var tags = Tags.of("role", role.groupId());
        openRows.add(MultiGauge.Row.of(tags, offeredTo(role).count()));
        overdueRows.add(MultiGauge.Row.of(tags, offeredTo(role).dueBefore(now).count()));
      }
      return null;
    });
    open.register(openRows, true);
    overdue.register(overdueRows, true);
  }

  private org.camunda.bpm.engine.task.TaskQuery offeredTo(Role role) {
    return taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks();
  }
}
