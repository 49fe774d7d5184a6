package org.commissioninghub.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Outside the default profile there are no demo users and no built-in passwords: the first
 * administrator comes from HUB_ADMIN_USERNAME and HUB_ADMIN_PASSWORD, and without them the hub
 * refuses to start. Starting unlocks that administrator, should wrong passwords have locked the
 * account: whoever can restart the hub with its settings can always sign in to unlock others.
 */
@Component
@Profile("!default")
@Order(10)
class AdministratorAccount implements ApplicationRunner {

  static final int MINIMUM_PASSWORD_LENGTH = 12;

  private final UserAccounts accounts;
  private final String username;
  private final String password;

  AdministratorAccount(UserAccounts accounts,
      @Value("${hub.admin.username:}") String username,
      @Value("${hub.admin.password:}") String password) {
    requireCredentials(username, password);
    this.accounts = accounts;
    this.username = username;
    this.password = password;
  }

  static void requireCredentials(String username, String password) {
    if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
      throw new IllegalStateException("Set HUB_ADMIN_USERNAME and HUB_ADMIN_PASSWORD: outside the"
          + " default profile Commissioning Hub has no built-in administrator and will not start without one.");
    }
    if (password.length() < MINIMUM_PASSWORD_LENGTH) {
      throw new IllegalStateException("HUB_ADMIN_PASSWORD must be at least " + MINIMUM_PASSWORD_LENGTH
          + " characters long.");
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    accounts.ensureUser(username, "Hub", "Administrator", password, Role.ADMINISTRATORS_GROUP);
    accounts.unlock(username);
  }
}
