package org.commissioninghub.console.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Sends the weekly digest on its schedule ({@code hub.digest.cron}, in {@code hub.digest.zone}) on
 * every node, and once more when a node starts if this week's time has passed: a hub that was down
 * on Monday morning sends the week's digest when it is back, later in the same week. The digest
 * itself sees to it that each lead gets one a week whichever node sends it and however often.
 */
@Component
@ConditionalOnProperty(name = "hub.digest.enabled", havingValue = "true", matchIfMissing = true)
class DigestSchedule {

  private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

  private final WeeklyDigest digest;
  private final CronExpression cron;
  private final Clock clock;

  DigestSchedule(WeeklyDigest digest, @Value("${hub.digest.cron:0 0 7 * * MON}") String cron,
      @Value("${hub.digest.zone:Europe/London}") ZoneId zone, Clock clock) {
    this.digest = digest;
    this.cron = CronExpression.parse(cron);
    this.clock = clock.withZone(zone);
  }

  @Scheduled(cron = "${hub.digest.cron:0 0 7 * * MON}", zone = "${hub.digest.zone:Europe/London}")
  void weekly() {
    send();
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    if (dueThisWeek(clock.instant())) {
      try {
        send();
      } catch (RuntimeException e) {
        // the hub starts all the same; the next start or the next week sends
        log.error("The weekly digest on start failed", e);
      }
    }
  }

  /** Whether the schedule's first time in the week (from Monday) that holds this instant has passed. */
  boolean dueThisWeek(Instant now) {
    var monday = WeeklyDigest.weekOf(now).atStartOfDay(clock.getZone());
    var first = cron.next(monday.minusSeconds(1));
    return first != null && !first.toInstant().isAfter(now);
  }

  private void send() {
    var week = WeeklyDigest.weekOf(clock.instant());
    var sent = digest.send(week);
    log.info("Weekly digest for the week of {}: {} sent from this node", week, sent);
  }
}
