package org.commissioninghub.notification;

import java.time.Instant;

/** One message of the outbox as the admin page shows it. */
public record OutboxEntry(
    long id,
    String recipient,
    String subject,
    String textBody,
    String htmlBody,
    Instant createdAt,
    int attempts,
    Instant lastAttemptAt,
    String lastError,
    Instant nextAttemptAt,
    Instant sentAt,
    boolean keptInApp) {

  public boolean sent() {
    return sentAt != null;
  }

  /** Waiting for the SMTP server: neither sent nor kept in the app. */
  public boolean pending() {
    return !sent() && !keptInApp;
  }
}
