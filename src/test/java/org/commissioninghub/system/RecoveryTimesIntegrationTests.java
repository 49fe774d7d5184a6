package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** Work held by a node that died is taken up by another within a minute, and no sooner than it could still be in hand. */
@IntegrationTest
class RecoveryTimesIntegrationTests {

  private static final Duration A_MINUTE = Duration.ofMinutes(1);

  @Autowired
  CamundaBpmProperties camunda;

  @Autowired
  MailProperties mail;

  @Value("${hub.mail.claim-timeout}")
  Duration outboxClaim;

  @Test
  void aJobLockedByADeadNodeIsAcquiredAgainWithinAMinute() {
    var jobs = camunda.getJobExecution();
    var lockRunsOut = Duration.ofMillis(jobs.getLockTimeInMillis());
    var longestIdleWait = Duration.ofMillis(jobs.getMaxWait());

    assertThat(lockRunsOut.plus(longestIdleWait)).isLessThan(A_MINUTE);
  }

  @Test
  void anEmailClaimedByADeadNodeGoesWithinAMinuteButNotWhileASendCanStillBeUnderWay() {
    var connect = Duration.ofMillis(Long.parseLong(mail.getProperties().get("mail.smtp.connectiontimeout")));
    var read = Duration.ofMillis(Long.parseLong(mail.getProperties().get("mail.smtp.timeout")));
    var write = Duration.ofMillis(Long.parseLong(mail.getProperties().get("mail.smtp.writetimeout")));

    assertThat(outboxClaim).isLessThan(A_MINUTE);
    // a send: connect, the greeting and EHLO read, the message written, its acceptance read
    assertThat(outboxClaim).isGreaterThan(connect.plus(read.multipliedBy(3)).plus(write));
  }
}
