package org.commissioninghub.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commissioninghub.casestore.Programme;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The console's figures as aggregate SQL over the case store, its read model (stage visits, case
 * ends, approval turnarounds) and the engine's open tasks: each figure one grouped query within
 * the viewer's scope, nothing loaded case by case. Durations are in seconds; percentiles are
 * continuous (interpolated), as PostgreSQL and H2 both compute them.
 */
@Repository
class KpiQueries {

  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";
  private static final String IN_PERIOD = " >= :periodStart AND %s < :periodEnd";

  private final NamedParameterJdbcTemplate jdbc;

  KpiQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Cases of a programme: open now, and opened, completed and cancelled in the period. */
  record CaseCounts(String programme, long open, long opened, long completed, long cancelled) {}

  List<CaseCounts> caseCounts(ConsoleScope scope) {
    return jdbc.query("SELECT c.programme,"
        + " SUM(CASE WHEN " + OPEN + " THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN " + period("c.created_at") + " THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN c.status = 'CLOSED' AND " + period("c.ended_at") + " THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN c.status = 'CANCELLED' AND " + period("c.ended_at") + " THEN 1 ELSE 0 END)"
        + " FROM commissioning_case c WHERE " + scope.cases() + " GROUP BY c.programme ORDER BY c.programme",
        scope.parameters(), (rows, n) -> new CaseCounts(rows.getString(1), rows.getLong(2), rows.getLong(3),
            rows.getLong(4), rows.getLong(5)));
  }

  /** Open cases of a programme at one value of a column (a stage, a RAG rating; null when unset). */
  record Breakdown(String programme, String value, long cases) {}

  List<Breakdown> openByStage(ConsoleScope scope) {
    return openBy("c.current_stage", scope);
  }

  List<Breakdown> openByRag(ConsoleScope scope) {
    return openBy("c.rag_rating", scope);
  }

  private List<Breakdown> openBy(String column, ConsoleScope scope) {
    return jdbc.query("SELECT c.programme, " + column + ", COUNT(*) FROM commissioning_case c WHERE " + OPEN
        + " AND " + scope.cases() + " GROUP BY c.programme, " + column + " ORDER BY c.programme, " + column,
        scope.parameters(), (rows, n) -> new Breakdown(rows.getString(1), rows.getString(2), rows.getLong(3)));
  }

  /** How long something took: how many, the median and the 90th percentile, in seconds. */
  record Spread(long count, double medianSeconds, double p90Seconds) {
    static Spread of(ResultSet rows, int firstColumn) throws SQLException {
      return new Spread(rows.getLong(firstColumn), rows.getDouble(firstColumn + 1), rows.getDouble(firstColumn + 2));
    }
  }

