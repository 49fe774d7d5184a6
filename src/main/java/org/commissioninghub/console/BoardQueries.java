package org.commissioninghub.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A programme board's cases: how many wait at each stage, and the first of them in each (longest
 * in the stage first), with their owner, and the next task due on each card shown. A fixed number
 * of cards per stage, however many cases there are.
 */
@Repository
class BoardQueries {

  private final NamedParameterJdbcTemplate jdbc;

  BoardQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Card(String reference, String title, String stage, String ragRating, LocalDate targetDate,
      Instant inStageSince, String owner) {}

  record NextTask(String name, Instant due) {}

  Map<String, Long> openByStage(ConsoleScope scope) {
    var counts = new HashMap<String, Long>();
    jdbc.query("SELECT c.current_stage, COUNT(*) FROM commissioning_case c WHERE c.status IN ('OPEN', 'ON_HOLD')"
        + " AND " + scope.cases() + " GROUP BY c.current_stage", scope.parameters(),
        rows -> {
          counts.put(rows.getString(1), rows.getLong(2));
        });
    return counts;
  }

  List<Card> firstCards(ConsoleScope scope, String ownerRole, int perStage) {
    return jdbc.query("SELECT reference, title, current_stage, rag_rating, target_start_date, stage_entered_at, owner"
        + " FROM (SELECT c.reference, c.title, c.current_stage, c.rag_rating, c.target_start_date, c.stage_entered_at,"
        + "   COALESCE((SELECT np.user_id FROM case_named_person np WHERE np.case_id = c.id AND np.role_id = :ownerRole),"
        + "     c.created_by) AS owner,"
        + "   ROW_NUMBER() OVER (PARTITION BY c.current_stage ORDER BY c.stage_entered_at, c.reference) AS place"
        + "   FROM commissioning_case c WHERE c.status IN ('OPEN', 'ON_HOLD') AND " + scope.cases() + ") board"
        + " WHERE place <= :perStage ORDER BY current_stage, place",
        scope.parameters(Map.of("ownerRole", ownerRole, "perStage", perStage)),
        (rows, n) -> new Card(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getObject(5, LocalDate.class), rows.getTimestamp(6).toInstant(), rows.getString(7)));
  }

  /** The open task of each case due soonest (or, without due dates, opened first), for the cases given. */
  Map<String, NextTask> nextTasks(List<String> references) {
    var next = new HashMap<String, NextTask>();
    if (references.isEmpty()) {
      return next;
    }
    jdbc.query("SELECT c.reference, t.NAME_, t.DUE_DATE_ FROM ACT_RU_TASK t"
        + " JOIN ACT_RU_EXECUTION pi ON pi.ID_ = t.PROC_INST_ID_"
        + " JOIN commissioning_case c ON c.process_instance_id = pi.ROOT_PROC_INST_ID_"
        + " WHERE c.reference IN (:references)"
        + " ORDER BY c.reference, CASE WHEN t.DUE_DATE_ IS NULL THEN 1 ELSE 0 END, t.DUE_DATE_, t.CREATE_TIME_, t.ID_",
        Map.of("references", references), rows -> {
          Timestamp due = rows.getTimestamp(3);
          next.putIfAbsent(rows.getString(1), new NextTask(rows.getString(2), due == null ? null : due.toInstant()));
        });
    return next;
  }
}
