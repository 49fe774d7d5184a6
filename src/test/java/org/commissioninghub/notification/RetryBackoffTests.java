package org.commissioninghub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTests {

  private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(30));

  @Test
  void afterTheFirstFailureTheRetryWaitsTheBaseDelay() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void eachFurtherFailureDoublesTheDelay() {
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.delayAfter(8)).isEqualTo(Duration.ofSeconds(1280));
  }

  @Test
  void theDelayStopsGrowingAtTheMaximum() {
    assertThat(backoff.delayAfter(9)).as("2560 s would pass 30 min").isEqualTo(Duration.ofMinutes(30));
    assertThat(backoff.delayAfter(100)).isEqualTo(Duration.ofMinutes(30));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE)).as("no overflow, however long the outage")
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aMaximumBelowTheBaseOrANonPositiveBaseIsRefused() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(1), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thereIsNoDelayBeforeAFailure() {
    assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
