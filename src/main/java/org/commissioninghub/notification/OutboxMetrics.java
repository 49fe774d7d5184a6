package org.commissioninghub.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox in numbers, read from the database at each scrape: mail waiting, how long the oldest
 * has waited, and how much of it has failed at least once.
 */
@Component
class OutboxMetrics implements MeterBinder {

  private final Outbox outbox;

  OutboxMetrics(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("hub.outbox.pending", outbox::pendingCount)
        .description("Emails not sent yet")
        .register(registry);
    Gauge.builder("hub.outbox.oldest.age", () -> outbox.oldestPendingAge().toMillis() / 1000.0)
        .description("How long the oldest unsent email has waited (0 when none)")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("hub.outbox.failed", outbox::failedCount)
        .description("Emails not sent yet whose delivery has failed at least once")
        .register(registry);
  }
}
