package org.commissioninghub.procurement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.procurement.StatutoryDate;
import org.commissioninghub.procurement.StatutoryDates;
import org.commissioninghub.system.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The rules of a planned standstill timetable, for the API and the planning page alike: the days
 * given must fall where the calendar knows the bank holidays, and a decision to proceed cannot
 * come before the notice.
 */
@Component
class TimetablePlanner {

  static final String NOTICE_PUBLISHED = "noticePublished";
  static final String DECISION_TO_PROCEED = "decisionToProceed";

  /** How far after the notice the timetable reaches: the calendar must know its bank holidays. */
  private static final int MONTHS_AHEAD = 3;

  private final StatutoryDates statutoryDates;
  private final WorkingDayCalendar calendar;

  TimetablePlanner(StatutoryDates statutoryDates, WorkingDayCalendar calendar) {
    this.statutoryDates = statutoryDates;
    this.calendar = calendar;
  }

  /** What is wrong with the days given; a day that was not given, or could not be read, is null. */
  List<FieldProblem> problems(LocalDate noticePublished, LocalDate decisionToProceed) {
    var problems = new ArrayList<FieldProblem>();
    outsideCalendar(NOTICE_PUBLISHED, noticePublished).ifPresent(problems::add);
    outsideCalendar(DECISION_TO_PROCEED, decisionToProceed).ifPresent(problems::add);
    if (noticePublished != null && decisionToProceed != null && decisionToProceed.isBefore(noticePublished)) {
      problems.add(new FieldProblem(DECISION_TO_PROCEED, "must not be before the notice was published"));
    }
    return problems;
  }

  private Optional<FieldProblem> outsideCalendar(String field, LocalDate day) {
    if (day == null || calendar.covers(day) && calendar.covers(day.plusMonths(MONTHS_AHEAD))) {
      return Optional.empty();
    }
    return Optional.of(new FieldProblem(field, "must fall in a year whose bank holidays the hub knows,"
        + " with three months to spare (" + calendar.yearsCovered() + ")"));
  }

  /** The timetable, for days {@link #problems} finds nothing wrong with. */
  List<StatutoryDate> plan(LocalDate noticePublished, LocalDate decisionToProceed) {
    return statutoryDates.timetable(noticePublished, decisionToProceed);
  }
}
