package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the console's read model (V18) for cases opened before it was kept, from their event log:
 * each stage a case entered (its opening, each stage change) until it left (the next change, or
 * its end), and when a closed or cancelled case ended. The log is read in order, a case at a time,
 * and written in batches; nothing else reads it this way.
 */
public class V19__Stage_visits_from_event_log extends BaseJavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    try (var events = connection.prepareStatement("""
            SELECT e.case_id, c.programme, c.created_at, e.event_type, e.occurred_at, e.after_state
              FROM case_event e JOIN commissioning_case c ON c.id = e.case_id
             WHERE e.event_type IN ('CASE_OPENED', 'STAGE_CHANGED', 'STATUS_CHANGED')
             ORDER BY e.case_id, e.occurred_at, e.id""");
        var visits = connection.prepareStatement("""
            INSERT INTO case_stage_visit (case_id, programme, stage, entered_at, left_at, seconds)
            VALUES (?, ?, ?, ?, ?, ?)""");
        var ended = connection.prepareStatement(
            "UPDATE commissioning_case SET ended_at = ?, cycle_seconds = ? WHERE id = ?");
        var rows = events.executeQuery()) {
      var open = new OpenVisit();
      var pending = 0;
      while (rows.next()) {
        var caseId = rows.getLong(1);
        if (open.caseId != caseId) {
          pending += open.writeIfOpen(visits, null);
          open = new OpenVisit();
          open.caseId = caseId;
          open.programme = rows.getString(2);
        }
        var at = rows.getTimestamp(5).toInstant();
        var after = rows.getString(6) == null ? JSON.nullNode() : JSON.readTree(rows.getString(6));
        switch (rows.getString(4)) {
          case "CASE_OPENED", "STAGE_CHANGED" -> {
            pending += open.writeIfOpen(visits, at);
            open.enter(text(after, "currentStage"), at);
          }
          default -> {
            var status = text(after, "status");
            if ("closed".equals(status) || "cancelled".equals(status)) {
              pending += open.writeIfOpen(visits, at);
              var createdAt = rows.getTimestamp(3).toInstant();
              ended.setTimestamp(1, Timestamp.from(at));
              ended.setLong(2, Duration.between(createdAt, at).toSeconds());
              ended.setLong(3, caseId);
              ended.addBatch();
              pending++;
            }
          }
        }
        if (pending >= BATCH) {
          visits.executeBatch();
          ended.executeBatch();
          pending = 0;
        }
      }
      open.writeIfOpen(visits, null);
      visits.executeBatch();
      ended.executeBatch();
    }
  }

  private static String text(JsonNode node, String field) {
    var value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The stage a case is in while its log is read. */
  private static final class OpenVisit {
    long caseId = -1;
    String programme;
    String stage;
    Instant enteredAt;

    void enter(String stage, Instant at) {
      this.stage = stage;
      this.enteredAt = stage == null ? null : at;
    }

    /** Adds the visit to the batch, ended at {@code leftAt} or still open; returns how many rows it added. */
    int writeIfOpen(PreparedStatement visits, Instant leftAt) throws SQLException {
      if (stage == null || enteredAt == null) {
        return 0;
      }
      visits.setLong(1, caseId);
      visits.setString(2, programme);
      visits.setString(3, stage);
      visits.setTimestamp(4, Timestamp.from(enteredAt));
      if (leftAt == null) {
        visits.setTimestamp(5, null);
        visits.setNull(6, java.sql.Types.BIGINT);
      } else {
        visits.setTimestamp(5, Timestamp.from(leftAt));
        visits.setLong(6, Duration.between(enteredAt, leftAt).toSeconds());
      }
      visits.addBatch();
      stage = null;
      return 1;
    }
  }
}
