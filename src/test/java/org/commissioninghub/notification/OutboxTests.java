package org.commissioninghub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** How an email is written to the outbox: for SMTP, or kept in the app, as the hub is configured. */
class OutboxTests {

  private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
  private static final Email EMAIL = new Email("finance-lead@nhs.example", "Approve", "Please approve.", null);

  private final OutboxMessageRepository messages = mock(OutboxMessageRepository.class);
  private final OutboxDispatcher dispatcher = mock(OutboxDispatcher.class);
  private final Outbox outbox = new Outbox(messages, dispatcher, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void withoutAnSmtpServerAnEmailIsKeptInTheAppAndIsNeverDue() {
    when(dispatcher.deliveryMode()).thenReturn(DeliveryMode.IN_APP);

    var saved = enqueued();

    assertThat(saved.getDelivery()).isEqualTo(DeliveryMode.IN_APP);
    assertThat(saved.isDue(NOW.plus(Duration.ofDays(365)))).as("no dispatcher ever takes it").isFalse();
  }

  @Test
  void withAnSmtpServerAnEmailWaitsForTheDispatcherAndIsDueAtOnce() {
    when(dispatcher.deliveryMode()).thenReturn(DeliveryMode.SMTP);

    var saved = enqueued();

    assertThat(saved.getDelivery()).isEqualTo(DeliveryMode.SMTP);
    assertThat(saved.isDue(NOW)).isTrue();
  }

  @Test
  void keptEmailsAreNotCountedAsWaiting() {
    when(messages.countBySentAtIsNullAndDelivery(DeliveryMode.SMTP)).thenReturn(2L);
    when(messages.countByDelivery(DeliveryMode.IN_APP)).thenReturn(7L);

    var summary = outbox.summary();

    assertThat(summary.pending()).isEqualTo(2);
    assertThat(summary.keptInApp()).isEqualTo(7);
    assertThat(summary.oldestPendingAge()).isZero();
  }

  private OutboxMessage enqueued() {
    outbox.enqueue(EMAIL);
    var saved = ArgumentCaptor.forClass(OutboxMessage.class);
    verify(messages).save(saved.capture());
    return saved.getValue();
  }
}
