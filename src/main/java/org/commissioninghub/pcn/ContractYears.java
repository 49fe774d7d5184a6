package org.commissioninghub.pcn;

import java.time.LocalDate;

/** A Network Contract DES contract year, such as 2026-27: 1 April 2026 to 31 March 2027. */
record ContractYears(LocalDate first, LocalDate last) {

  static ContractYears of(String contractYear) {
    var start = LocalDate.of(Integer.parseInt(contractYear.substring(0, 4)), 4, 1);
    return new ContractYears(start, start.plusYears(1).minusDays(1));
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
