package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The PSR dates as Regulation 12 was made, across bank holidays and clock changes. */
class StatutoryDatesTests {

  private final StatutoryDates dates = new StatutoryDates(WorkingDayCalendar.englandAndWales(), 8, 5, 30);

  @ParameterizedTest(name = "notice on {0}: representations until {2}")
  @CsvSource({
      // an ordinary week: the standstill begins on Tuesday, its 8th working day after that is Friday week
      "2027-02-01, 2027-02-02T00:00:00Z, 2027-02-13T00:00:00Z, midnight at the end of Friday 12 February 2027",
      // over Christmas and New Year (Boxing Day 2026 is a Saturday: its bank holiday is Monday 28 December)
      "2026-12-17, 2026-12-18T00:00:00Z, 2027-01-05T00:00:00Z, midnight at the end of Monday 4 January 2027",
      // over Easter, with the clocks going forward on Sunday 28 March 2027: the end is midnight BST
      "2027-03-24, 2027-03-25T00:00:00Z, 2027-04-08T23:00:00Z, midnight at the end of Thursday 8 April 2027",
      // published on a Friday before the early May bank holiday, in BST
      "2027-04-30, 2027-04-30T23:00:00Z, 2027-05-13T23:00:00Z, midnight at the end of Thursday 13 May 2027",
      // published on a Saturday: the standstill still begins the next day
      "2027-02-06, 2027-02-07T00:00:00Z, 2027-02-18T00:00:00Z, midnight at the end of Wednesday 17 February 2027",
  })
  void theStandstillBeginsTheDayAfterTheNoticeAndEndsAfterItsEighthWorkingDay(LocalDate published, Instant begins,
      Instant ends, String shownAs) {
    var standstill = dates.standstillAfterNotice(published);

    assertThat(standstill.begins()).isEqualTo(begins);
    assertThat(standstill.ends()).isEqualTo(ends);
    assertThat(dates.timetable(published, null)).filteredOn(date -> date.id().equals("representations-until"))
        .singleElement().extracting(StatutoryDate::shownAs).isEqualTo(shownAs);
  }

  @Test
  void theDraftGuidancesCountWouldEndADayEarlierThanTheHubDoes() {
    // the draft counted from the first working day after publication: Thursday 11 February 2027
    var draftEnd = Instant.parse("2027-02-12T00:00:00Z");

    assertThat(dates.standstillAfterNotice(LocalDate.of(2027, 2, 1)).ends()).isAfter(draftEnd);
  }

  @Test
  void aDecisionToProceedAddsFiveWorkingDaysAfterTheDayOfTheDecision() {
    var originalEnd = Instant.parse("2027-02-13T00:00:00Z");

    assertThat(dates.endAfterDecisionToProceed(originalEnd, LocalDate.of(2027, 2, 10)))
        .isEqualTo(Instant.parse("2027-02-18T00:00:00Z"));
  }

  @Test
  void anEarlyDecisionToProceedKeepsTheOriginalEnd() {
    var originalEnd = Instant.parse("2027-01-05T00:00:00Z");

    // decided the day the notice went out: five working days on is Christmas Eve, before the original end
    assertThat(dates.endAfterDecisionToProceed(originalEnd, LocalDate.of(2026, 12, 17))).isEqualTo(originalEnd);
  }

  @Test
  void theAwardNoticeIsDueByTheEndOfTheThirtiethDayAfterTheAward() {
    assertThat(dates.awardNoticeDue(LocalDate.of(2027, 3, 1))).isEqualTo(Instant.parse("2027-03-31T23:00:00Z"));
  }

  @Test
  void theTimetableListsEachDateWithItsRuleAndUkTime() {
    var timetable = dates.timetable(LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 4));

    assertThat(timetable).extracting(StatutoryDate::id).containsExactly("standstill-begins",
        "representations-until", "standstill-ends-after-decision", "earliest-award", "award-notice-due");
    assertThat(timetable).extracting(StatutoryDate::shownAs).containsExactly(
        "the start of Friday 18 December 2026",
        "midnight at the end of Monday 4 January 2027",
        "midnight at the end of Monday 11 January 2027",
        "the start of Tuesday 12 January 2027",
        "midnight at the end of Thursday 11 February 2027");
    assertThat(timetable).allSatisfy(date -> assertThat(date.rule()).isNotBlank());
    assertThat(timetable.get(1).ukTime().getOffset().getTotalSeconds()).isZero();
  }

  @Test
  void aStandstillShorterThanTheRegulationsAllowIsRefusedAtStartUp() {
    var calendar = WorkingDayCalendar.englandAndWales();

    assertThatThrownBy(() -> new StatutoryDates(calendar, 7, 5, 30)).hasMessageContaining("at least 8 working days");
    assertThatThrownBy(() -> new StatutoryDates(calendar, 8, 4, 30)).hasMessageContaining("at least 5 working days");
  }
}
