package org.commissioninghub.console;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseAccess.VisibleCasesSql;

/**
 * A filter and the viewer's case-level access as SQL over {@code commissioning_case c}: the
 * condition every console query puts on its cases, the period's bounds as instants, and the named
 * parameters of both.
 */
final class ConsoleScope {

  private final ConsoleFilter filter;
  private final boolean everyCase;
  private final String condition;
  private final Map<String, Object> parameters = new HashMap<>();

  ConsoleScope(ConsoleFilter filter, VisibleCasesSql visible) {
    this.filter = filter;
    this.everyCase = visible.everyCase() && filter.integratedCareSystem() == null
        && filter.commissioner() == null;
    var where = new StringBuilder(visible.condition());
    parameters.putAll(visible.parameters());
    if (filter.programme() != null) {
      where.append(" AND c.programme = :programme");
      parameters.put("programme", filter.programme().name());
    }
    if (filter.integratedCareSystem() != null) {
      where.append(" AND c.integrated_care_system = :integratedCareSystem");
      parameters.put("integratedCareSystem", filter.integratedCareSystem());
    }
    if (filter.commissioner() != null) {
      where.append(" AND c.commissioner = :commissioner");
      parameters.put("commissioner", filter.commissioner());
    }
    this.condition = where.toString();
    parameters.put("periodStart", Timestamp.from(filter.from().atStartOfDay(WorkingDayCalendar.LONDON).toInstant()));
    parameters.put("periodEnd",
        Timestamp.from(filter.to().plusDays(1).atStartOfDay(WorkingDayCalendar.LONDON).toInstant()));
    parameters.put("periodFirstDay", filter.from());
    parameters.put("periodLastDay", filter.to());
  }

  ConsoleFilter filter() {
    return filter;
  }

  /** Whether the scope is every case (of the programme, when one is chosen): a viewer who sees all, unfiltered. */
  boolean seesEveryCase() {
    return everyCase;
  }

  /** The condition on {@code c}, the case, without a leading AND. */
  String cases() {
    return condition;
  }

  /** The named parameters, with more of the caller's own. */
  Map<String, Object> parameters(Map<String, ?> more) {
    var all = new HashMap<>(parameters);
    all.putAll(more);
    return all;
  }

  Map<String, Object> parameters() {
    return parameters(Map.of());
  }
}
