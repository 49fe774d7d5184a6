package org.commissioninghub.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through the SMTP server, oldest message first. Each message is claimed, sent,
 * then marked sent, each step in a short transaction of its own, so a failure affects only that
 * message: it is kept, with the error, and tried again after a growing delay, for as long as it
 * takes. Without an SMTP server ({@code spring.mail.host} unset) nothing is dispatched: mail is
 * kept in the app ({@link DeliveryMode#IN_APP}), readable on the outbox page, and a kept email is
 * never sent, not even once an SMTP server is configured later.
 *
 * <p>A message is sent twice only if the hub stops (or loses its database) between handing it to
 * the SMTP server and marking it sent; its Message-ID is the same both times, so mail systems can
 * recognise the copy.
 */
@Service
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxMessageRepository messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final InternetAddress from;
  private final RetryBackoff backoff;
  private final boolean enabled;
  private final int batchSize;
  private final Duration claimTimeout;

  OutboxDispatcher(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
      PlatformTransactionManager transactionManager, Clock clock,
      @Value("${hub.mail.from:Commissioning Hub <no-reply@commissioning-hub.example>}") String from,
      @Value("${hub.mail.retry-base:PT10S}") Duration retryBase,
      @Value("${hub.mail.retry-max:PT30M}") Duration retryMax,
      @Value("${hub.mail.dispatcher.enabled:true}") boolean enabled,
      @Value("${hub.mail.batch-size:50}") int batchSize,
      @Value("${hub.mail.claim-timeout:PT50S}") Duration claimTimeout) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.from = address(from);
    this.backoff = new RetryBackoff(retryBase, retryMax);
    this.enabled = enabled;
    if (batchSize < 1) {
      throw new IllegalArgumentException("hub.mail.batch-size must be at least 1, not " + batchSize);
    }
    this.batchSize = batchSize;
    this.claimTimeout = claimTimeout;
  }

  private static InternetAddress address(String from) {
    try {
      var address = new InternetAddress(from, true);
      address.validate();
      return address;
    } catch (AddressException e) {
      throw new IllegalArgumentException("hub.mail.from is not an email address: " + from, e);
    }
  }

  /** SMTP when an SMTP server is configured, otherwise in the app: how an email enqueued now goes. */
  public DeliveryMode deliveryMode() {
    return mailSender.getIfAvailable() == null ? DeliveryMode.IN_APP : DeliveryMode.SMTP;
  }

  /** Whether the schedule delivers mail: an SMTP server is configured and the dispatcher is on. */
  public boolean isDispatching() {
    return enabled && deliveryMode() == DeliveryMode.SMTP;
  }

  @Scheduled(fixedDelayString = "${hub.mail.dispatch-interval:PT5S}")
  void dispatchOnSchedule() {
    if (!isDispatching()) {
      return;
    }
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      // The outbox itself could not be read or written (the database): try again next time.
      log.warn("Mail dispatch stopped early; the rest of the outbox waits for the next run", e);
    }
  }

  /**
   * Delivers every message that is due, oldest first.
   *
   * @return how many messages were sent; 0 without an SMTP server
   */
  public int dispatchDue() {
    return dispatchDue(Instant.now(clock));
  }

  /** As {@link #dispatchDue()}, as if it were {@code now} (the clock's time, if that is later). */
  int dispatchDue(Instant now) {
    var sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    var sent = 0;
    var failed = 0;
    DeliveryFailure lastFailure = null;
    List<Long> batch;
    do {
      // Every message of a batch is claimed (or was taken by another dispatcher), which makes it
      // no longer due, so the next batch holds other messages and the pass ends.
      batch = messages.findDueIds(now, PageRequest.of(0, batchSize));
      for (var id : batch) {
        var outcome = deliver(sender, id, now);
        if (outcome.sent()) {
          sent++;
        } else if (outcome.failure() != null) {
          failed++;
          lastFailure = outcome.failure();
        }
      }
    } while (batch.size() == batchSize);
    if (failed > 0) {
      log.warn("{} of {} emails could not be sent and will be tried again; the last error: {}",
          failed, sent + failed, lastFailure.error());
    } else if (sent > 0) {
      log.info("{} emails sent", sent);
    }
    return sent;
  }

  /** Sent, failed (and why), or neither: sent or taken by another dispatcher meanwhile. */
  private record Outcome(boolean sent, DeliveryFailure failure) {
    static final Outcome SENT = new Outcome(true, null);
    static final Outcome NOT_CLAIMED = new Outcome(false, null);
  }

  private record Claimed(long id, Instant createdAt, Email email) {}

  private Outcome deliver(JavaMailSender sender, long id, Instant now) {
    var claimed = claim(id, now);
    if (claimed == null) {
      return Outcome.NOT_CLAIMED;
    }
    try {
      sender.send(mime -> prepare(mime, claimed));
    } catch (RuntimeException e) {
      return new Outcome(false, recordFailure(id, describe(e), now));
    }
    markSent(id, now);
    return Outcome.SENT;
  }

  /** Takes the message if it is still due; {@code null} if it was sent or taken meanwhile. */
  private Claimed claim(long id, Instant now) {
    try {
      return transaction.execute(status -> {
        var message = messages.findById(id).orElse(null);
        if (message == null || !message.isDue(now)) {
          return null;
        }
        message.claim(attemptTime(now).plus(claimTimeout));
        return new Claimed(message.getId(), message.getCreatedAt(), message.email());
      });
    } catch (OptimisticLockingFailureException takenByAnotherDispatcher) {
      return null;
    }
  }

  private void markSent(long id, Instant now) {
    try {
      transaction.executeWithoutResult(status -> messages.findById(id).ifPresent(message -> {
        if (message.getSentAt() == null) {
          message.markSent(attemptTime(now));
        }
      }));
    } catch (RuntimeException e) {
      // The mail has gone but the outbox does not know: it will go again when the claim runs out.
      log.error("Email {} was sent but could not be marked sent; it will be sent again after {}",
          id, claimTimeout, e);
    }
  }

  private DeliveryFailure recordFailure(long id, String error, Instant now) {
    var at = attemptTime(now);
    transaction.executeWithoutResult(status -> messages.findById(id)
        .filter(message -> message.getSentAt() == null)
        .ifPresent(message -> message.recordFailure(at, error,
            at.plus(backoff.delayAfter(message.getAttempts() + 1)))));
    return new DeliveryFailure(id, at, error);
  }

  /** The pass's time, or the clock's if the pass has taken a while. */
  private Instant attemptTime(Instant now) {
    var clockNow = Instant.now(clock);
    return clockNow.isAfter(now) ? clockNow : now;
  }

  private void prepare(MimeMessage mime, Claimed message) throws MessagingException {
    var email = message.email();
    var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(email.to());
    helper.setSubject(email.subject());
    if (email.htmlBody() == null) {
      helper.setText(email.textBody(), false);
    } else {
      var alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(part(email.textBody(), "plain"));
      alternative.addBodyPart(part(email.htmlBody(), "html"));
      mime.setContent(alternative);
    }
    // The same id every time this message is sent: a copy (see above) can be recognised.
    mime.setHeader("Message-ID", "<outbox-" + message.id() + "." + message.createdAt().toEpochMilli()
        + "@" + domainOf(from) + ">");
  }

  private static MimeBodyPart part(String body, String subtype) throws MessagingException {
    var part = new MimeBodyPart();
    part.setText(body, StandardCharsets.UTF_8.name(), subtype);
    return part;
  }

  private static String domainOf(InternetAddress address) {
    var value = address.getAddress();
    return value.substring(value.lastIndexOf('@') + 1);
  }

  /** The exception's message, and its root cause's when that says more ("Could not parse mail"). */
  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    var message = e.getMessage();
    var rootMessage = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    if (message == null || message.isBlank()) {
      return rootMessage;
    }
    return root == e || message.contains(rootMessage) ? message : message + ": " + rootMessage;
  }
}
