package org.commissioninghub.identity;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's own users, groups and passwords, with {@link SignInThrottle} in place of the
 * engine's throttling, which locks an account for seconds after a single wrong password. It sits
 * under {@code IdentityService.checkPassword}, which every sign-in uses: HTTP Basic on /api and
 * /engine-rest, the hub's pages and the webapps' own sign-in. The count and the lock are the
 * engine's columns on the user, so every node of the hub sees them.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final int freeAttempts;

  ThrottledIdentityProvider(int freeAttempts) {
    this.freeAttempts = freeAttempts;
  }

  @Override
  protected void lockUser(UserEntity user) {
    var throttle = throttle(freeAttempts, Context.getProcessEngineConfiguration());
    var failures = user.getAttempts() + 1;
    if (throttle.locksForGood(failures)) {
      // The engine's permanent lock (and its log line): only an administrator's unlock ends it.
      super.lockUser(user);
      return;
    }
    var lock = throttle.lockAfter(failures);
    var lockedUntil = lock.isZero() ? null : new Date(ClockUtil.getCurrentTime().getTime() + lock.toMillis());
    getIdentityInfoManager().updateUserLock(user, failures, lockedUntil);
  }

  /** The throttle the engine's login settings and the free attempts make. */
  static SignInThrottle throttle(int freeAttempts, ProcessEngineConfigurationImpl configuration) {
    return new SignInThrottle(freeAttempts, Duration.ofSeconds(configuration.getLoginDelayBase()),
        configuration.getLoginDelayFactor(), Duration.ofSeconds(configuration.getLoginDelayMaxTime()),
        configuration.getLoginMaxAttempts());
  }
}
