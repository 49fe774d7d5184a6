package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The hub's settings: three free wrong passwords, then 3 s doubling up to 60 s, locked at the tenth. */
class SignInThrottleTests {

  private final SignInThrottle throttle =
      new SignInThrottle(3, Duration.ofSeconds(3), 2, Duration.ofSeconds(60), 10);

  @Test
  void theFirstWrongPasswordsLockNothingSoTheRightOneWorksAtOnce() {
    assertThat(throttle.lockAfter(1)).isZero();
    assertThat(throttle.lockAfter(3)).isZero();
  }

  @Test
  void eachWrongPasswordBeyondTheFreeOnesLocksTheAccountLongerUpToTheMaximum() {
    assertThat(throttle.lockAfter(4)).isEqualTo(Duration.ofSeconds(3));
    assertThat(throttle.lockAfter(5)).isEqualTo(Duration.ofSeconds(6));
    assertThat(throttle.lockAfter(8)).isEqualTo(Duration.ofSeconds(48));
    assertThat(throttle.lockAfter(9)).isEqualTo(Duration.ofSeconds(60));
    assertThat(throttle.lockAfter(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void theMaximumNumberOfWrongPasswordsLocksTheAccountUntilAnAdministratorUnlocksIt() {
    assertThat(throttle.locksForGood(9)).isFalse();
    assertThat(throttle.locksForGood(10)).isTrue();
  }

  @Test
  void asManyFreeAttemptsAsAllowedOnesIsRefused() {
    assertThatThrownBy(() -> new SignInThrottle(10, Duration.ofSeconds(3), 2, Duration.ofSeconds(60), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub.sign-in.free-attempts");
  }
}
