package org.commissioninghub.identity;

import java.time.Duration;

/**
 * How sign-in slows password guessing without getting in the way of a typo: the first few wrong
 * passwords in a row cost nothing, so the right one works at once; each wrong one after those
 * locks the account for a while (the base delay, then growing by the factor up to the maximum);
 * at the maximum number of wrong passwords in a row the account stays locked until an
 * administrator unlocks it. A right password ends the run.
 *
 * @param freeAttempts wrong passwords in a row that lock nothing
 * @param delayBase the lock after the first wrong password beyond the free ones
 * @param delayFactor how much longer each further lock is
 * @param delayMax the longest lock short of the permanent one
 * @param maxAttempts wrong passwords in a row that lock the account until an administrator unlocks it
 */
record SignInThrottle(int freeAttempts, Duration delayBase, int delayFactor, Duration delayMax, int maxAttempts) {

  SignInThrottle {
    if (freeAttempts < 0 || freeAttempts >= maxAttempts) {
      throw new IllegalArgumentException("hub.sign-in.free-attempts must be from 0 to below the engine's"
          + " login-max-attempts (" + maxAttempts + "), not " + freeAttempts);
    }
  }

  /** Whether this many wrong passwords in a row lock the account until an administrator unlocks it. */
  boolean locksForGood(int failures) {
    return failures >= maxAttempts;
  }

  /** How long the account refuses every password after this many wrong ones in a row. */
  Duration lockAfter(int failures) {
    if (failures <= freeAttempts) {
      return Duration.ZERO;
    }
    var delay = delayBase;
    for (int more = freeAttempts + 1; more < failures && delay.compareTo(delayMax) < 0; more++) {
      delay = delay.multipliedBy(delayFactor);
    }
    return delay.compareTo(delayMax) > 0 ? delayMax : delay;
  }
}
