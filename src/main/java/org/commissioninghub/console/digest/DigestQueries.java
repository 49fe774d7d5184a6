package org.commissioninghub.console.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.casestore.CaseAccess.VisibleCasesSql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the weekly digest reads beyond the console's tables: a week of the case event log and the
 * overdue milestones, each one grouped or limited query over the cases the lead may see.
 */
@Repository
class DigestQueries {

  /** How many cases each list of the digest names; the rest are counted and left to the console. */
  static final int MOST_LISTED = 20;

  private static final String EVENTS_IN_WEEK = " FROM case_event e JOIN commissioning_case c ON c.id = e.case_id"
      + " WHERE e.occurred_at >= :weekStart AND e.occurred_at < :weekEnd";
  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";

  private final NamedParameterJdbcTemplate jdbc;

  DigestQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What happened to a programme's cases in the week. */
  record ProgrammeChanges(String programme, long opened, long closed, long cancelled, long stageChanges) {}

  /** A case named in the digest, with when and what happened to it (its status now, or its RAG rating now). */
  record CaseLine(String reference, String title, String programme, String state, Instant at) {}

  /** An open case's milestone past its target date and not achieved. */
  record MilestoneLine(String reference, String title, String programme, String milestone, LocalDate targetDate) {}

  /** The first {@link #MOST_LISTED} of a list, and how long it is. */
  record Listed<T>(List<T> shown, long count) {}

  /** Each programme with cases opened, closed, cancelled or moved on a stage in the week. */
  List<ProgrammeChanges> changes(VisibleCasesSql visible, Instant weekStart, Instant weekEnd) {
    // a case ends once (CaseStore.end writes its only STATUS_CHANGED), so its status now says how
    return jdbc.query("SELECT c.programme,"
        + " SUM(CASE WHEN e.event_type = 'CASE_OPENED' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN e.event_type = 'STATUS_CHANGED' AND c.status = 'CLOSED' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN e.event_type = 'STATUS_CHANGED' AND c.status = 'CANCELLED' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN e.event_type = 'STAGE_CHANGED' THEN 1 ELSE 0 END)"
        + EVENTS_IN_WEEK + " AND e.event_type IN ('CASE_OPENED', 'STATUS_CHANGED', 'STAGE_CHANGED')"
        + " AND " + visible.condition() + " GROUP BY c.programme ORDER BY c.programme",
        parameters(visible, weekStart, weekEnd), (rows, n) -> new ProgrammeChanges(rows.getString(1),
            rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
  }

  /** The cases closed or cancelled in the week, in the order they ended. */
  Listed<CaseLine> ended(VisibleCasesSql visible, Instant weekStart, Instant weekEnd) {
    var where = EVENTS_IN_WEEK + " AND e.event_type = 'STATUS_CHANGED' AND " + visible.condition();
    return listed("SELECT c.reference, c.title, c.programme, c.status, e.occurred_at" + where
        + " ORDER BY e.occurred_at, c.reference", "SELECT COUNT(*)" + where, parameters(visible, weekStart, weekEnd),
        (rows, n) -> new CaseLine(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getTimestamp(5).toInstant()));
  }

  /** The cases rated red in the week (the latest time for each), with their rating now. */
  Listed<CaseLine> turnedRed(VisibleCasesSql visible, Instant weekStart, Instant weekEnd) {
    // the log's after_state is the JSON of the rating set; escaped as it is, a reason cannot imitate it
    var where = EVENTS_IN_WEEK + " AND e.event_type = 'RAG_CHANGED' AND e.after_state LIKE :ratedRed AND "
        + visible.condition();
    var parameters = parameters(visible, weekStart, weekEnd);
    parameters.put("ratedRed", "%\"ragRating\":\"red\"%");
    return listed("SELECT c.reference, c.title, c.programme, c.rag_rating, MAX(e.occurred_at)" + where
        + " GROUP BY c.reference, c.title, c.programme, c.rag_rating ORDER BY MAX(e.occurred_at) DESC, c.reference",
        "SELECT COUNT(DISTINCT e.case_id)" + where, parameters,
        (rows, n) -> new CaseLine(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getTimestamp(5).toInstant()));
  }

  /** The open cases' milestones whose target date is before today and that are not achieved, oldest first. */
  Listed<MilestoneLine> overdueMilestones(VisibleCasesSql visible, LocalDate today) {
    var where = " FROM case_milestone m JOIN commissioning_case c ON c.id = m.case_id"
        + " WHERE m.actual_date IS NULL AND m.target_date < :today AND " + OPEN + " AND " + visible.condition();
    var parameters = new HashMap<String, Object>(visible.parameters());
    parameters.put("today", today);
    return listed("SELECT c.reference, c.title, c.programme, m.name, m.target_date" + where
        + " ORDER BY m.target_date, c.reference, m.name", "SELECT COUNT(*)" + where, parameters,
        (rows, n) -> new MilestoneLine(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getObject(5, LocalDate.class)));
  }

  private <T> Listed<T> listed(String select, String count, Map<String, ?> parameters, RowMapper<T> rows) {
    var shown = jdbc.query(select + " FETCH FIRST " + MOST_LISTED + " ROWS ONLY", parameters, rows);
    var total = shown.size() < MOST_LISTED ? Long.valueOf(shown.size())
        : jdbc.queryForObject(count, parameters, Long.class);
    return new Listed<>(shown, total == null ? 0 : total);
  }

  private static Map<String, Object> parameters(VisibleCasesSql visible, Instant weekStart, Instant weekEnd) {
    var parameters = new HashMap<String, Object>(visible.parameters());
    parameters.put("weekStart", Timestamp.from(weekStart));
    parameters.put("weekEnd", Timestamp.from(weekEnd));
    return parameters;
  }
}
