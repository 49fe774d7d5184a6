package org.commissioninghub.notification;

import java.time.Duration;

/**
 * The state of the outbox at a glance.
 *
 * @param pending messages waiting for the SMTP server (not sent yet)
 * @param failed messages not sent yet whose delivery has failed at least once
 * @param oldestPendingAge how long the oldest pending message has waited (zero when none)
 * @param keptInApp messages kept in the app because no SMTP server was configured: never sent,
 *     never waiting
 * @param latestAttemptFailure the latest delivery attempt, if it failed; {@code null} if it
 *     succeeded or there has been none
 */
public record OutboxSummary(long pending, long failed, Duration oldestPendingAge, long keptInApp,
    DeliveryFailure latestAttemptFailure) {

  public boolean latestAttemptFailed() {
    return latestAttemptFailure != null;
  }
}
