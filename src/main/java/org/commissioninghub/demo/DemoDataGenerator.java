package org.commissioninghub.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creates realistic cases through the real processes, as people would: each programme's
 * {@link ProgrammeWalk} says how its cases open, what is answered in each task and where each
 * journey stops; the same number of cases and seed give the same cases.
 */
@Service
public class DemoDataGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);
  private static final int PROGRESS_EVERY = 50;

  public record Run(List<GeneratedCase> cases, Duration took) {}

  private final List<ProgrammeWalk<?>> walks;
  private final CaseWalker caseWalker;
  private final IdentityService identityService;

  DemoDataGenerator(List<ProgrammeWalk<?>> walks, CaseWalker caseWalker, IdentityService identityService) {
    this.walks = walks;
    this.caseWalker = caseWalker;
    this.identityService = identityService;
  }

  public Run generate(int count, long seed) {
    return generate(count, seed, () -> false);
  }

  /** Generates the cases one after another, stopping early (between cases) when asked to. */
  Run generate(int count, long seed, BooleanSupplier stopRequested) {
    var started = System.nanoTime();
    var people = new People(identityService);
    var plan = DemoPlan.of(walks, count, seed);
    refuseUnlessEveryRoleHasAMember(plan, people);
    var generated = new ArrayList<GeneratedCase>();
    for (var planned : plan) {
      if (stopRequested.getAsBoolean()) {
        break;
      }
      generated.add(walk(planned.walk(), planned, seed, people));
      if (generated.size() % PROGRESS_EVERY == 0) {
        LOG.info("Generated {} of {} demo cases", generated.size(), count);
      }
    }
    return new Run(List.copyOf(generated), Duration.ofNanos(System.nanoTime() - started));
  }

  private static void refuseUnlessEveryRoleHasAMember(List<DemoPlan.PlannedCase> plan, People people) {
    var unheld = plan.stream().map(DemoPlan.PlannedCase::walk).distinct()
        .flatMap(walk -> walk.roles().stream()).distinct().sorted()
        .filter(role -> people.membersOf(role).isEmpty())
        .toList();
    if (!unheld.isEmpty()) {
      throw new DemoDataException("Nobody holds the role" + (unheld.size() == 1 ? " " : "s ") + String.join(", ", unheld)
          + ": give each role a member (Admin, or the demo users of the default profile) before generating demo data");
    }
  }

  private <J extends Journey> GeneratedCase walk(ProgrammeWalk<J> walk, DemoPlan.PlannedCase planned, long seed,
      People people) {
    @SuppressWarnings("unchecked") // the plan took the journey from this walk's own journeys
    var journey = (J) planned.journey();
    return caseWalker.walk(walk, new DemoCase<>(planned.number(), journey, seed, people::membersOf), people);
  }
}
