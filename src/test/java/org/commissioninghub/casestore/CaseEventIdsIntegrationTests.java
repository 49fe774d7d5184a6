package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case store draws its log entries' ids from a sequence 50 at a time (V31): a log entry
 * written by SQL between its entries takes an id of its own, never one of a block the case store is
 * still using, however many entries follow.
 */
@IntegrationTest
class CaseEventIdsIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aLogEntryWrittenBySqlNeverTakesAnIdTheCaseStoreHoldsInABlock() {
    var first = open("Event ids: first");
    var caseId = jdbc.queryForObject("SELECT id FROM commissioning_case WHERE reference = ?", Long.class, first);
    jdbc.update("INSERT INTO case_event (case_id, occurred_at, actor, event_type, summary) VALUES (?, ?, 'someone',"
        + " 'NOTE', 'Written by SQL')", caseId, Timestamp.from(Instant.now()));

    // two entries a case: more than a block's 50 after the one written by SQL
    for (int i = 0; i < 30; i++) {
      open("Event ids: " + i);
    }

    var bySql = jdbc.queryForObject("SELECT id FROM case_event WHERE event_type = 'NOTE' AND case_id = ?", Long.class,
        caseId);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE id = ?", Integer.class, bySql)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT id) FROM case_event", Integer.class))
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM case_event", Integer.class));
  }

  private String open(String title) {
    var response = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "details", Map.of("trigger", "access-gap", "area", "Torbay")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return response.body().get("reference").asText();
  }
}
