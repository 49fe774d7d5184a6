package org.commissioninghub.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The account Prometheus scrapes /actuator/prometheus with, from HUB_METRICS_USERNAME and
 * HUB_METRICS_PASSWORD when both are set: a member of the metrics readers only, so the scraper's
 * credentials open nothing else.
 */
@Component
@Order(10)
class MetricsAccount implements ApplicationRunner {

  private final UserAccounts accounts;
  private final String username;
  private final String password;

  MetricsAccount(UserAccounts accounts, @Value("${hub.metrics.username:}") String username,
      @Value("${hub.metrics.password:}") String password) {
    if (StringUtils.hasText(username) && StringUtils.hasText(password)
        && password.length() < AdministratorAccount.MINIMUM_PASSWORD_LENGTH) {
      throw new IllegalStateException("HUB_METRICS_PASSWORD must be at least "
          + AdministratorAccount.MINIMUM_PASSWORD_LENGTH + " characters long.");
    }
    this.accounts = accounts;
    this.username = username;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (StringUtils.hasText(username) && StringUtils.hasText(password)) {
      accounts.ensureUser(username, "Metrics", "Reader", password, Role.METRICS_READERS_GROUP);
    }
  }
}
