package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine does not look for revoke authorizations (one query fewer in every authorized command),
 * so none may be saved, through the engine's API or over REST, and one already saved stops the hub
 * starting; grants are saved as before.
 */
@IntegrationTest
class RevokeAuthorizationsIntegrationTests {

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Autowired
  HubClient hub;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theEngineIsToldNotToCheckRevokes() {
    assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualToIgnoringCase("never");
  }

  @Test
  void aRevokeSavedThroughTheEngineIsRefusedAndNothingIsSaved() {
    var revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId("finance-lead");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId("*");
    revoke.removePermission(Permissions.READ);

    assertThatThrownBy(() -> authorizationService.saveAuthorization(revoke))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("never revokes");
    assertThat(revokes()).isZero();
  }

  @Test
  void aRevokeMadeFromAGrantIsRefusedAndTheGrantStaysAsItWas() {
    var grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("revoke-test-user");
    grant.setResource(Resources.FILTER);
    grant.setResourceId("revoke-test-filter");
    grant.addPermission(Permissions.READ);
    var saved = authorizationService.saveAuthorization(grant);
    try {
      var asRevoke = authorizationService.createAuthorizationQuery().authorizationId(saved.getId()).singleResult();
      ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) asRevoke)
          .setAuthorizationType(Authorization.AUTH_TYPE_REVOKE);

      assertThatThrownBy(() -> authorizationService.saveAuthorization(asRevoke))
          .isInstanceOf(BadUserRequestException.class);
      assertThat(authorizationService.createAuthorizationQuery().authorizationId(saved.getId()).singleResult()
          .getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
    } finally {
      authorizationService.deleteAuthorization(saved.getId());
    }
  }

  @Test
  void anAdministratorCreatingARevokeOverRestIsAnsweredWithAProblemAndNothingIsSaved() {
    var response = hub.post("demo", "/engine-rest/authorization/create", Map.of("type", Authorization.AUTH_TYPE_REVOKE,
        "permissions", new String[] {"READ"}, "groupId", "finance-lead", "resourceType", Resources.TASK.resourceType(),
        "resourceId", "*"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().toString()).contains("never revokes");
    assertThat(revokes()).isZero();
  }

  @Test
  void aRevokeSavedBeforeRevokesWereRefusedStopsTheHubStartingAndIsNamed() {
    jdbc.update("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
        + " VALUES ('revoke-from-before', 1, 2, 'finance-lead', 7, '*', -3)");
    try {
      assertThatThrownBy(() -> TaskQueryAuthorizationPlugin.refuseToStartWithRevokes(engine))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("revoke-from-before")
          .hasMessageContaining("Admin > Authorizations");
    } finally {
      jdbc.update("DELETE FROM ACT_RU_AUTHORIZATION WHERE ID_ = 'revoke-from-before'");
    }
    TaskQueryAuthorizationPlugin.refuseToStartWithRevokes(engine);
  }

  long revokes() {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
  }
}
