package org.commissioninghub.casestore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import org.commissioninghub.system.WorkDurations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cases in numbers for Prometheus: how many each programme has at each stage and status (read
 * from the database on a schedule, so every node reports the same figures), and, as timers, how
 * long cases spent in each stage and from opening to end (recorded by the node that committed the
 * change, so Prometheus sums them across nodes).
 */
@Component
class CaseMetrics {

  static final String CASES = "hub.cases";
  static final String STAGE_DURATION = "hub.case.stage.duration";
  static final String CYCLE_DURATION = "hub.case.cycle.duration";

  private final CaseRepository cases;
  private final MeterRegistry registry;
  private final MultiGauge caseCounts;

  CaseMetrics(CaseRepository cases, MeterRegistry registry) {
    this.cases = cases;
    this.registry = registry;
    this.caseCounts = MultiGauge.builder(CASES)
        .description("Cases by programme, stage and status")
        .register(registry);
  }

  @Scheduled(initialDelayString = "${hub.metrics.refresh-interval:PT30S}",
      fixedDelayString = "${hub.metrics.refresh-interval:PT30S}")
  @Transactional(readOnly = true)
  void refresh() {
    caseCounts.register(cases.countByProgrammeStageAndStatus().stream()
        .map(count -> MultiGauge.Row.of(Tags.of("programme", count.getProgramme().id(),
            "stage", count.getStage() == null ? "none" : count.getStage(), "status", count.getStatus().id()),
            count.getCases()))
        .toList(), true);
  }

  @TransactionalEventListener
  void stageLeft(CaseChange.StageChanged change) {
    if (change.fromStage() != null) {
      stageDuration(change.programme(), change.fromStage(), change.fromStageSince(), change.occurredAt());
    }
  }

  @TransactionalEventListener
  void caseEnded(CaseChange.CaseEnded ended) {
    if (ended.finalStage() != null) {
      stageDuration(ended.programme(), ended.finalStage(), ended.finalStageSince(), ended.occurredAt());
    }
    WorkDurations.timer(CYCLE_DURATION, "How long cases took from opening to closing or cancellation")
        .tags("programme", ended.programme().id(), "status", ended.status().id())
        .register(registry)
        .record(Duration.between(ended.openedAt(), ended.occurredAt()));
  }

  private void stageDuration(Programme programme, String stage, Instant since, Instant until) {
    WorkDurations.timer(STAGE_DURATION, "How long cases spent in a stage before leaving it")
        .tags("programme", programme.id(), "stage", stage)
        .register(registry)
        .record(Duration.between(since, until));
  }
}
