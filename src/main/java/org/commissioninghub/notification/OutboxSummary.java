package org.commissioninghub.notification;

import java.time.Duration;

/**
 * The state of the outbox at a glance.
 *
 * @param pending messages not sent yet
 * @param failed messages not sent yet whose delivery has failed at least once
 * @param oldestPendingAge how long the oldest unsent message has waited (zero when none)
 * @param latestAttemptFailure the latest delivery attempt, if it failed; {@code null} if it
 *     succeeded or there has been none
 */
public record OutboxSummary(long pending, long failed, Duration oldestPendingAge,
    DeliveryFailure latestAttemptFailure) {

  public boolean latestAttemptFailed() {
    return latestAttemptFailure != null;
  }
}
