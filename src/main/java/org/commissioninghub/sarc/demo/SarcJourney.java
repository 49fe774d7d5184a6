package org.commissioninghub.sarc.demo;

import org.commissioninghub.demo.Journey;
import org.commissioninghub.demo.StopAt;

/**
 * The one SARC recommissioning of the demo: the South West's three areas, their co-commissioning
 * agreements signed and each area's lot at its own point of the procurement.
 */
enum SarcJourney implements Journey {
  SOUTH_WEST_SARCS;

  @Override
  public String description() {
    return "South West SARCs in procurement, each area's lot at its own point";
  }

  /** Each lot stops at a task of its own ({@link SouthWestSarcs.Area#stopsAt()}). */
  @Override
  public StopAt stop() {
    return StopAt.WHERE_IT_WAITS;
  }
}
