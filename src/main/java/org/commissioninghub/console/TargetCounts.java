package org.commissioninghub.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Counting for a programme's targets within the console's scope (the viewer's cases, the
 * filter): a programme module names what to count, this adds who may see it and the filter.
 */
public final class TargetCounts {

  private final NamedParameterJdbcTemplate jdbc;
  private final ConsoleScope scope;
  private final long forecastLate;

  TargetCounts(NamedParameterJdbcTemplate jdbc, ConsoleScope scope, long forecastLate) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.forecastLate = forecastLate;
  }

  /** Cases ({@code commissioning_case c}) of the programme meeting the condition, with its named parameters. */
  public long cases(String condition, Map<String, ?> parameters) {
    return rows("commissioning_case c", condition, parameters);
  }

  /**
   * Rows of a per-item table joined to its case {@code c}, such as
   * {@code "prison_site s JOIN commissioning_case c ON c.id = s.case_id"}, meeting the condition.
   */
  public long rows(String fromClause, String condition, Map<String, ?> parameters) {
    var count = jdbc.queryForObject("SELECT COUNT(*) FROM " + fromClause + where(condition),
        scope.parameters(parameters), Long.class);
    return count == null ? 0 : count;
  }

  /**
   * The earliest of a date column among the rows of {@code fromClause} meeting the condition, such
   * as the nearest deadline of the open cases ({@code "c.deadline"}); empty when none has one.
   */
  public Optional<LocalDate> earliest(String fromClause, String column, String condition, Map<String, ?> parameters) {
    return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(" + column + ") FROM " + fromClause + where(condition),
        scope.parameters(parameters), LocalDate.class));
  }

  /**
   * The total of a numeric column among the rows of {@code fromClause} meeting the condition, such
   * as the finance gaps of the open cases ({@code "d.finance_gap"}); zero when there are none.
   */
  public BigDecimal total(String fromClause, String column, String condition, Map<String, ?> parameters) {
    var total = jdbc.queryForObject("SELECT SUM(" + column + ") FROM " + fromClause + where(condition),
        scope.parameters(parameters), BigDecimal.class);
    return total == null ? BigDecimal.ZERO : total;
  }

  /** The condition within the console's scope. */
  private String where(String condition) {
    return " WHERE (" + condition + ") AND " + scope.cases();
  }

  /** Open cases of the programme forecast to finish after their target date. */
  public long forecastLate() {
    return forecastLate;
  }
}
