package org.commissioninghub.prison.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.commissioninghub.prison.PrisonCategory;

/**
 * The South West's prison healthcare contracts as the public record gives them (Health and Justice,
 * operational plan 2022/23; the tender's award notices; Oxleas NHS Foundation Trust's announcement):
 * 11 prisons in 4 lots, one prime provider a lot, seven-year contracts with no extensions, Lots 1 and 2
 * going live on 1 October 2022 and Lots 3 and 4 on 1 December 2022, all ending on 30 September 2029,
 * worth £278,377,000 over their term. Each prison's category is HM Prison and Probation Service's.
 * The record names Oxleas as the prime provider of the Dorset and Devon lots and no provider for the
 * others, so those are named by their lot; it names no incumbents, so none is given.
 */
final class SouthWestPrisons {

  record Site(String name, PrisonCategory category) {}

  /** A lot (numbered by its place) with its go-live as months after the first go-live, as the record has it. */
  record Lot(String name, String primeProvider, int goLiveMonthsAfterFirst, List<Site> sites) {}

  /** The first go-live, 1 October 2022: every other date is kept at its distance from it. */
  static final LocalDate FIRST_GO_LIVE = LocalDate.of(2022, 10, 1);
  /** Every contract ends on 30 September 2029: seven years from the first go-live, less a day. */
  static final Period TERM = Period.ofYears(7);
  static final int TERM_YEARS = 7;
  static final BigDecimal WHOLE_LIFE_VALUE = new BigDecimal("278377000");

  static final List<Lot> LOTS = List.of(
      new Lot("Bristol, South Gloucestershire and Wiltshire", "Lot 1 prime provider", 0, List.of(
          new Site("HMP Bristol", PrisonCategory.B),
          new Site("HMP Ashfield", PrisonCategory.C),
          new Site("HMP Erlestoke", PrisonCategory.C),
          new Site("HMP Leyhill", PrisonCategory.D))),
      new Lot("Eastwood Park", "Lot 2 prime provider", 0, List.of(
          new Site("HMP Eastwood Park", PrisonCategory.WOMENS))),
      new Lot("Dorset", "Oxleas NHS Foundation Trust", 2, List.of(
          new Site("HMP Guys Marsh", PrisonCategory.C),
          new Site("HMP Portland", PrisonCategory.C),
          new Site("HMP The Verne", PrisonCategory.C))),
      new Lot("Devon", "Oxleas NHS Foundation Trust", 2, List.of(
          new Site("HMP Exeter", PrisonCategory.B),
          new Site("HMP Channings Wood", PrisonCategory.C),
          new Site("HMP Dartmoor", PrisonCategory.C))));

  private SouthWestPrisons() {}

  /** The lot's go-live when the first go-live is moved to {@code firstGoLive}. */
  static LocalDate goLiveOf(Lot lot, LocalDate firstGoLive) {
    return firstGoLive.plusMonths(lot.goLiveMonthsAfterFirst());
  }

  /** The day every contract ends when the first go-live is moved to {@code firstGoLive}. */
  static LocalDate contractEnd(LocalDate firstGoLive) {
    return firstGoLive.plus(TERM).minusDays(1);
  }
}
