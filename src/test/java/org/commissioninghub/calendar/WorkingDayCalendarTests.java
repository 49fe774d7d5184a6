package org.commissioninghub.calendar;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class WorkingDayCalendarTests {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 6))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 7))).as("Sunday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 8))).as("Monday").isTrue();
  }

  @Test
  void addingAWorkingDayOverChristmas2026SkipsChristmasTheWeekendAndTheBoxingDaySubstitute() {
    var christmasEve = LocalDate.of(2026, 12, 24); // Thursday

    var next = calendar.addWorkingDays(christmasEve, 1);

    assertThat(next).isEqualTo(LocalDate.of(2026, 12, 29)); // Tuesday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute")
        .isFalse();
  }

  @Test
  void countingOverChristmasAndNewYear2027To2028SkipsEverySubstituteDay() {
    var christmasEve = LocalDate.of(2027, 12, 24); // Friday; Christmas and Boxing Day at a weekend

    assertThat(calendar.addWorkingDays(christmasEve, 1)).isEqualTo(LocalDate.of(2027, 12, 29));
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 12, 30), 2))
        .as("Friday 31 Dec, then Tuesday 4 Jan after the New Year's Day substitute")
        .isEqualTo(LocalDate.of(2028, 1, 4));
    assertThat(calendar.workingDaysBetween(christmasEve, LocalDate.of(2028, 1, 7)))
        .as("29, 30, 31 Dec and 4 to 7 Jan").isEqualTo(7);
  }

  @Test
  void countingOverEaster2027SkipsGoodFridayAndEasterMonday() {
    var maundyThursday = LocalDate.of(2027, 3, 25);

    var next = calendar.addWorkingDays(maundyThursday, 1);

    assertThat(next).isEqualTo(LocalDate.of(2027, 3, 30));
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday").isFalse();
  }

  @Test
  void countingOverTheEarlyMayBankHoliday2026SkipsMonday4May() {
    var friday = LocalDate.of(2026, 5, 1);

    var next = calendar.addWorkingDays(friday, 1);

    assertThat(next).isEqualTo(LocalDate.of(2026, 5, 5));
  }

  @Test
  void anEightWorkingDayStandstillFromTuesday2December2025EndsAtMidnightEndingFriday12December() {
    var standstillStart = london(2025, 12, 2, 14, 30);

    var standstillEnd = calendar.endOfWorkingDays(standstillStart, 8);

    assertThat(standstillEnd).isEqualTo(london(2025, 12, 13, 0, 0));
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 2), 8))
        .isEqualTo(LocalDate.of(2025, 12, 12));
  }

  @Test
  void endOfWorkingDaysTakesTheDateAndTheMidnightInLondonTime() {
    // 00:30 on Monday 1 June 2026 in London is still Sunday 31 May in UTC.
    var earlyMondayInLondon = london(2026, 6, 1, 0, 30);

    var end = calendar.endOfWorkingDays(earlyMondayInLondon, 1);

    assertThat(end).isEqualTo(london(2026, 6, 3, 0, 0));
    assertThat(end.toInstant()).hasToString("2026-06-02T23:00:00Z");
  }

  @Test
  void addingNoWorkingDaysGivesTheStartIfItIsAWorkingDayOtherwiseTheNextWorkingDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 3), 0))
        .isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 6), 0)).as("from a Saturday")
        .isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 0)).as("from Christmas Day")
        .isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void theStartNeverCountsAsAWorkingDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 3), 1))
        .isEqualTo(LocalDate.of(2026, 6, 4));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 6), 1)).as("from a Saturday")
        .isEqualTo(LocalDate.of(2026, 6, 8));
  }

  @Test
  void refusesANegativeNumberOfWorkingDays() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 6, 3), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.endOfWorkingDays(london(2026, 6, 3, 9, 0), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.reminderBefore(london(2026, 6, 10, 0, 0), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsTheWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
    var start = LocalDate.of(2026, 3, 20);

    assertThat(calendar.workingDaysBetween(start, start)).isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8)))
        .as("Friday to Monday").isEqualTo(1);
    for (var workingDays = 1; workingDays <= 40; workingDays++) {
      assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, workingDays)))
          .isEqualTo(workingDays);
    }
    assertThatThrownBy(() -> calendar.workingDaysBetween(start, start.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesDatesOutsideTheYearsOfTheBankHolidaysFile() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 29)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2023-12-29")
        .hasMessageContaining("2024 to 2030");
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 4)))
        .as("even a Saturday").isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 2))
        .as("a count that runs past the last year").isInstanceOf(IllegalStateException.class);
    assertThat(calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 1))
        .isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void dueInCountsFromTheEngineClock() {
    ClockUtil.setCurrentTime(london(2026, 12, 24, 10, 0));

    assertThat(calendar.dueIn(1)).isEqualTo(london(2026, 12, 30, 0, 0));

    ClockUtil.setCurrentTime(london(2025, 12, 2, 9, 0));

    assertThat(calendar.dueIn(8)).isEqualTo(london(2025, 12, 13, 0, 0));
  }

  @Test
  void remindsAt9OnTheWorkingDayTheGivenWorkingDaysBeforeTheLastWorkingDayOfThePeriod() {
    ClockUtil.setCurrentTime(london(2025, 12, 2, 9, 0));
    var standstillEnd = calendar.endOfWorkingDays(london(2025, 12, 2, 9, 0), 8); // ends Fri 12 Dec

    assertThat(calendar.reminderBefore(standstillEnd, 2)).isEqualTo(london(2025, 12, 10, 9, 0));
    assertThat(calendar.reminderBefore(standstillEnd, 0)).isEqualTo(london(2025, 12, 12, 9, 0));
    assertThat(calendar.reminderBefore(standstillEnd, 5)).as("back over the weekend")
        .isEqualTo(london(2025, 12, 5, 9, 0));
  }

  @Test
  void aReminderForADueDateAfterAWeekendOrBankHolidayCountsFromTheWorkingDayBefore() {
    ClockUtil.setCurrentTime(london(2026, 12, 1, 9, 0));

    assertThat(calendar.reminderBefore(london(2026, 12, 29, 0, 0), 1))
        .as("due at midnight ending Monday 28 Dec (a bank holiday): last working day Thu 24 Dec")
        .isEqualTo(london(2026, 12, 23, 9, 0));
    assertThat(calendar.reminderBefore(london(2026, 12, 29, 17, 0), 1))
        .as("due during Tuesday 29 Dec: last working day that Tuesday")
        .isEqualTo(london(2026, 12, 24, 9, 0));
  }

  @Test
  void aReminderWhoseTimeHasPassedIsDueNow() {
    var now = london(2025, 12, 11, 12, 0);
    ClockUtil.setCurrentTime(now);

    var reminder = calendar.reminderBefore(london(2025, 12, 13, 0, 0), 2);

    assertThat(reminder).isEqualTo(now);
  }

  @Test
  void theBankHolidaysFileHasExactlyTheEnglandAndWalesBankHolidaysFrom2024To2030() {
    var bankHolidays = BankHolidays.fromClasspath(WorkingDayCalendar.DEFAULT_BANK_HOLIDAYS);

    assertThat(bankHolidays.firstYear()).isEqualTo(2024);
    assertThat(bankHolidays.lastYear()).isEqualTo(2030);
    IntStream.rangeClosed(2024, 2030).forEach(year ->
        assertThat(bankHolidays.inYear(year)).as("bank holidays in %d", year)
            .containsExactlyElementsOf(expectedBankHolidays(year)));
  }

  @Test
  void refusesABankHolidaysFileForAnotherDivision() {
    var scotland = json("""
        {"division": "scotland", "events": [{"title": "2nd January", "date": "2026-01-02"}]}""");

    assertThatThrownBy(() -> BankHolidays.load(scotland))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scotland");
  }

  @Test
  void refusesABankHolidaysFileWithAYearMissing() {
    var gap = json("""
        {"division": "england-and-wales", "events": [
          {"title": "New Year’s Day", "date": "2026-01-01"},
          {"title": "New Year’s Day", "date": "2028-01-03"}]}""");

    assertThatThrownBy(() -> BankHolidays.load(gap))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no bank holidays for 2027");
  }

  /**
   * England and Wales from first principles: New Year's Day, Good Friday, Easter Monday, the first
   * Monday in May, the last Mondays in May and August, Christmas Day and Boxing Day; a holiday at a
   * weekend moves to the next weekday that is not already a bank holiday.
   */
  private static List<LocalDate> expectedBankHolidays(int year) {
    var easterSunday = easterSunday(year);
    var fixed = List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 25),
        LocalDate.of(year, 12, 26));
    var holidays = new TreeSet<LocalDate>(List.of(
        easterSunday.minusDays(2),
        easterSunday.plusDays(1),
        LocalDate.of(year, Month.MAY, 1).with(firstInMonth(DayOfWeek.MONDAY)),
        LocalDate.of(year, Month.MAY, 1).with(lastInMonth(DayOfWeek.MONDAY)),
        LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(DayOfWeek.MONDAY))));
    var atWeekends = new ArrayList<LocalDate>();
    for (var day : fixed) {
      if (isWeekend(day)) {
        atWeekends.add(day);
      } else {
        holidays.add(day);
      }
    }
    for (var day : atWeekends) {
      var substitute = day;
      while (isWeekend(substitute) || holidays.contains(substitute)) {
        substitute = substitute.plusDays(1);
      }
      holidays.add(substitute);
    }
    return new ArrayList<>(holidays);
  }

  /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  private static LocalDate easterSunday(int year) {
    var a = year % 19;
    var b = year / 100;
    var c = year % 100;
    var d = b / 4;
    var e = b % 4;
    var f = (b + 8) / 25;
    var g = (b - f + 1) / 3;
    var h = (19 * a + b - d - g + 15) % 30;
    var i = c / 4;
    var k = c % 4;
    var l = (32 + 2 * e + 2 * i - h - k) % 7;
    var m = (a + 11 * h + 22 * l) / 451;
    var month = (h + l - 7 * m + 114) / 31;
    var day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static Date london(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute)
        .atZone(WorkingDayCalendar.LONDON).toInstant());
  }

  private static ByteArrayResource json(String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
  }
}
