package org.commissioninghub.pcn.demo;

import org.commissioninghub.demo.Journey;
import org.commissioninghub.demo.StopAt;

/** The one PCN development programme of the demo: Derbyshire's 15 networks, each where {@link NetworkProgress} says. */
enum PcnJourney implements Journey {
  DERBYSHIRE_PCNS;

  @Override
  public String description() {
    return "Derbyshire's 15 primary care networks developing, at mixed progress";
  }

  /** Each network stops at a task of its own ({@link NetworkProgress}). */
  @Override
  public StopAt stop() {
    return StopAt.WHERE_IT_WAITS;
  }
}