  static String spreadOf(String seconds) {
    return "COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + seconds + "),"
        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + seconds + ")";
  }

  /** A spread for one group: a programme, or a programme's stage, or a channel. */
  record GroupSpread(String programme, String group, Spread spread) {}

  /** Cycle times of the cases completed (closed) in the period, by programme; the programme null for all. */
  List<GroupSpread> cycleTimes(ConsoleScope scope) {
    var where = " FROM commissioning_case c WHERE c.status = 'CLOSED' AND " + period("c.ended_at") + " AND "
        + scope.cases();
    var byProgramme = jdbc.query("SELECT c.programme, " + spreadOf("c.cycle_seconds") + where
        + " GROUP BY c.programme ORDER BY c.programme", scope.parameters(),
        (rows, n) -> new GroupSpread(rows.getString(1), null, Spread.of(rows, 2)));
    return withOverall(byProgramme, "SELECT " + spreadOf("c.cycle_seconds") + where, scope);
  }

  /** How long cases took in each stage they left in the period, by programme and stage. */
  List<GroupSpread> stageDurations(ConsoleScope scope) {
    // the visits carry their programme: without a narrower scope there is no need to join the cases
    var from = scope.seesEveryCase()
        ? " FROM case_stage_visit v WHERE " + period("v.left_at")
            + (scope.filter().programme() == null ? "" : " AND v.programme = :programme")
        : " FROM case_stage_visit v JOIN commissioning_case c ON c.id = v.case_id WHERE " + period("v.left_at")
            + " AND " + scope.cases();
    return jdbc.query("SELECT v.programme, v.stage, " + spreadOf("v.seconds") + from
        + " GROUP BY v.programme, v.stage ORDER BY v.programme, v.stage",
        scope.parameters(), (rows, n) -> new GroupSpread(rows.getString(1), rows.getString(2), Spread.of(rows, 3)));
  }

  /** The median time in each stage of a programme's cases, all of them, left in the period: for forecasts. */
  Map<String, Double> medianStageSeconds(Programme programme, ConsoleFilter filter) {
    var scope = new ConsoleScope(new ConsoleFilter(programme, filter.from(), filter.to(), null, null),
        new org.commissioninghub.casestore.CaseAccess.VisibleCasesSql("1 = 1", Map.of()));
    var medians = new java.util.HashMap<String, Double>();
    jdbc.query("SELECT v.stage, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v.seconds) FROM case_stage_visit v"
        + " WHERE v.programme = :programme AND " + period("v.left_at") + " GROUP BY v.stage", scope.parameters(),
        rows -> {
          medians.put(rows.getString(1), rows.getDouble(2));
        });
    return medians;
  }

  /** Approval turnaround (request to decision) of approvals decided in the period, by channel; programme null for all. */
  List<GroupSpread> approvalTurnaround(ConsoleScope scope) {
    var where = " FROM case_decision d JOIN commissioning_case c ON c.id = d.case_id"
        + " WHERE d.turnaround_seconds IS NOT NULL AND " + period("d.decided_at") + " AND " + scope.cases();
    var byProgramme = jdbc.query("SELECT c.programme, d.channel, " + spreadOf("d.turnaround_seconds") + where
        + " GROUP BY c.programme, d.channel ORDER BY c.programme, d.channel", scope.parameters(),
        (rows, n) -> new GroupSpread(rows.getString(1), rows.getString(2), Spread.of(rows, 3)));
    return withOverall(byProgramme, "SELECT d.channel, " + spreadOf("d.turnaround_seconds") + where
        + " GROUP BY d.channel ORDER BY d.channel", scope);
  }

  /** Open tasks of the cases in scope, and those past their due date, by the role they are offered to. */
  record RoleTasks(String role, long open, long overdue) {}

  List<RoleTasks> tasksByRole(ConsoleScope scope, Instant now) {
    // always joined to the cases, even for a viewer who sees them all: Tasklist's standalone tasks
    // and tasks of processes outside any case are no programme's work
    var cases = " JOIN ACT_RU_EXECUTION pi ON pi.ID_ = t.PROC_INST_ID_"
        + " JOIN commissioning_case c ON c.process_instance_id = pi.ROOT_PROC_INST_ID_ WHERE " + scope.cases();
    return jdbc.query("SELECT il.GROUP_ID_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < :now THEN 1 ELSE 0 END)"
        + " FROM ACT_RU_TASK t"
        + " JOIN ACT_RU_IDENTITYLINK il ON il.TASK_ID_ = t.ID_ AND il.TYPE_ = 'candidate' AND il.GROUP_ID_ IS NOT NULL"
        + cases + " GROUP BY il.GROUP_ID_ ORDER BY il.GROUP_ID_",
        scope.parameters(Map.of("now", Timestamp.from(now))),
        (rows, n) -> new RoleTasks(rows.getString(1), rows.getLong(2), rows.getLong(3)));
  }

  /**
   * Milestones falling due in the period, by programme: met on time, met late, missed (past due, not
   * met). One withdrawn when its case ended before its date was never due.
   */
  record MilestoneRecord(String programme, long due, long onTime, long late, long missed) {}

  List<MilestoneRecord> milestones(ConsoleScope scope, java.time.LocalDate today) {
    return jdbc.query("SELECT c.programme, COUNT(*),"
        + " SUM(CASE WHEN m.actual_date IS NOT NULL AND m.actual_date <= m.target_date THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN m.actual_date IS NOT NULL AND m.actual_date > m.target_date THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN m.actual_date IS NULL AND m.target_date < :today THEN 1 ELSE 0 END)"
        + " FROM case_milestone m JOIN commissioning_case c ON c.id = m.case_id"
        + " WHERE m.status <> 'WITHDRAWN' AND m.target_date >= :periodFirstDay AND m.target_date <= :periodLastDay AND " + scope.cases()
        + " GROUP BY c.programme ORDER BY c.programme", scope.parameters(Map.of("today", today)),
        (rows, n) -> new MilestoneRecord(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
            rows.getLong(5)));
  }

  /**
   * The figures of all programmes together, then of each: asked of the database only when more
   * than one programme has figures; otherwise all programmes' are that one's.
   */
  private List<GroupSpread> withOverall(List<GroupSpread> byProgramme, String overallSql, ConsoleScope scope) {
    var all = new java.util.ArrayList<GroupSpread>();
    if (byProgramme.stream().map(GroupSpread::programme).distinct().count() > 1) {
      all.addAll(jdbc.query(overallSql, scope.parameters(), (rows, n) -> {
        var hasGroup = rows.getMetaData().getColumnCount() > 3;
        return new GroupSpread(null, hasGroup ? rows.getString(1) : null, Spread.of(rows, hasGroup ? 2 : 1));
      }).stream().filter(row -> row.spread().count() > 0).toList());
    } else {
      byProgramme.forEach(row -> all.add(new GroupSpread(null, row.group(), row.spread())));
    }
    all.addAll(byProgramme);
    return all;
  }

  private static String period(String column) {
    return column + IN_PERIOD.formatted(column);
  }
}
