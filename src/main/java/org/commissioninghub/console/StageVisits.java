package org.commissioninghub.console;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.commissioninghub.casestore.CaseChange;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the console's read model of stage visits and case ends as the case store changes: in the
 * same transaction as the change (a plain event listener), so the figures never disagree with the
 * cases and a rolled-back change leaves no trace.
 */
@Component
class StageVisits {

  private static final String CASE_ID = "(SELECT id FROM commissioning_case WHERE reference = ?)";

  private final JdbcTemplate jdbc;

  StageVisits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void opened(CaseChange.CaseOpened opened) {
    enter(opened.reference(), opened.programme().name(), opened.stage(), opened.occurredAt());
  }

  @EventListener
  void stageChanged(CaseChange.StageChanged change) {
    leave(change.reference(), change.occurredAt());
    enter(change.reference(), change.programme().name(), change.toStage(), change.occurredAt());
  }

  @EventListener
  void ended(CaseChange.CaseEnded ended) {
    leave(ended.reference(), ended.occurredAt());
    jdbc.update("UPDATE commissioning_case SET ended_at = ?, cycle_seconds = ? WHERE reference = ?",
        Timestamp.from(ended.occurredAt()), Duration.between(ended.openedAt(), ended.occurredAt()).toSeconds(),
        ended.reference());
  }

  private void enter(String reference, String programme, String stage, Instant at) {
    if (stage == null) {
      return;
    }
    jdbc.update("INSERT INTO case_stage_visit (case_id, programme, stage, entered_at) VALUES (" + CASE_ID + ", ?, ?, ?)",
        reference, programme, stage, Timestamp.from(at));
  }

  /** Closes the case's open visit; its seconds are counted from its own entry in the same statement. */
  private void leave(String reference, Instant at) {
    var left = Timestamp.from(at);
    jdbc.update("UPDATE case_stage_visit SET left_at = ?, seconds = FLOOR(EXTRACT(EPOCH FROM CAST(? AS TIMESTAMP WITH"
        + " TIME ZONE)) - EXTRACT(EPOCH FROM entered_at)) WHERE case_id = " + CASE_ID + " AND left_at IS NULL",
        left, left, reference);
  }
}
