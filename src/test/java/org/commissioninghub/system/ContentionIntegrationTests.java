package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change that waits too long for a case someone else holds locked is answered 503 with
 * {@code Retry-After} and changes nothing, on H2 and PostgreSQL alike (its connections give up on
 * a lock after five seconds), rather than 500 or a request that hangs.
 */
@IntegrationTest
class ContentionIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  DataSource dataSource;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aChangeThatWaitsTooLongForALockIsAnsweredBusyWithRetryAfterAndChangesNothing() throws Exception {
    var opened = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Contention case", "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(opened.status()).isEqualTo(201);
    var reference = opened.body().get("reference").asText();

    try (var holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      try (var lock = holder.prepareStatement("SELECT id FROM commissioning_case WHERE reference = ? FOR UPDATE")) {
        lock.setString(1, reference);
        lock.executeQuery().close();
      }
      var started = System.nanoTime();

      var refused = hub.send("commissioning-manager", "PUT", "/api/cases/" + reference + "/rag-rating",
          Map.of("ragRating", "red", "reason", "Waits for the lock"));

      assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
      assertThat(refused.headers().get("retry-after")).containsExactly("2");
      assertThat(refused.body().path("title").asText()).isEqualTo("Busy");
      assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("seconds waited").isLessThan(15);
      holder.rollback();
    }
    assertThat(jdbc.queryForObject("SELECT rag_rating FROM commissioning_case WHERE reference = ?", String.class,
        reference)).isNull();
  }
}
