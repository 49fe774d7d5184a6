package org.commissioninghub.prison.demo;

import org.commissioninghub.demo.Journey;
import org.commissioninghub.demo.StopAt;

/**
 * The one prison healthcare mobilisation of the demo: the South West's, weeks before its first
 * go-live, each site where {@link SiteProgress} says.
 */
enum PrisonJourney implements Journey {
  SOUTH_WEST_PRISONS;

  @Override
  public String description() {
    return "South West prisons mobilising, weeks before the first go-live";
  }

  /** Each site stops at a task of its own ({@link SiteProgress}), else where it waits for go-live. */
  @Override
  public StopAt stop() {
    return StopAt.WHERE_IT_WAITS;
  }
}
