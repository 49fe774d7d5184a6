package org.commissioninghub.system;

import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Timers for how long people's work takes: minutes to years, with buckets Prometheus can take percentiles from. */
public final class WorkDurations {

  private WorkDurations() {}

  public static Timer.Builder timer(String name, String description) {
    return Timer.builder(name)
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMinutes(1))
        .maximumExpectedValue(Duration.ofDays(730));
  }
}
