package org.commissioninghub.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for trying the hub on its embedded defaults: {@code demo} administers, and each role
 * has a user of the same id. All have the password {@code demo}. Only in the default profile.
 */
@Component
@Profile("default")
@Order(10)
class DemoUsers implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String ADMINISTRATOR = "demo";

  private final UserAccounts accounts;

  DemoUsers(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    accounts.ensureUser(ADMINISTRATOR, "Demo", "Administrator", PASSWORD, Role.ADMINISTRATORS_GROUP);
    for (var role : Role.values()) {
      accounts.ensureUser(role.groupId(), "Demo", role.displayName(), PASSWORD, role.groupId());
    }
  }
}
