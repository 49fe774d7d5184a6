package org.commissioninghub.casestore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.commissioninghub.system.CountSnapshot;
import org.commissioninghub.system.WorkDurations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cases in numbers for Prometheus: how many each programme has at each of its stages, by
 * status (read from the database at most once a refresh interval, so every node reports the same
 * figures, zeros included), and, as timers, how long cases spent in each stage and from opening to
 * end (recorded by the node that committed the change, once it is committed, so Prometheus sums
 * them across nodes).
 */
@Component
class CaseMetrics {

  static final String CASES = "hub.cases";
  static final String STAGE_DURATION = "hub.case.stage.duration";
  static final String CYCLE_DURATION = "hub.case.cycle.duration";

  record Key(Programme programme, String stage, CaseStatus status) {}

  private final MeterRegistry registry;
  private final CountSnapshot<Key> counts;

  CaseMetrics(CaseRepository cases, ProgrammeCatalog programmes, MeterRegistry registry,
      @Value("${hub.metrics.refresh-interval:PT30S}") Duration refreshInterval) {
    this.registry = registry;
    this.counts = new CountSnapshot<>(() -> {
      var byKey = new HashMap<Key, Long>();
      cases.countByProgrammeStageAndStatus().forEach(count ->
          byKey.put(new Key(count.getProgramme(), count.getStage(), count.getStatus()), count.getCases()));
      return byKey;
    }, refreshInterval);
    for (var programme : Programme.values()) {
      for (var stage : programmes.stagesOf(programme)) {
        for (var status : CaseStatus.values()) {
          var key = new Key(programme, stage.code(), status);
          Gauge.builder(CASES, () -> counts.count(key))
              .description("Cases by programme, stage and status")
              .tags("programme", programme.id(), "stage", stage.code(), "status", status.id())
              .register(registry);
        }
      }
    }
  }

  /** Reads the counts again now, rather than at the next scrape after the interval. */
  void refresh() {
    counts.refresh();
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
