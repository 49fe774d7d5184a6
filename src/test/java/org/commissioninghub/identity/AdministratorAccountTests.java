package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdministratorAccountTests {

  @Test
  void refusesToStartWithoutAdministratorCredentials() {
    assertThatThrownBy(() -> AdministratorAccount.requireCredentials("", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HUB_ADMIN_USERNAME and HUB_ADMIN_PASSWORD");
    assertThatThrownBy(() -> AdministratorAccount.requireCredentials("admin", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAShortAdministratorPassword() {
    assertThatThrownBy(() -> AdministratorAccount.requireCredentials("admin", "short"))
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void acceptsAUsernameAndALongEnoughPassword() {
    assertThatCode(() -> AdministratorAccount.requireCredentials("admin", "a-long-secret-phrase"))
        .doesNotThrowAnyException();
  }
}
