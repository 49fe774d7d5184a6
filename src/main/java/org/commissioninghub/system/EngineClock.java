package org.commissioninghub.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The hub's clock is the process engine's: timers, due dates, the case event log and the outbox
 * all read one time, so moving the engine's clock (in a test, or to replay a day) moves them all.
 * Dates are English dates (Europe/London), whatever zone the server runs in.
 */
public final class EngineClock extends Clock {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  public static final EngineClock INSTANCE = new EngineClock(LONDON);

  private final ZoneId zone;

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return new EngineClock(otherZone);
  }
}
