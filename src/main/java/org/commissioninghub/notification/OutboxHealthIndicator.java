package org.commissioninghub.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} health: UP, or DEGRADED while the latest delivery attempt has failed (an SMTP
 * outage). Never DOWN: mail waits in the outbox until the server is back, none is lost, and the
 * hub carries on working. ({@code management.endpoint.health.status.order} ranks DEGRADED between
 * DOWN and UP, and it answers 200.) Without an SMTP server mail is kept in the app, which is not
 * waiting: nothing is attempted, so the outbox stays UP however much mail is kept.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED",
      "The latest delivery attempt failed: mail is waiting in the outbox and will be retried");

  private final Outbox outbox;
  private final OutboxDispatcher dispatcher;

  OutboxHealthIndicator(Outbox outbox, OutboxDispatcher dispatcher) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
  }

  @Override
  public Health health() {
    OutboxSummary summary;
    try {
      summary = outbox.summary();
    } catch (DataAccessException e) {
      // The database's own indicator reports that; the outbox cannot say anything about mail.
      return Health.unknown().withDetail("error", String.valueOf(e.getMessage())).build();
    }
    var health = summary.latestAttemptFailed() ? Health.status(DEGRADED) : Health.up();
    health.withDetail("pending", summary.pending())
        .withDetail("oldestAgeSeconds", summary.oldestPendingAge().toSeconds())
        .withDetail("failed", summary.failed())
        .withDetail("keptInApp", summary.keptInApp())
        .withDetail("delivery", dispatcher.deliveryMode().id())
        .withDetail("dispatching", dispatcher.isDispatching());
    if (summary.latestAttemptFailed()) {
      var failure = summary.latestAttemptFailure();
      health.withDetail("lastError", failure.error() == null ? "" : failure.error())
          .withDetail("lastFailedAt", failure.at().toString());
    }
    return health.build();
  }
}
