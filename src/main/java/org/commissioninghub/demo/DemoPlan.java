package org.commissioninghub.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which case takes which programme's walk and journey, for a number of cases and a seed: the cases
 * take the programmes in turn, and each programme's cases take its journeys in shuffled rounds, so
 * that every journey has a case before any has two. After them come the cases of the walks that
 * make {@linkplain ProgrammeWalk#eachJourneyOnce() each journey once}, which take no share of the
 * number, so adding such a walk changes none of the other cases. The same seed gives the same plan.
 */
final class DemoPlan {

  record PlannedCase(int number, ProgrammeWalk<?> walk, Journey journey) {}

  private DemoPlan() {}

  static List<PlannedCase> of(List<? extends ProgrammeWalk<?>> walks, int count, long seed) {
    if (walks.isEmpty()) {
      throw new IllegalStateException("No programme has registered a walk for demo data");
    }
    var inOrder = walks.stream().filter(walk -> !walk.eachJourneyOnce())
        .sorted(Comparator.comparing(walk -> walk.programme().ordinal())).<ProgrammeWalk<?>>map(walk -> walk).toList();
    if (inOrder.isEmpty() && count > 0) {
      throw new IllegalStateException("No programme has registered a walk that takes a share of the demo cases");
    }
    var plan = new ArrayList<PlannedCase>();
    var casesOfWalk = new int[inOrder.size()];
    for (int number = 1; number <= count; number++) {
      var walkIndex = (number - 1) % inOrder.size();
      var walk = inOrder.get(walkIndex);
      plan.add(new PlannedCase(number, walk, journeyOf(walk, casesOfWalk[walkIndex]++, seed)));
    }
    walks.stream().filter(ProgrammeWalk::eachJourneyOnce).sorted(Comparator.comparing(walk -> walk.programme().ordinal()))
        .forEach(walk -> walk.journeys().forEach(journey -> plan.add(new PlannedCase(plan.size() + 1, walk, journey))));
    return plan;
  }

  /** The journey of a walk's n-th case: position n of the shuffled round it falls in. */
  private static Journey journeyOf(ProgrammeWalk<?> walk, int nthCase, long seed) {
    var journeys = new ArrayList<Journey>(walk.journeys());
    var round = nthCase / journeys.size();
    Collections.shuffle(journeys, new Random(seed * 1_000_003L + walk.programme().ordinal() * 7_919L + round));
    return journeys.get(nthCase % journeys.size());
  }
}
