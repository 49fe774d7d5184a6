package org.commissioninghub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The outbox's health in each delivery mode. */
class OutboxHealthIndicatorTests {

  private final Outbox outbox = mock(Outbox.class);
  private final OutboxDispatcher dispatcher = mock(OutboxDispatcher.class);
  private final OutboxHealthIndicator indicator = new OutboxHealthIndicator(outbox, dispatcher);

  @Test
  void mailKeptInTheAppLeavesTheOutboxUpWithNothingWaiting() {
    when(dispatcher.deliveryMode()).thenReturn(DeliveryMode.IN_APP);
    when(outbox.summary()).thenReturn(new OutboxSummary(0, 0, Duration.ZERO, 12, null));

    var health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("delivery", "in-app").containsEntry("dispatching", false)
        .containsEntry("pending", 0L).containsEntry("oldestAgeSeconds", 0L).containsEntry("keptInApp", 12L);
  }

  @Test
  void withSmtpMailWaitingAfterASuccessfulAttemptIsUp() {
    when(dispatcher.deliveryMode()).thenReturn(DeliveryMode.SMTP);
    when(dispatcher.isDispatching()).thenReturn(true);
    when(outbox.summary()).thenReturn(new OutboxSummary(3, 0, Duration.ofSeconds(4), 0, null));

    var health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("delivery", "smtp").containsEntry("pending", 3L)
        .containsEntry("oldestAgeSeconds", 4L).doesNotContainKey("lastError");
  }

  @Test
  void withSmtpAFailedLatestAttemptIsDegradedWithTheError() {
    when(dispatcher.deliveryMode()).thenReturn(DeliveryMode.SMTP);
    when(outbox.summary()).thenReturn(new OutboxSummary(3, 3, Duration.ofMinutes(2), 0,
        new DeliveryFailure(9, Instant.parse("2027-02-01T09:00:00Z"), "Connection refused")));

    var health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(OutboxHealthIndicator.DEGRADED);
    assertThat(health.getDetails()).containsEntry("failed", 3L).containsEntry("lastError", "Connection refused");
  }
}
