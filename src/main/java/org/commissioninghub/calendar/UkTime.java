package org.commissioninghub.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How the hub shows a moment to people: a date and time in England (GMT or BST as the day has it),
 * never a UTC instant. A period that ends at midnight reads as ending at the end of its last day.
 */
public final class UkTime {

  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private UkTime() {}

  /** The day it is in England on the clock, whatever zone the clock itself is set to. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON));
  }

  /** The first moment of a day in England. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
  }

  /** The first moment of a day in England as a {@link Date}, as the engine's timers and date variables take it. */
  public static Date startOfAsDate(LocalDate day) {
    return Date.from(startOf(day));
  }

  /** The moment after a day in England ends: a deadline given as a date means midnight at its end. */
  public static Instant endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  /** "midnight at the end of Monday 4 January 2027", or "17:30 on Monday 4 January 2027". */
  public static String endingAt(Instant end) {
    var local = end.atZone(WorkingDayCalendar.LONDON);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return "midnight at the end of " + DAY.format(local.minusDays(1));
    }
    return TIME.format(local) + " on " + DAY.format(local);
  }

  /** "the start of Friday 18 December 2026", or "09:00 on Friday 18 December 2026". */
  public static String beginningAt(Instant start) {
    var local = start.atZone(WorkingDayCalendar.LONDON);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return "the start of " + DAY.format(local);
    }
    return TIME.format(local) + " on " + DAY.format(local);
  }
}
