package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.junit.jupiter.api.Test;

class DemoPlanTests {

  enum Stops implements Journey {
    NEEDS, DESIGN, APPROVAL, TENDER, STANDSTILL;

    @Override
    public String description() {
      return name();
    }

    @Override
    public StopAt stop() {
      return StopAt.WHERE_IT_WAITS;
    }
  }

  record Walk(Programme programme, List<Stops> journeys, boolean eachJourneyOnce) implements ProgrammeWalk<Stops> {

    Walk(Programme programme) {
      this(programme, Arrays.asList(Stops.values()), false);
    }

    @Override
    public String openerRole() {
      return "commissioning-manager";
    }

    @Override
    public Set<String> roles() {
      return Set.of("commissioning-manager");
    }

    @Override
    public OpenCaseRequest opening(DemoCase<Stops> demoCase) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> answers(DemoCase<Stops> demoCase, OpenTask task) {
      throw new UnsupportedOperationException();
    }
  }

  static final Walk DENTAL = new Walk(Programme.DENTAL_PROCUREMENT);
  static final Walk SARC = new Walk(Programme.SARC_RECOMMISSIONING);

  /** A walk of a programme whose demo is its own cases, one a journey. */
  static final Walk PRISON = new Walk(Programme.PRISON_HEALTHCARE_MOBILISATION, List.of(Stops.NEEDS, Stops.TENDER), true);

  @Test
  void everyJourneyHasACaseBeforeAnyHasTwo() {
    var plan = DemoPlan.of(List.of(DENTAL), 12, 7);
    assertThat(plan.subList(0, 5)).extracting(DemoPlan.PlannedCase::journey).containsExactlyInAnyOrder(Stops.values());
    assertThat(plan.subList(5, 10)).extracting(DemoPlan.PlannedCase::journey).containsExactlyInAnyOrder(Stops.values());
    assertThat(plan).extracting(DemoPlan.PlannedCase::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void theSameSeedGivesTheSamePlanAndAnotherSeedAnotherOrder() {
    var journeys = DemoPlan.of(List.of(DENTAL), 20, 7).stream().map(DemoPlan.PlannedCase::journey).toList();
    assertThat(DemoPlan.of(List.of(DENTAL), 20, 7)).extracting(DemoPlan.PlannedCase::journey)
        .containsExactlyElementsOf(journeys);
    assertThat(DemoPlan.of(List.of(DENTAL), 20, 8)).extracting(DemoPlan.PlannedCase::journey)
        .isNotEqualTo(journeys);
  }

  @Test
  void programmesTakeTurnsInTheOrderOfTheProgrammes() {
    var plan = DemoPlan.of(List.of(DENTAL, SARC), 6, 7);
    assertThat(plan).extracting(planned -> planned.walk().programme()).containsExactly(
        Programme.SARC_RECOMMISSIONING, Programme.DENTAL_PROCUREMENT, Programme.SARC_RECOMMISSIONING,
        Programme.DENTAL_PROCUREMENT, Programme.SARC_RECOMMISSIONING, Programme.DENTAL_PROCUREMENT);
  }

  @Test
  void aWalkOfEachJourneyOnceAddsItsCasesAfterTheSharedOnesAndChangesNoneOfThem() {
    var without = DemoPlan.of(List.of(DENTAL, SARC), 6, 7);
    var with = DemoPlan.of(List.of(PRISON, DENTAL, SARC), 6, 7);

    assertThat(with).hasSize(8);
    assertThat(with.subList(0, 6)).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(without);
    assertThat(with.subList(6, 8)).extracting(DemoPlan.PlannedCase::number).containsExactly(7, 8);
    assertThat(with.subList(6, 8)).extracting(DemoPlan.PlannedCase::walk).containsOnly(PRISON);
    assertThat(with.subList(6, 8)).extracting(DemoPlan.PlannedCase::journey).containsExactly(Stops.NEEDS, Stops.TENDER);
    assertThat(DemoPlan.of(List.of(PRISON, DENTAL), 0, 7)).extracting(DemoPlan.PlannedCase::journey)
        .containsExactly(Stops.NEEDS, Stops.TENDER);
  }

  @Test
  void refusesToShareCasesWhenNoWalkTakesAShare() {
    assertThatThrownBy(() -> DemoPlan.of(List.of(PRISON), 3, 7)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("takes a share");
  }

  @Test
  void aCaseSeesTheSameChoicesForTheSamePurposeWhateverElseItChose() {
    var demoCase = new DemoCase<>(3, Stops.NEEDS, 7, role -> List.of(), Instant.EPOCH);
    var first = demoCase.random("lots").nextInt(1_000_000);
    demoCase.random("area").nextInt();
    assertThat(demoCase.random("lots").nextInt(1_000_000)).isEqualTo(first);
    assertThat(new DemoCase<>(4, Stops.NEEDS, 7, role -> List.of(), Instant.EPOCH).random("lots").nextInt(1_000_000))
        .isNotEqualTo(first);
  }
}
