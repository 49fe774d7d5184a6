package org.commissioninghub.testsupport;

import java.util.Map;

/**
 * Stands in, on the process test engine, for the look-up {@code ${procurementRecords.lotName(lotId)}}
 * that per-lot tasks use to show which lot they are about: answers from the test's own lots.
 */
public final class LotNames {

  private final Map<Long, String> names;

  public LotNames(Map<Long, String> names) {
    this.names = names;
  }

  public String lotName(Long lotId) {
    return "Lot " + (lotId - names.keySet().stream().mapToLong(Long::longValue).min().orElse(lotId) + 1) + ": "
        + names.get(lotId);
  }
}
