package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Tasklist sign-in lives in the database, not in the node that took it: every request reads the
 * session (the webapps' authentication and CSRF token) from there, so any node can serve the next one.
 */
@IntegrationTest
class WebappSessionStoreIntegrationTests {

  static final String TASK_COUNT = WebappSession.ENGINE_API + "/task/count";

  @Autowired
  HubClient hub;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aTasklistSignInIsStoredInTheDatabaseWithTheWebappsAuthentication() {
    var tasklist = hub.tasklist("commissioning-manager");

    var attributes = jdbc.queryForList("""
        select a.attribute_name from spring_session_attributes a
        join spring_session s on s.primary_id = a.session_primary_id
        where s.session_id = ?""", String.class, tasklist.sessionId());
    assertThat(attributes).contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");
  }

  @Test
  void theSignedInUserReadsAndPostsThroughTasklistWithTheSessionReadBackFromTheDatabase() {
    var tasklist = hub.tasklist("commissioning-manager");

    var user = tasklist.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    assertThat(user.status()).isEqualTo(200);
    assertThat(user.body().get("userId").asText()).isEqualTo("commissioning-manager");
    // a POST passes the webapps' CSRF check only against the token kept in the session
    assertThat(tasklist.json("POST", TASK_COUNT, java.util.Map.of()).status()).isEqualTo(200);
    assertThat(tasklist.send("GET", TASK_COUNT, null, null).status()).isEqualTo(200);
  }

  @Test
  void deletingTheSessionFromTheDatabaseSignsTheUserOut() {
    var tasklist = hub.tasklist("commissioning-manager");
    assertThat(tasklist.send("GET", TASK_COUNT, null, null).status()).isEqualTo(200);

    jdbc.update("delete from spring_session where session_id = ?", tasklist.sessionId());

    assertThat(tasklist.send("GET", TASK_COUNT, null, null).status()).isEqualTo(401);
  }
}
