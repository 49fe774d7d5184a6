package org.commissioninghub.dental.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract years of a term: a contract of n years from its start date runs to the day before
 * the same date n years on, and is reconciled per contract year (1 April to 31 March by default).
 * A term that does not start on the first day of a contract year has a part year at each end,
 * whose contracted activity and value are the annual ones in proportion to its days.
 */
public final class ContractYears {

  /**
   * One contract year of a contract.
   *
   * @param number 1 for the first
   * @param startsOn its first day
   * @param endsOn its last day
   * @param midYearReviewOn the day of its mid-year review: six months into the contract year, or the
   *     middle of a part year that does not span that day
   * @param share its days over the days of the whole contract year (1 for a whole year)
   */
  public record Period(int number, LocalDate startsOn, LocalDate endsOn, LocalDate midYearReviewOn,
      BigDecimal share) {

    /** As people name a contract year: "2027/28". */
    public String label(MonthDay yearStart) {
      var first = yearStart.atYear(startsOn.getYear()).isAfter(startsOn) ? startsOn.getYear() - 1 : startsOn.getYear();
      return first + "/" + String.format("%02d", (first + 1) % 100);
    }

    /** The annual figure for this period, in proportion to its days. */
    public BigDecimal proportion(BigDecimal annual) {
      return annual.multiply(share);
    }
  }

  private ContractYears() {}

  public static LocalDate endOfTerm(LocalDate start, int termYears) {
    return start.plusYears(termYears).minusDays(1);
  }

  public static List<Period> of(LocalDate start, int termYears, MonthDay yearStart) {
    if (termYears < 1) {
      throw new IllegalArgumentException("a contract term is at least one year");
    }
    var end = endOfTerm(start, termYears);
    var periods = new ArrayList<Period>();
    var yearBegins = yearStart.atYear(start.getYear());
    if (yearBegins.isAfter(start)) {
      yearBegins = yearStart.atYear(start.getYear() - 1);
    }
    while (!yearBegins.isAfter(end)) {
      var yearEnds = yearBegins.plusYears(1).minusDays(1);
      var from = start.isAfter(yearBegins) ? start : yearBegins;
      var to = end.isBefore(yearEnds) ? end : yearEnds;
      var days = ChronoUnit.DAYS.between(from, to) + 1;
      var yearDays = ChronoUnit.DAYS.between(yearBegins, yearEnds) + 1;
      var share = days == yearDays ? BigDecimal.ONE
          : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(yearDays), 10, RoundingMode.HALF_UP);
      var sixMonthsIn = yearBegins.plusMonths(6);
      var midYear = sixMonthsIn.isAfter(from) && !sixMonthsIn.isAfter(to) ? sixMonthsIn : from.plusDays(days / 2);
      periods.add(new Period(periods.size() + 1, from, to, midYear, share));
      yearBegins = yearBegins.plusYears(1);
    }
    return periods;
  }
}
