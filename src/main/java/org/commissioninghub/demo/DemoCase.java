package org.commissioninghub.demo;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One case the generator is creating: its number in the run, its journey, its own random choices
 * and the people who may work it.
 *
 * @param <J> the programme's journeys
 */
public final class DemoCase<J extends Journey> {

  private final int number;
  private final J journey;
  private final long seed;
  private final Function<String, List<String>> membersOfRole;
  private final Instant asOf;

  DemoCase(int number, J journey, long seed, Function<String, List<String>> membersOfRole, Instant asOf) {
    this.number = number;
    this.journey = journey;
    this.seed = seed;
    this.membersOfRole = membersOfRole;
    this.asOf = asOf;
  }

  /** The case's number in the run, from 1. */
  public int number() {
    return number;
  }

  public J journey() {
    return journey;
  }

  /**
   * The moment the generation began: the case is walked on the engine's clock up to it and no
   * further, so dates the walk sets for after it (a tender deadline) are still to come.
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Random choices for one purpose of this case, such as {@code random("lot", 2)}: the same for the
   * same seed, case and purpose, whatever order the case's tasks are worked in.
   */
  public SplittableRandom random(Object... purpose) {
    var mixed = seed * 0x9E3779B97F4A7C15L + number;
    for (var part : purpose) {
      mixed = mixed * 31 + String.valueOf(part).hashCode();
    }
    return new SplittableRandom(mixed);
  }

  /** One of the options, chosen for the purpose. */
  public <T> T pick(List<T> options, Object... purpose) {
    return options.get(random(purpose).nextInt(options.size()));
  }

  /** The users who hold the role, in a stable order; the generator has checked the walk's roles have one. */
  public List<String> membersOf(String role) {
    return membersOfRole.apply(role);
  }
}
