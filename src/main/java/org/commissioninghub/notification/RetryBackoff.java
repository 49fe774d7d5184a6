package org.commissioninghub.notification;

import java.time.Duration;

/**
 * How long to wait before trying a failed message again: the base delay after the first failure,
 * doubling after each further one, never more than the maximum. There is no last attempt.
 */
record RetryBackoff(Duration base, Duration max) {

  RetryBackoff {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("the retry base delay must be positive, not " + base);
    }
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException("the maximum retry delay " + max + " is below the base " + base);
    }
  }

  /** The delay after the given number of failed attempts (1 for the first failure). */
  Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("no failed attempt, no delay: " + failedAttempts);
    }
    var delay = base;
    for (int doubling = 1; doubling < failedAttempts && delay.compareTo(max) < 0; doubling++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
