package org.commissioninghub.procurement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.procurement.StatutoryDate;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Provider Selection Regime timetable a commissioner plans with: from the day an
 * intention-to-award notice is published, when the standstill begins and ends, when the contract
 * may be awarded and when the award notice is due, each with the rule that sets it. The same
 * {@link org.commissioninghub.procurement.StatutoryDates} the processes use.
 */
@RestController
class TimetableController {

  record TimetableDate(String id, String name, Instant at, OffsetDateTime ukTime, String shownAs, String rule) {
    static TimetableDate of(StatutoryDate date) {
      return new TimetableDate(date.id(), date.name(), date.at(), date.ukTime(), date.shownAs(), date.rule());
    }
  }

  record Timetable(LocalDate noticePublished, LocalDate decisionToProceed, List<TimetableDate> dates) {}

  private final TimetablePlanner planner;

  TimetableController(TimetablePlanner planner) {
    this.planner = planner;
  }

  @GetMapping("/api/timetable")
  Timetable timetable(@RequestParam(required = false) String noticePublished,
      @RequestParam(required = false) String decisionToProceed) {
    var problems = new ArrayList<FieldProblem>();
    var published = day(TimetablePlanner.NOTICE_PUBLISHED, noticePublished, true, problems);
    var decided = day(TimetablePlanner.DECISION_TO_PROCEED, decisionToProceed, false, problems);
    problems.addAll(planner.problems(published, decided));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var dates = planner.plan(published, decided).stream().map(TimetableDate::of).toList();
    return new Timetable(published, decided, dates);
  }

  private static LocalDate day(String field, String value, boolean required, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required, as a date such as 2026-12-17"));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date such as 2026-12-17, not '" + value + "'"));
      return null;
    }
  }
}
