package org.commissioninghub.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each open case should finish, from how long its programme's cases took at each stage: the
 * rest of its current stage (the stage's median, less the time already spent there, never less
 * than nothing) plus the median of every stage still ahead on the programme's path. A case whose
 * forecast passes its target start date or its deadline (ProgrammeProcess#deadline) is forecast
 * late. Worked out in SQL over the cases in scope, from medians of the period; the medians come
 * from every case, whoever looks.
 */
@Component
class Forecasts {

  /** How many of the latest cases the dashboard lists. */
  static final int MOST_LISTED = 50;

  private final NamedParameterJdbcTemplate jdbc;

  Forecasts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A case forecast to finish after its target start date, its deadline, or both. */
  record LateCase(String reference, String title, String programme, String stage, LocalDate targetDate,
      LocalDate deadline, LocalDate forecastDate) {

    /** Days late against the earlier of the dates it passes. */
    long daysLate() {
      var passed = java.util.stream.Stream.of(targetDate, deadline).filter(java.util.Objects::nonNull)
          .filter(date -> forecastDate.isAfter(date)).min(LocalDate::compareTo).orElse(forecastDate);
      return java.time.temporal.ChronoUnit.DAYS.between(passed, forecastDate);
    }
  }

  /** The cases forecast late (the latest first, at most {@link #MOST_LISTED}) and how many there are in all. */
  record Late(List<LateCase> latest, long count) {}

  /** Each path stage's median and the medians of the stages after it, in seconds. */
  record StagePlan(String stage, double stageSeconds, double restSeconds) {}

  /** The plan of each stage on the programme's path, from the medians of stages left in the period. */
  List<StagePlan> plan(ProgrammeConsole programme, Map<String, Double> medians) {
    var path = programme.forecastPath();
    var plans = new ArrayList<StagePlan>();
    double rest = 0;
    for (int i = path.size() - 1; i >= 0; i--) {
      var stage = path.get(i);
      var median = medians.getOrDefault(stage, 0.0);
      plans.add(0, new StagePlan(stage, median, rest));
      rest += median;
    }
    return plans;
  }

  /** The programme's cases in scope forecast late, from the medians of its stages (by stage code). */
  Late late(ProgrammeConsole programme, ConsoleScope scope, Map<String, Double> medians, Instant now) {
    var plans = plan(programme, medians);
    if (plans.isEmpty()) {
      return new Late(List.of(), 0);
    }
    var parameters = new HashMap<String, Object>();
    var stageSeconds = new StringBuilder("CASE");
    var restSeconds = new StringBuilder("CASE");
    for (int i = 0; i < plans.size(); i++) {
      parameters.put("stage" + i, plans.get(i).stage());
      stageSeconds.append(" WHEN c.current_stage = :stage").append(i).append(" THEN ")
          .append(Math.round(plans.get(i).stageSeconds()));
      restSeconds.append(" WHEN c.current_stage = :stage").append(i).append(" THEN ")
          .append(Math.round(plans.get(i).restSeconds()));
    }
    stageSeconds.append(" END");
    restSeconds.append(" END");
    parameters.put("forecastProgramme", programme.programme().name());
    parameters.put("pathStages", plans.stream().map(StagePlan::stage).toList());
    parameters.put("nowEpoch", now.getEpochSecond());
    var forecastEpoch = "(GREATEST(:nowEpoch, EXTRACT(EPOCH FROM c.stage_entered_at) + " + stageSeconds + ") + "
        + restSeconds + ")";
    // a forecast passes a date once it reaches the end of that day (days counted in UTC, which is
    // never more than an hour from England); the earlier of the target date and the deadline counts
    var passedEpoch = "(EXTRACT(EPOCH FROM CASE WHEN c.deadline IS NULL OR c.target_start_date < c.deadline"
        + " THEN COALESCE(c.target_start_date, c.deadline) ELSE c.deadline END) + 86400)";
    var where = " FROM commissioning_case c WHERE c.status IN ('OPEN', 'ON_HOLD')"
        + " AND c.programme = :forecastProgramme AND c.current_stage IN (:pathStages)"
        + " AND (c.target_start_date IS NOT NULL OR c.deadline IS NOT NULL) AND " + forecastEpoch + " >= "
        + passedEpoch + " AND " + scope.cases();
    var count = new long[1];
    // one pass: the window count is of every late case, before the first few are kept
    var latest = jdbc.query("SELECT c.reference, c.title, c.programme, c.current_stage, c.target_start_date,"
        + " c.deadline, " + forecastEpoch + ", COUNT(*) OVER ()" + where + " ORDER BY " + forecastEpoch + " - "
        + passedEpoch + " DESC, c.reference FETCH FIRST " + MOST_LISTED + " ROWS ONLY", scope.parameters(parameters),
        (rows, n) -> {
          count[0] = rows.getLong(8);
          return new LateCase(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class), dayOf(rows.getDouble(7)));
        });
    return new Late(latest, count[0]);
  }

  private static LocalDate dayOf(double epochSeconds) {
    return Instant.ofEpochSecond(Math.round(epochSeconds)).atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }
}
