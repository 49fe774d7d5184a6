package org.commissioninghub.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox in numbers, read from the database at each scrape: mail waiting for the SMTP server,
 * how long the oldest has waited, how much of it has failed at least once, and mail kept in the app
 * (no SMTP server), which never waits.
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
        .description("Emails waiting for the SMTP server (not sent yet)")
        .register(registry);
    Gauge.builder("hub.outbox.oldest.age", () -> outbox.oldestPendingAge().toMillis() / 1000.0)
        .description("How long the oldest email waiting for the SMTP server has waited (0 when none)")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("hub.outbox.failed", outbox::failedCount)
        .description("Emails not sent yet whose delivery has failed at least once")
        .register(registry);
    Gauge.builder("hub.outbox.kept", outbox::keptInAppCount)
        .description("Emails kept in the app because no SMTP server was configured (never sent)")
        .register(registry);
  }
}
