package org.commissioninghub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One email in the outbox, from the moment it is enqueued until it has been handed to the SMTP
 * server (and after: sent messages stay, with when they went). It is never deleted for failing.
 * Without an SMTP server it is kept in the app instead: read on the outbox page, never sent.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

  static final int MAX_ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false, length = 65535)
  private String textBody;

  @Column(updatable = false, length = 65535)
  private String htmlBody;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  /** Delivery attempts so far, the successful one included. */
  private int attempts;

  private Instant lastAttemptAt;

  @Column(length = MAX_ERROR_LENGTH)
  private String lastError;

  /** Not before this the dispatcher tries (again); while one is sending it, the end of its claim. */
  @Column(nullable = false)
  private Instant nextAttemptAt;

  private Instant sentAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DeliveryMode delivery;

  @Version
  private long version;

  protected OutboxMessage() {}

  OutboxMessage(Email email, Instant now, DeliveryMode delivery) {
    this.delivery = delivery;
    this.recipient = email.to();
    this.subject = email.subject();
    this.textBody = email.textBody();
    this.htmlBody = email.htmlBody();
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  boolean isDue(Instant now) {
    return delivery == DeliveryMode.SMTP && sentAt == null && !nextAttemptAt.isAfter(now);
  }

  /**
   * Takes the message for one delivery attempt: until {@code until} no other dispatcher (another
   * instance of the hub) picks it up. If this one stops mid-attempt, the claim runs out and the
   * message is tried again: it is delayed, not lost.
   */
  void claim(Instant until) {
    nextAttemptAt = until;
  }

  void markSent(Instant at) {
    attempts++;
    lastAttemptAt = at;
    sentAt = at;
  }

  void recordFailure(Instant at, String error, Instant nextAttempt) {
    attempts++;
    lastAttemptAt = at;
    lastError = truncate(error);
    nextAttemptAt = nextAttempt;
  }

  private static String truncate(String error) {
    if (error == null || error.length() <= MAX_ERROR_LENGTH) {
      return error;
    }
    return error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  Email email() {
    return new Email(recipient, subject, textBody, htmlBody);
  }

  OutboxEntry toEntry() {
    return new OutboxEntry(id, recipient, subject, textBody, htmlBody, createdAt, attempts,
        lastAttemptAt, lastError, nextAttemptAt, sentAt, delivery == DeliveryMode.IN_APP);
  }

  Long getId() {
    return id;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  int getAttempts() {
    return attempts;
  }

  Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  String getLastError() {
    return lastError;
  }

  Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  Instant getSentAt() {
    return sentAt;
  }

  DeliveryMode getDelivery() {
    return delivery;
  }
}
