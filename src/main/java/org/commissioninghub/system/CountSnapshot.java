package org.commissioninghub.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts read from the database at most once an interval, when a gauge asks for one: every
 * Prometheus scrape sees figures no older than the interval, and a burst of scrapes (several
 * Prometheus servers, a person reloading) reads the database once.
 */
public final class CountSnapshot<K> {

  private final Supplier<Map<K, Long>> reader;
  private final Duration interval;
  private final Clock clock;
  private Map<K, Long> counts = Map.of();
  private Instant readAt = Instant.MIN;

  public CountSnapshot(Supplier<Map<K, Long>> reader, Duration interval) {
    this(reader, interval, Clock.systemUTC());
  }

  CountSnapshot(Supplier<Map<K, Long>> reader, Duration interval, Clock clock) {
    this.reader = reader;
    this.interval = interval;
    this.clock = clock;
  }

  public synchronized long count(K key) {
    var now = clock.instant();
    if (readAt.plus(interval).isBefore(now)) {
      refresh();
    }
    return counts.getOrDefault(key, 0L);
  }

  /** Reads the counts now, whatever their age. */
  public synchronized void refresh() {
    counts = Map.copyOf(reader.get());
    readAt = clock.instant();
  }
}
