package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routes a lot's PSR answers allow ({@link PsrRoutes}): which are barred and why, the
 * materially-different limb of the considerable change test, and agreement with the decision
 * table, whose recommendation must always be a route the answers allow.
 */
class PsrRoutesTests {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  private final PsrRoutes routes = new PsrRoutes(new BigDecimal("500000"), new BigDecimal("0.25"));

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "PsrRouteDecision.dmn"))) {
      decision = dmnEngine.parseDecision("PsrRouteDecision", in);
    }
  }

  @Test
  void anIncumbentNotPerformingBarsDirectAwardCWithTheRegulation() {
    var answers = answers(false, false, false, false, false, true, 2_000_000, 0);

    assertThat(routes.allowed(answers)).containsExactlyInAnyOrder(PsrRoute.MOST_SUITABLE_PROVIDER, PsrRoute.COMPETITIVE);
    assertThat(routes.barred(answers).get(PsrRoute.DIRECT_AWARD_C)).contains("not meeting its contract")
        .contains("regulation 6(5)");
  }

  @Test
  void onlyOneCapableProviderMakesDirectAwardAMandatory() {
    var answers = answers(false, true, false, false, false, true, 2_000_000, 0);

    assertThat(routes.allowed(answers)).containsExactly(PsrRoute.DIRECT_AWARD_A);
    assertThat(routes.barred(answers).get(PsrRoute.COMPETITIVE)).contains("direct award A is mandatory");
  }

  @Test
  void patientChoiceMakesDirectAwardBMandatory() {
    var answers = answers(false, false, true, true, false, false, 2_000_000, 0);

    assertThat(routes.allowed(answers)).containsExactly(PsrRoute.DIRECT_AWARD_B);
  }

  @Test
  void aNewServiceAllowsOnlyTheMostSuitableProviderProcessOrACompetition() {
    var answers = answers(true, true, true, true, false, true, 0, 0);

    assertThat(routes.allowed(answers)).containsExactlyInAnyOrder(PsrRoute.MOST_SUITABLE_PROVIDER, PsrRoute.COMPETITIVE);
  }

  @Test
  void aPerformingIncumbentWithoutConsiderableChangeAllowsDirectAwardCOrTheOtherOpenRoutes() {
    var answers = answers(false, false, false, true, false, false, 2_000_000, 100_000);

    assertThat(routes.allowed(answers)).containsExactlyInAnyOrder(PsrRoute.DIRECT_AWARD_C,
        PsrRoute.MOST_SUITABLE_PROVIDER, PsrRoute.COMPETITIVE);
  }

  @Test
  void aConsiderableChangeInValueBarsDirectAwardC() {
    var answers = answers(false, false, false, true, false, false, 2_000_000, 500_000);

    assertThat(routes.considerableChange(answers)).isTrue();
    assertThat(routes.barred(answers).get(PsrRoute.DIRECT_AWARD_C)).contains("considerable change threshold");
  }

  @Test
  void aServiceMateriallyDifferentInCharacterBarsDirectAwardCAtAnyValue() {
    for (long change : new long[] {0, 1, 499_999}) {
      var answers = answers(false, false, false, true, true, false, 2_000_000, change);

      assertThat(routes.considerableChange(answers)).as("change of %s", change).isTrue();
      assertThat(routes.allowed(answers)).doesNotContain(PsrRoute.DIRECT_AWARD_C);
      assertThat(routes.barred(answers).get(PsrRoute.DIRECT_AWARD_C)).contains("materially different in character");
    }
  }

  static Stream<Arguments> everyCombinationOfAnswers() {
    var cases = new ArrayList<Arguments>();
    for (int bits = 0; bits < 1 << 7; bits++) {
      cases.add(Arguments.of((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0,
          (bits & 32) != 0, (bits & 64) != 0));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "new={0} onlyOne={1} choice={2} performing={3} different={4} identifiable={5} bigChange={6}")
  @MethodSource("everyCombinationOfAnswers")
  void theDecisionTableAlwaysRecommendsARouteTheAnswersAllow(boolean isNew, boolean onlyOne, boolean choice,
      boolean performing, boolean different, boolean identifiable, boolean bigChange) {
    var answers = answers(isNew, onlyOne, choice, performing, different, identifiable, 1_000_000,
        bigChange ? 600_000 : 100_000);

    var recommended = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("newService", isNew).putValue("onlyOneCapableProvider", onlyOne)
        .putValue("patientChoiceAllQualifying", choice).putValue("incumbentPerforming", performing)
        .putValue("materiallyDifferentInCharacter", different).putValue("mostSuitableProviderIdentifiable", identifiable)
        .putValue("existingValue", 1_000_000.0).putValue("changeValue", bigChange ? 600_000.0 : 100_000.0)
        .putValue("considerableChangeMinimumValue", 500_000.0).putValue("considerableChangeMinimumShare", 0.25))
        .getSingleResult().<String>getEntry("psrRoute");

    assertThat(routes.allowed(answers)).extracting(PsrRoute::id).contains(recommended);
  }

  private static PsrAnswers answers(boolean isNew, boolean onlyOne, boolean choice, boolean performing,
      boolean different, boolean identifiable, long existing, long change) {
    return new PsrAnswers(isNew, onlyOne, choice, performing, different, identifiable, BigDecimal.valueOf(existing),
        BigDecimal.valueOf(change));
  }

}
