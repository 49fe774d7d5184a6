package org.commissioninghub.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The benchmarks' timings: an action run a few times to warm up, then timed sample by sample. */
public final class Timings {

  /** Runs before the samples, so that caches and the JIT are warm. */
  public static final int WARM_UP = 3;

  private Timings() {}

  /** Nanoseconds each of {@code samples} runs of the action took, after the warm-up runs. */
  public static List<Long> time(int samples, Supplier<?> action) {
    for (int i = 0; i < Math.min(WARM_UP, samples); i++) {
      action.get();
    }
    var nanos = new ArrayList<Long>();
    for (int i = 0; i < samples; i++) {
      var started = System.nanoTime();
      action.get();
      nanos.add(System.nanoTime() - started);
    }
    return nanos;
  }

  /** The sample at the fraction (0.95 for p95, the nearest rank), in milliseconds. */
  public static double percentile(List<Long> nanos, double fraction) {
    var sorted = nanos.stream().sorted().toList();
    return sorted.get((int) Math.ceil(sorted.size() * fraction) - 1) / 1_000_000.0;
  }
}
