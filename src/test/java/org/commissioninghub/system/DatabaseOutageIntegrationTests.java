package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.commissioninghub.testsupport.DatabaseSwitch;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.PageSession;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With its database out of reach (every new connection refused, as the pool refuses them when the
 * database is down or restarting), the hub answers 503 with {@code Retry-After} on every API rather
 * than 500, and the pool gives up on a connection within seconds rather than half a minute.
 */
@IntegrationTest
class DatabaseOutageIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  DataSource dataSource;

  @Autowired
  DatabaseSwitch database;

  @AfterEach
  void databaseBack() {
    database.bringBack();
  }

  @Test
  void aRequestWaitsAtMostThreeSecondsForAConnection() throws SQLException {
    assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isEqualTo(3000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases", "/engine-rest/task", "/engine-rest/process-definition", "/admin/outbox"})
  void everyApiAnswersServiceUnavailableWithRetryAfter(String path) {
    var user = path.startsWith("/admin") ? "demo" : "commissioning-manager";
    hub.get(user, path);
    database.takeDown();

    var response = hub.get(user, path);

    assertThat(response.status()).as(response.body().toString()).isEqualTo(503);
    assertThat(response.headers().get("retry-after")).containsExactly("10");
    assertThat(response.body().path("title").asText()).isEqualTo("Database unavailable");
  }

  @Test
  void aPersonsBrowserGetsTheHubsOwnPageSayingTheDatabaseIsOutOfReach() {
    var browser = PageSession.signIn(hub.baseUrl(), "commissioning-manager");
    assertThat(browser.get("/cases").status()).isEqualTo(200);
    database.takeDown();

    var page = browser.get("/cases");

    assertThat(page.status()).isEqualTo(503);
    assertThat(page.body()).contains("<h1>Database unavailable</h1>", "The hub cannot reach its database just now",
        "Find a case").doesNotContain("\"title\"", "Exception");
  }

  @Test
  void theHubIsAliveButNotReadyWithoutItsDatabaseAndReadyAgainAfter() {
    database.takeDown();

    assertThat(hub.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
    var readiness = hub.get(null, "/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(503);
    assertThat(readiness.body().path("status").asText()).isEqualTo("DOWN");

    database.bringBack();

    assertThat(hub.get(null, "/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  void theDatabaseBackTheSameRequestWorks() {
    database.takeDown();
    assertThat(hub.get("commissioning-manager", "/api/cases").status()).isEqualTo(503);

    database.bringBack();

    assertThat(hub.get("commissioning-manager", "/api/cases").status()).isEqualTo(200);
  }
}
