package org.commissioninghub.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every date the Provider Selection Regime sets, counted as the Regulations were made, in one
 * place: the processes, the case's lots and the procurement timetable all ask here.
 *
 * <p>Regulation 12(2)–(3): the standstill begins on the day after the day the intention-to-award
 * notice is published, and representations may be made until midnight at the end of the 8th
 * working day after the day it begins. A decision to proceed after representations adds 5 working
 * days after the day of the decision, but never shortens the standstill: other providers may make
 * representations until its original end. An award notice after direct award A or B is due within
 * 30 days of the award, counted from the day after it. Working days are those of England and
 * Wales; a day ends at midnight in Europe/London.
 */
@Service
public class StatutoryDates {

  private final WorkingDayCalendar calendar;
  private final int standstillWorkingDays;
  private final int afterDecisionWorkingDays;
  private final int awardNoticeDays;

  StatutoryDates(WorkingDayCalendar calendar,
      @Value("${hub.procurement.standstill-working-days:8}") int standstillWorkingDays,
      @Value("${hub.procurement.standstill-extension-working-days:5}") int afterDecisionWorkingDays,
      @Value("${hub.procurement.award-notice-days:30}") int awardNoticeDays) {
    if (standstillWorkingDays < 8) {
      throw new IllegalArgumentException("the PSR standstill is at least 8 working days, not " + standstillWorkingDays);
    }
    if (afterDecisionWorkingDays < 5) {
      throw new IllegalArgumentException(
          "a decision to proceed is followed by at least 5 working days, not " + afterDecisionWorkingDays);
    }
    this.calendar = calendar;
    this.standstillWorkingDays = standstillWorkingDays;
    this.afterDecisionWorkingDays = afterDecisionWorkingDays;
    this.awardNoticeDays = awardNoticeDays;
  }

  /** The standstill an intention-to-award notice published on that day starts: its first and its last moment. */
  public Standstill standstillAfterNotice(LocalDate noticePublished) {
    var begins = noticePublished.plusDays(1);
    var lastDay = calendar.addWorkingDays(begins, standstillWorkingDays);
    return new Standstill(UkTime.startOf(begins), UkTime.endOf(lastDay));
  }

  /** The standstill's end after a decision to proceed taken that day: the later of its end and 5 working days on. */
  public Instant endAfterDecisionToProceed(Instant standstillEnd, LocalDate decidedOn) {
    var afterDecision = UkTime.endOf(calendar.addWorkingDays(decidedOn, afterDecisionWorkingDays));
    return afterDecision.isAfter(standstillEnd) ? afterDecision : standstillEnd;
  }

  /** The last moment to publish the award notice of a direct award A or B made that day. */
  public Instant awardNoticeDue(LocalDate awardedOn) {
    return UkTime.endOf(awardedOn.plusDays(awardNoticeDays));
  }

  /** The day an instant falls on in England. */
  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }

  /**
   * The procurement timetable a commissioner plans with: from the day the intention to award is
   * published, and, if known, the day of a decision to proceed after representations and the day
   * of a direct award without standstill.
   */
  public List<StatutoryDate> timetable(LocalDate noticePublished, LocalDate decisionToProceed) {
    var standstill = standstillAfterNotice(noticePublished);
    var dates = new ArrayList<StatutoryDate>();
    dates.add(new StatutoryDate("standstill-begins", "The standstill begins", standstill.begins(), StatutoryDate.Boundary.FROM,
        "On the day after the day the intention-to-award notice is published (Regulation 12(2))."));
    dates.add(new StatutoryDate("representations-until", "Providers may make representations until",
        standstill.ends(), StatutoryDate.Boundary.UNTIL, "Until midnight at the end of the " + ordinal(standstillWorkingDays)
            + " working day after the day the standstill begins, bank holidays in England and Wales excluded"
            + " (Regulation 12(3))."));
    var end = standstill.ends();
    if (decisionToProceed != null) {
      if (decisionToProceed.isBefore(noticePublished)) {
        throw new IllegalArgumentException("a decision to proceed comes after the intention to award");
      }
      end = endAfterDecisionToProceed(standstill.ends(), decisionToProceed);
      dates.add(new StatutoryDate("standstill-ends-after-decision", "After the decision to proceed, the standstill ends",
          end, StatutoryDate.Boundary.UNTIL, "Midnight at the end of the " + ordinal(afterDecisionWorkingDays) + " working day after the day of the"
              + " decision, or the original end of the standstill if that is later: a decision never shortens it."));
    }
    dates.add(new StatutoryDate("earliest-award", "The contract may be awarded from", end, StatutoryDate.Boundary.FROM,
        "Once the standstill has ended with no representation left open."));
    dates.add(new StatutoryDate("award-notice-due", "Publish the award notice by", awardNoticeDue(dayOf(end)),
        StatutoryDate.Boundary.UNTIL,
        "Within " + awardNoticeDays + " days of the award, counted from the day after it: this date if the contract"
            + " is awarded on the first day it may be."));
    return dates;
  }

  private static String ordinal(int number) {
    var suffix = number % 100 >= 11 && number % 100 <= 13 ? "th"
        : switch (number % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return number + suffix;
  }

  /** A standstill from its first moment to the moment after its last. */
  public record Standstill(Instant begins, Instant ends) {}
}
