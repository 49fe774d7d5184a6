package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases that ended before milestones were withdrawn at the end get the same when the database is
 * migrated (V22): a milestone still ahead of the end is withdrawn; one past its date and not met, one
 * met, and those of an open case stay as they were.
 */
class MilestonesWithdrawnMigrationTests {

  @Test
  void theMilestonesStillAheadOfAnEndedCaseAreWithdrawnAndNothingElseChanges() {
    var dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:withdrawn;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
    var jdbc = new JdbcTemplate(dataSource);
    var ended = olderCase(jdbc, "DEN-2025-0001", "CANCELLED", LocalDate.parse("2025-03-01"));
    var ahead = milestone(jdbc, ended, "Contract awarded", "2025-06-01", null, "PLANNED");
    var onTheDay = milestone(jdbc, ended, "Business case approved", "2025-03-01", null, "PLANNED");
    var missed = milestone(jdbc, ended, "Needs assessment complete", "2025-02-01", null, "PLANNED");
    var met = milestone(jdbc, ended, "Market engaged", "2025-05-01", "2025-02-20", "ACHIEVED");
    var open = olderCase(jdbc, "DEN-2025-0002", "OPEN", null);
    var openAhead = milestone(jdbc, open, "Contract awarded", "2025-06-01", null, "PLANNED");

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("22").load().migrate();

    assertThat(status(jdbc, ahead)).isEqualTo("WITHDRAWN");
    assertThat(status(jdbc, onTheDay)).isEqualTo("WITHDRAWN");
    assertThat(status(jdbc, missed)).isEqualTo("PLANNED");
    assertThat(status(jdbc, met)).isEqualTo("ACHIEVED");
    assertThat(status(jdbc, openAhead)).isEqualTo("PLANNED");
  }

  private static long olderCase(JdbcTemplate jdbc, String reference, String status, LocalDate ended) {
    var created = Timestamp.from(Instant.parse("2025-01-01T09:00:00Z"));
    jdbc.update("INSERT INTO commissioning_case (reference, title, programme, status, current_stage, details,"
        + " created_by, created_at, updated_at, version, stage_entered_at, actual_end_date) VALUES (?, 'Older case',"
        + " 'DENTAL_PROCUREMENT', ?, 'needs-assessment', '{}', 'someone', ?, ?, 0, ?, ?)", reference, status, created,
        created, created, ended == null ? null : Date.valueOf(ended));
    return jdbc.queryForObject("SELECT id FROM commissioning_case WHERE reference = ?", Long.class, reference);
  }

  private static long milestone(JdbcTemplate jdbc, long caseId, String name, String target, String actual,
      String status) {
    jdbc.update("INSERT INTO case_milestone (case_id, name, target_date, actual_date, status) VALUES (?, ?, ?, ?, ?)",
        caseId, name, Date.valueOf(target), actual == null ? null : Date.valueOf(actual), status);
    return jdbc.queryForObject("SELECT MAX(id) FROM case_milestone", Long.class);
  }

  private static String status(JdbcTemplate jdbc, long milestone) {
    return jdbc.queryForObject("SELECT status FROM case_milestone WHERE id = ?", String.class, milestone);
  }
}
