package org.commissioninghub.console;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A process heat map's figures as aggregate SQL over the engine's activity history, joined to the
 * cases in the viewer's scope by the case's (root) process instance. Only the activities of the
 * programme's own process count ({@code PROC_DEF_KEY_}): what a called process does inside a call
 * activity is that call activity's time. The engine's own indexes serve both queries (PostgreSQL's
 * plans): the open activity instances are found through {@code END_TIME_ IS NULL}, as many as
 * there is open work, and the ended ones through {@code PROC_DEF_KEY_} or {@code END_TIME_}. The
 * hub adds no index to the engine's tables: Flyway runs before the engine creates them in a new
 * database.
 */
@Repository
class HeatmapQueries {

  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";
  private static final String ACTIVITIES = " FROM ACT_HI_ACTINST a"
      + " JOIN commissioning_case c ON c.process_instance_id = a.ROOT_PROC_INST_ID_"
      + " WHERE a.PROC_DEF_KEY_ = :processKey AND a.ACT_ID_ IN (:activityIds)";

  private final NamedParameterJdbcTemplate jdbc;

  HeatmapQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One activity's figures: cases waiting in it now; instances that ended in the period and how long they took. */
  record ActivityRecord(String activityId, long waiting, KpiQueries.Spread completed) {}

  /** The figures of each activity named that has any, by its id. */
  Map<String, ActivityRecord> activities(ConsoleScope scope, String processKey, Collection<String> activityIds) {
    var parameters = scope.parameters(Map.of("processKey", processKey, "activityIds", activityIds));
    var waiting = new HashMap<String, Long>();
    jdbc.query("SELECT a.ACT_ID_, COUNT(DISTINCT c.id)" + ACTIVITIES + " AND a.END_TIME_ IS NULL AND " + OPEN
        + " AND " + scope.cases() + " GROUP BY a.ACT_ID_", parameters,
        rows -> {
          waiting.put(rows.getString(1), rows.getLong(2));
        });
    var completed = new HashMap<String, KpiQueries.Spread>();
    // process instances start as cases open, so for a viewer who sees every case of the programme
    // the history needs no join to the cases: the engine's index on END_TIME_ finds the period
    var from = scope.seesEveryCase()
        ? " FROM ACT_HI_ACTINST a WHERE a.PROC_DEF_KEY_ = :processKey AND a.ACT_ID_ IN (:activityIds) AND "
        : ACTIVITIES + " AND " + scope.cases() + " AND ";
    jdbc.query("SELECT a.ACT_ID_, " + KpiQueries.spreadOf("a.DURATION_ / 1000.0") + from
        + "a.END_TIME_ >= :periodStart AND a.END_TIME_ < :periodEnd AND a.DURATION_ IS NOT NULL"
        + " GROUP BY a.ACT_ID_", parameters,
        rows -> {
          completed.put(rows.getString(1), KpiQueries.Spread.of(rows, 2));
        });
    var figures = new HashMap<String, ActivityRecord>();
    activityIds.forEach(id -> {
      if (waiting.containsKey(id) || completed.containsKey(id)) {
        figures.put(id, new ActivityRecord(id, waiting.getOrDefault(id, 0L), completed.get(id)));
      }
    });
    return figures;
  }

  /** A case waiting in an activity, since its earliest open instance there. */
  record WaitingCase(String reference, String title, Instant since) {}

  /** The cases waiting longest (at most {@code most}) and how many wait there in all. */
  record Waiting(List<WaitingCase> longest, long count) {}

  Waiting waiting(ConsoleScope scope, String processKey, String activityId, int most) {
    var parameters = scope.parameters(Map.of("processKey", processKey, "activityIds", List.of(activityId)));
    var where = ACTIVITIES + " AND a.END_TIME_ IS NULL AND " + OPEN + " AND " + scope.cases();
    var count = jdbc.queryForObject("SELECT COUNT(DISTINCT c.id)" + where, parameters, Long.class);
    var longest = jdbc.query("SELECT c.reference, c.title, MIN(a.START_TIME_) AS since" + where
        + " GROUP BY c.reference, c.title ORDER BY since, c.reference FETCH FIRST " + most + " ROWS ONLY", parameters,
        (rows, n) -> new WaitingCase(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant()));
    return new Waiting(longest, count == null ? 0 : count);
  }
}
