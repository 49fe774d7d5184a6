package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database with log entries moves to a sequence for their ids (V31) that starts after the highest id used. */
class CaseEventIdsMigrationTests {

  @Test
  void theSequenceStartsAfterTheEntriesAlreadyLogged() {
    var dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:event-ids;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("30").load().migrate();
    var jdbc = new JdbcTemplate(dataSource);
    var created = Timestamp.from(Instant.parse("2025-01-01T09:00:00Z"));
    jdbc.update("INSERT INTO commissioning_case (reference, title, programme, status, current_stage, details,"
        + " created_by, created_at, updated_at, version, stage_entered_at) VALUES ('DEN-2025-0001', 'Older case',"
        + " 'DENTAL_PROCUREMENT', 'OPEN', 'needs-assessment', '{}', 'someone', ?, ?, 0, ?)", created, created, created);
    var caseId = jdbc.queryForObject("SELECT id FROM commissioning_case", Long.class);
    for (int i = 0; i < 3; i++) {
      log(jdbc, caseId, created);
    }

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("31").load().migrate();
    log(jdbc, caseId, created);

    assertThat(jdbc.queryForList("SELECT id FROM case_event ORDER BY id", Long.class)).containsExactly(1L, 2L, 3L, 4L);
    assertThat(jdbc.queryForObject("SELECT NEXT VALUE FOR case_event_ids", Long.class)).isEqualTo(54L);
  }

  private static void log(JdbcTemplate jdbc, long caseId, Timestamp at) {
    jdbc.update("INSERT INTO case_event (case_id, occurred_at, actor, event_type, summary) VALUES (?, ?, 'someone',"
        + " 'CASE_OPENED', 'Case opened')", caseId, at);
  }
}
