package org.commissioninghub.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.commissioninghub.system.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: not a Saturday, Sunday or bank holiday. Provider Selection
 * Regime periods (such as the standstill) count in working days.
 *
 * <p>The bean is named {@code workingDays} so that timers and due dates in the diagrams can use it,
 * for example {@code ${workingDays.endOfWorkingDays(standstillStart, 8)}} or
 * {@code ${workingDays.dueIn(5)}}. The {@link Date} methods are for those expressions (the engine
 * works in {@code Date}); they convert in Europe/London and delegate to the {@link LocalDate}
 * methods, which hold the rules. "Now" is the engine's clock, so process tests can move time.
 *
 * <p>Dates outside the years of the bank holidays file are refused with an
 * {@link IllegalStateException} (see {@link BankHolidays}).
 */
@Component("workingDays")
public class WorkingDayCalendar {

  public static final ZoneId LONDON = EngineClock.LONDON;

  static final String BANK_HOLIDAYS_PROPERTY = "hub.calendar.bank-holidays";
  static final String DEFAULT_BANK_HOLIDAYS = "calendar/bank-holidays-england-and-wales.json";

  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final BankHolidays bankHolidays;
  private final Clock clock;

  @Autowired
  WorkingDayCalendar(@Value("${" + BANK_HOLIDAYS_PROPERTY + ":classpath:" + DEFAULT_BANK_HOLIDAYS
      + "}") Resource bankHolidays, Clock clock) {
    this.bankHolidays = BankHolidays.load(bankHolidays);
    this.clock = clock;
  }

  /** A calendar on these bank holidays, counting from the engine's now. */
  public WorkingDayCalendar(BankHolidays bankHolidays) {
    this.bankHolidays = bankHolidays;
    this.clock = EngineClock.INSTANCE;
  }

  /** A calendar on the bank holidays shipped with the hub, for tests without Spring. */
  public static WorkingDayCalendar englandAndWales() {
    return new WorkingDayCalendar(BankHolidays.fromClasspath(DEFAULT_BANK_HOLIDAYS));
  }

  /** Whether the calendar knows the bank holidays of the day's year. */
  public boolean covers(LocalDate day) {
    return bankHolidays.covers(day);
  }

  /** The years whose bank holidays the calendar knows, for a message: "2024 to 2030". */
  public String yearsCovered() {
    return bankHolidays.firstYear() + " to " + bankHolidays.lastYear();
  }

  public boolean isWorkingDay(LocalDate day) {
    bankHolidays.requireCovered(day);
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !bankHolidays.isBankHoliday(day);
  }

  /**
   * The n-th working day after {@code start}; {@code start} itself never counts. With n = 0,
   * {@code start} if it is a working day, otherwise the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    return moveWorkingDays(start, workingDays, 1);
  }

  /**
   * The n-th working day before {@code start}; {@code start} itself never counts. With n = 0,
   * {@code start} if it is a working day, otherwise the working day before it.
   */
  public LocalDate subtractWorkingDays(LocalDate start, int workingDays) {
    return moveWorkingDays(start, workingDays, -1);
  }

  /** The working days after {@code startExclusive} up to and including {@code endInclusive}. */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    if (endInclusive.isBefore(startExclusive)) {
      throw new IllegalArgumentException(
          "the end " + endInclusive + " is before the start " + startExclusive);
    }
    var count = 0;
    for (var day = startExclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The end of a period "ending at midnight on the n-th working day" after {@code from}'s date:
   * 00:00 Europe/London on the day after that working day.
   */
  public Date endOfWorkingDays(Date from, int workingDays) {
    var lastWorkingDay = addWorkingDays(toLocalDate(from), workingDays);
    return Date.from(lastWorkingDay.plusDays(1).atStartOfDay(LONDON).toInstant());
  }

  /** The end of the n-th working day from the engine's now, as {@link #endOfWorkingDays}. */
  public Date dueIn(int workingDays) {
    return endOfWorkingDays(Date.from(clock.instant()), workingDays);
  }

  /**
   * 09:00 Europe/London on the working day n working days before the last working day of the
   * period that ends at {@code due}, or the engine's now if that time has passed (a reminder timer
   * then fires at once rather than never).
   *
   * <p>A due date at midnight, as {@link #endOfWorkingDays} gives, ends the working day before it,
   * so that day is the period's last working day.
   */
  public Date reminderBefore(Date due, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    var lastMoment = toLocalDate(new Date(due.getTime() - 1));
    var lastWorkingDay = subtractWorkingDays(lastMoment, 0);
    var reminderDay = subtractWorkingDays(lastWorkingDay, workingDays);
    var reminder = Date.from(reminderDay.atTime(REMINDER_TIME).atZone(LONDON).toInstant());
    var now = Date.from(clock.instant());
    return reminder.before(now) ? now : reminder;
  }

  private LocalDate moveWorkingDays(LocalDate start, int workingDays, int step) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    var day = start;
    if (workingDays == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(step);
      }
      return day;
    }
    var remaining = workingDays;
    while (remaining > 0) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  private static LocalDate toLocalDate(Date date) {
    return date.toInstant().atZone(LONDON).toLocalDate();
  }
}
