package org.commissioninghub.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every email the hub sends starts: it is written to the outbox in the transaction of the
 * change that causes it, so a mail goes out if and only if that change commits, and survives
 * restarts and SMTP outages until {@link OutboxDispatcher} has delivered it. Without an SMTP server
 * an email is kept in the app from the start: readable on the outbox page, never waiting.
 */
@Service
public class Outbox {

  private final OutboxMessageRepository messages;
  private final OutboxDispatcher dispatcher;
  private final Clock clock;

  Outbox(OutboxMessageRepository messages, OutboxDispatcher dispatcher, Clock clock) {
    this.messages = messages;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /**
   * Puts an email in the outbox. Only inside a transaction (in a process step, the engine's): the
   * email is kept exactly when the caller's changes are, and never sent for a change rolled back.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enqueue(Email email) {
    messages.save(new OutboxMessage(email, Instant.now(clock), dispatcher.deliveryMode()));
  }

  /** Every message, sent or not, newest first. */
  @Transactional(readOnly = true)
  public Page<OutboxEntry> newestFirst(Pageable pageable) {
    return messages.findAllByOrderByCreatedAtDescIdDesc(pageable).map(OutboxMessage::toEntry);
  }

  /** Messages waiting for the SMTP server (kept ones never wait). */
  @Transactional(readOnly = true)
  public long pendingCount() {
    return messages.countBySentAtIsNullAndDelivery(DeliveryMode.SMTP);
  }

  /** Messages kept in the app because no SMTP server was configured when they were written. */
  @Transactional(readOnly = true)
  public long keptInAppCount() {
    return messages.countByDelivery(DeliveryMode.IN_APP);
  }

  /** Messages not sent yet whose delivery has failed at least once. */
  @Transactional(readOnly = true)
  public long failedCount() {
    return messages.countBySentAtIsNullAndAttemptsGreaterThan(0);
  }

  /** How long the oldest pending message has waited; zero when none is pending. */
  @Transactional(readOnly = true)
  public Duration oldestPendingAge() {
    return messages.findOldestPendingCreatedAt()
        .map(createdAt -> Duration.between(createdAt, Instant.now(clock)))
        .filter(age -> !age.isNegative())
        .orElse(Duration.ZERO);
  }

  /** The counts above, and the failure of the latest delivery attempt if it failed. */
  @Transactional(readOnly = true)
  public OutboxSummary summary() {
    return new OutboxSummary(pendingCount(), failedCount(), oldestPendingAge(), keptInAppCount(),
        latestAttemptFailure());
  }

  /**
   * The latest delivery attempt, if it failed. A sent message's last attempt is its sending, so
   * the latest attempt failed when an unsent message was tried after the last message was sent.
   */
  private DeliveryFailure latestAttemptFailure() {
    var lastFailed = messages.findFirstBySentAtIsNullAndLastAttemptAtIsNotNullOrderByLastAttemptAtDesc();
    if (lastFailed.isEmpty()) {
      return null;
    }
    var failed = lastFailed.get();
    var lastSent = messages.findLatestSentAt();
    if (lastSent.isPresent() && !failed.getLastAttemptAt().isAfter(lastSent.get())) {
      return null;
    }
    return new DeliveryFailure(failed.getId(), failed.getLastAttemptAt(), failed.getLastError());
  }
}
