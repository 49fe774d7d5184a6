package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases opened before the console's read model was kept get their stage visits and end from their
 * event log when the database is migrated (V19): a case that moved through stages and closed, and
 * one still open.
 */
class StageVisitsBackfillTests {

  @Test
  void theEventLogOfOlderCasesBecomesTheirStageVisitsAndTheirEnd() {
    var dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:backfill;DB_CLOSE_DELAY=-1");
    var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    flyway.target("18").load().migrate();
    var jdbc = new JdbcTemplate(dataSource);
    var closed = olderCase(jdbc, "DEN-2025-0001", "2025-01-01T09:00:00Z");
    event(jdbc, closed, "2025-01-01T09:00:00Z", "CASE_OPENED", "{\"title\":\"x\",\"currentStage\":\"needs-assessment\"}");
    event(jdbc, closed, "2025-01-04T09:00:00Z", "STAGE_CHANGED", "{\"currentStage\":\"lot-design\"}");
    event(jdbc, closed, "2025-01-05T09:00:00Z", "RAG_CHANGED", "{\"ragRating\":\"red\"}");
    event(jdbc, closed, "2025-01-11T09:00:00Z", "STATUS_CHANGED", "{\"status\":\"cancelled\",\"reason\":\"stopped\"}");
    var open = olderCase(jdbc, "DEN-2025-0002", "2025-02-01T09:00:00Z");
    event(jdbc, open, "2025-02-01T09:00:00Z", "CASE_OPENED", "{\"currentStage\":\"needs-assessment\"}");

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("19").load().migrate();

    var visits = jdbc.queryForList("SELECT case_id, stage, entered_at, left_at, seconds FROM case_stage_visit"
        + " ORDER BY case_id, entered_at");
    assertThat(visits).hasSize(3);
    assertThat(visits.get(0)).containsEntry("STAGE", "needs-assessment").containsEntry("SECONDS", 3L * 86_400);
    assertThat(visits.get(1)).containsEntry("STAGE", "lot-design").containsEntry("SECONDS", 7L * 86_400);
    assertThat(visits.get(2)).containsEntry("STAGE", "needs-assessment").containsEntry("LEFT_AT", null)
        .containsEntry("SECONDS", null);
    assertThat(jdbc.queryForObject("SELECT cycle_seconds FROM commissioning_case WHERE id = ?", Long.class, closed))
        .isEqualTo(10L * 86_400);
    assertThat(jdbc.queryForObject("SELECT ended_at FROM commissioning_case WHERE id = ?", Long.class, open)).isNull();
  }

  private static long olderCase(JdbcTemplate jdbc, String reference, String created) {
    jdbc.update("INSERT INTO commissioning_case (reference, title, programme, status, current_stage, details,"
        + " created_by, created_at, updated_at, version, stage_entered_at) VALUES (?, 'Older case',"
        + " 'DENTAL_PROCUREMENT', 'OPEN', 'needs-assessment', '{}', 'someone', ?, ?, 0, ?)", reference, ts(created),
        ts(created), ts(created));
    return jdbc.queryForObject("SELECT id FROM commissioning_case WHERE reference = ?", Long.class, reference);
  }

  private static void event(JdbcTemplate jdbc, long caseId, String at, String type, String after) {
    jdbc.update("INSERT INTO case_event (case_id, occurred_at, actor, event_type, summary, after_state)"
        + " VALUES (?, ?, 'someone', ?, 'summary', ?)", caseId, ts(at), type, after);
  }

  private static Timestamp ts(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
