package org.commissioninghub.procurement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.procurement.StatutoryDate;
import org.commissioninghub.procurement.StatutoryDates;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Provider Selection Regime timetable a commissioner plans with: from the day an
 * intention-to-award notice is published, when the standstill begins and ends, when the contract
 * may be awarded and when the award notice is due, each with the rule that sets it. The same
 * {@link StatutoryDates} the processes use.
 */
@RestController
class TimetableController {

  /** How far after the notice the timetable reaches: the calendar must know its bank holidays. */
  private static final int MONTHS_AHEAD = 3;

  record TimetableDate(String id, String name, Instant at, OffsetDateTime ukTime, String shownAs, String rule) {
    static TimetableDate of(StatutoryDate date) {
      return new TimetableDate(date.id(), date.name(), date.at(), date.ukTime(), date.shownAs(), date.rule());
    }
  }

  record Timetable(LocalDate noticePublished, LocalDate decisionToProceed, List<TimetableDate> dates) {}

  private final StatutoryDates statutoryDates;
  private final WorkingDayCalendar calendar;

  TimetableController(StatutoryDates statutoryDates, WorkingDayCalendar calendar) {
    this.statutoryDates = statutoryDates;
    this.calendar = calendar;
  }

  @GetMapping("/api/timetable")
  Timetable timetable(@RequestParam(required = false) String noticePublished,
      @RequestParam(required = false) String decisionToProceed) {
    var problems = new ArrayList<FieldProblem>();
    var published = day("noticePublished", noticePublished, true, problems);
    var decided = day("decisionToProceed", decisionToProceed, false, problems);
    if (published != null && decided != null && decided.isBefore(published)) {
      problems.add(new FieldProblem("decisionToProceed", "must not be before the notice was published"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var dates = statutoryDates.timetable(published, decided).stream().map(TimetableDate::of).toList();
    return new Timetable(published, decided, dates);
  }

  private LocalDate day(String field, String value, boolean required, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required, as a date such as 2026-12-17"));
      }
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date such as 2026-12-17, not '" + value + "'"));
      return null;
    }
    if (!calendar.covers(day) || !calendar.covers(day.plusMonths(MONTHS_AHEAD))) {
      problems.add(new FieldProblem(field, "must fall in a year whose bank holidays the hub knows, with three months"
          + " to spare (" + calendar.yearsCovered() + ")"));
      return null;
    }
    return day;
  }
}
