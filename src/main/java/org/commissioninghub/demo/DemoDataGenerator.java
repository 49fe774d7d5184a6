package org.commissioninghub.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creates realistic cases through the real processes, as people would: each programme's
 * {@link ProgrammeWalk} says how its cases open, what is answered in each task, where each
 * journey stops and how long its cases and tasks take; the same number of cases and seed give the
 * same cases. Cases are walked in the past on the engine's clock, up to the moment the generation
 * began, so their history has real durations (see {@link CaseWalker}).
 */
@Service
public class DemoDataGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);
  private static final int PROGRESS_EVERY = 50;

  /**
   * The cases generated, how long generating them took, and the moment they were walked up to
   * (when the generation began).
   */
  public record Run(List<GeneratedCase> cases, Duration took, Instant asOf) {}

  private final List<ProgrammeWalk<?>> walks;
  private final CaseWalker caseWalker;
  private final IdentityService identityService;
  private final JobExecutor jobExecutor;

  DemoDataGenerator(List<ProgrammeWalk<?>> walks, CaseWalker caseWalker, ProcessEngine processEngine) {
    this.walks = walks;
    this.caseWalker = caseWalker;
    this.identityService = processEngine.getIdentityService();
    this.jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
  }

  /**
   * Generates {@code count} cases shared among the programmes' walks, and beside them one case of
   * each journey of a walk that {@linkplain ProgrammeWalk#eachJourneyOnce() makes each journey once}.
   */
  public Run generate(int count, long seed) {
    return generate(count, seed, () -> false);
  }

  /**
   * Generates the cases one after another, stopping early (between cases) when asked to, and puts
   * the engine's clock back to the real time afterwards, also when a case fails.
   *
   * <p>The clock ({@link ClockUtil}) is one for the whole hub, not one per thread: while cases are
   * walked in the past, everything the hub does is dated in the past. This node's job executor is
   * paused meanwhile, for two reasons. Under a clock in the past it would take nothing early:
   * another case's timer is due after the moment the generation began (its walk fired every timer
   * due before it), and the clock is never moved beyond that moment. But it would run the steps of
   * the case being walked beside the walk, in an order of its own, and it would pick up a timer only
   * when it next looks for work (up to {@code max-wait} later), where the walk runs each timer as
   * soon as the clock reaches it. Jobs that fall due meanwhile, such as those of a person's work in
   * the hub, wait until the generation ends. Another node's job executor reads its own, real clock:
   * demo data is generated on a single node.
   */
  Run generate(int count, long seed, BooleanSupplier stopRequested) {
    var started = System.nanoTime();
    var asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var people = new People(identityService);
    var plan = DemoPlan.of(walks, count, seed);
    refuseUnlessEveryRoleHasAMember(plan, people);
    var generated = new ArrayList<GeneratedCase>();
    var jobExecutorWasActive = jobExecutor != null && jobExecutor.isActive();
    if (jobExecutorWasActive) {
      jobExecutor.shutdown();
    }
    try {
      for (var planned : plan) {
        if (stopRequested.getAsBoolean()) {
          break;
        }
        generated.add(walk(planned.walk(), planned, seed, people, asOf));
        if (generated.size() % PROGRESS_EVERY == 0) {
          LOG.info("Generated {} of {} demo cases", generated.size(), plan.size());
        }
      }
    } finally {
      ClockUtil.reset();
      // a hub shutting down (which asks the generation to stop) closes its job executor itself
      if (jobExecutorWasActive && !stopRequested.getAsBoolean()) {
        jobExecutor.start();
      }
    }
    return new Run(List.copyOf(generated), Duration.ofNanos(System.nanoTime() - started), asOf);
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
      People people, Instant asOf) {
    @SuppressWarnings("unchecked") // the plan took the journey from this walk's own journeys
    var journey = (J) planned.journey();
    return caseWalker.walk(walk, new DemoCase<>(planned.number(), journey, seed, people::membersOf, asOf),
        people);
  }
}
