package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CountSnapshotTests {

  private final AtomicInteger reads = new AtomicInteger();
  private Instant now = Instant.parse("2027-01-04T09:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  };
  private final CountSnapshot<String> snapshot = new CountSnapshot<>(
      () -> Map.of("open", (long) reads.incrementAndGet()), Duration.ofSeconds(30), clock);

  @Test
  void countsAreReadOnceAnIntervalHoweverOftenTheyAreAskedFor() {
    assertThat(snapshot.count("open")).isEqualTo(1);
    now = now.plusSeconds(29);
    assertThat(snapshot.count("open")).isEqualTo(1);
    assertThat(snapshot.count("closed")).isZero();

    now = now.plusSeconds(2);
    assertThat(snapshot.count("open")).isEqualTo(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aRefreshReadsAtOnceWhateverTheAge() {
    snapshot.count("open");
    snapshot.refresh();
    assertThat(snapshot.count("open")).isEqualTo(2);
  }
}
