package org.commissioninghub.approval;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.system.WorkDurations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long approvals take, from the request to the decision, by the channel the decision came by
 * (an email link or Tasklist): a timer for Prometheus, recorded once the decision is committed.
 */
@Component
class ApprovalMetrics {

  static final String TURNAROUND = "hub.approval.turnaround";

  private final MeterRegistry registry;

  ApprovalMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void decided(Programme programme, DecisionChannel channel, ApprovalOutcome outcome, Duration turnaround) {
    var timer = WorkDurations.timer(TURNAROUND, "How long approvals took from request to decision")
        .tags("programme", programme.id(), "channel", channel.id(), "outcome", outcome.id())
        .register(registry);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      timer.record(turnaround);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        timer.record(turnaround);
      }
    });
  }
}
