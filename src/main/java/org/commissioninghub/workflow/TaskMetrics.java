package org.commissioninghub.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.CountSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks offered to each role, for Prometheus, counted by the engine at most once
 * a refresh interval (so every node reports the same figures). A task offered to two roles, such as
 * an escalated approval, counts under both; a claimed task still counts under its role.
 */
@Component
class TaskMetrics {

  static final String OPEN = "hub.tasks.open";
  static final String OVERDUE = "hub.tasks.overdue";

  record Key(Role role, boolean overdue) {}

  private final TaskService taskService;
  private final AsHub asHub;
  private final Clock clock;
  private final CountSnapshot<Key> counts;

  TaskMetrics(TaskService taskService, AsHub asHub, Clock clock, MeterRegistry registry,
      @Value("${hub.metrics.refresh-interval:PT30S}") Duration refreshInterval) {
    this.taskService = taskService;
    this.asHub = asHub;
    this.clock = clock;
    this.counts = new CountSnapshot<>(this::countAll, refreshInterval);
    for (var role : Role.values()) {
      Gauge.builder(OPEN, () -> counts.count(new Key(role, false)))
          .description("Open tasks offered to a role").tag("role", role.groupId()).register(registry);
      Gauge.builder(OVERDUE, () -> counts.count(new Key(role, true)))
          .description("Open tasks offered to a role and past their due date").tag("role", role.groupId())
          .register(registry);
    }
  }

  /** Counts again now, rather than at the next scrape after the interval. */
  void refresh() {
    counts.refresh();
  }

  private Map<Key, Long> countAll() {
    var now = Date.from(clock.instant());
    return asHub.run(() -> {
      var byKey = new HashMap<Key, Long>();
      for (var role : Role.values()) {
        byKey.put(new Key(role, false), offeredTo(role).count());
        byKey.put(new Key(role, true), offeredTo(role).dueBefore(now).count());
      }
      return byKey;
    });
  }

  private TaskQuery offeredTo(Role role) {
    return taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks();
  }
}
