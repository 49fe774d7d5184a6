package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Runs the Provider Selection Regime route decision (processes/PsrRouteDecision.dmn) on the
 * standalone Camunda DMN engine: one test per row of the table, the considerable change threshold
 * at its boundaries and with other thresholds, the statutory order of the questions, and the model
 * details Camunda Modeler and the process engine need.
 */
class PsrRouteDecisionTests {

  /** Maven runs tests from the project root, where Camunda Modeler keeps the models. */
  private static final Path DECISION_FILE = Path.of("processes", "PsrRouteDecision.dmn");
  private static final String DECISION_ID = "PsrRouteDecision";
  private static final String DMNDI_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  private static final String DIRECT_AWARD_A = "direct-award-a";
  private static final String DIRECT_AWARD_B = "direct-award-b";
  private static final String DIRECT_AWARD_C = "direct-award-c";
  private static final String MOST_SUITABLE_PROVIDER = "most-suitable-provider";
  private static final String COMPETITIVE = "competitive";

  /** The thresholds domain.md gives (UNCONFIRMED): at least £500k and at least 25%. */
  private static final double DEFAULT_MINIMUM_VALUE = 500_000;
  private static final double DEFAULT_MINIMUM_SHARE = 0.25;

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(DECISION_FILE)) {
      decision = dmnEngine.parseDecision(DECISION_ID, in);
    }
  }

  // --- one test per row, in the table's order --------------------------------------------------

  @Test
  void aNewServiceWithAnIdentifiableProviderGoesToMostSuitableProvider() {
    var route = decide(newService().identifiable(true));

    assertRoute(route, MOST_SUITABLE_PROVIDER, "new service");
  }

  @Test
  void aNewServiceWithoutAnIdentifiableProviderGoesToCompetitive() {
    var route = decide(newService().identifiable(false));

    assertRoute(route, COMPETITIVE, "new service");
  }

  @Test
  void anExistingServiceWithOnlyOneCapableProviderMustUseDirectAwardA() {
    var route = decide(directAwardCCase().onlyOneCapableProvider(true));

    assertRoute(route, DIRECT_AWARD_A, "regulation 6(3)");
  }

  @Test
  void unrestrictedPatientChoiceWithEveryQualifyingProviderContractedMustUseDirectAwardB() {
    var route = decide(directAwardCCase().patientChoiceAllQualifying(true));

    assertRoute(route, DIRECT_AWARD_B, "regulation 6(4)");
  }

  @Test
  void anUnderperformingIncumbentWithAnIdentifiableProviderGoesToMostSuitableProvider() {
    var route = decide(directAwardCCase().incumbentPerforming(false).identifiable(true));

    assertRoute(route, MOST_SUITABLE_PROVIDER, "not meeting its contract");
    assertThat(route.reason()).contains("direct award process C is barred");
  }

  @Test
  void anUnderperformingIncumbentWithoutAnIdentifiableProviderGoesToCompetitive() {
    var route = decide(directAwardCCase().incumbentPerforming(false).identifiable(false));

    assertRoute(route, COMPETITIVE, "not meeting its contract");
    assertThat(route.reason()).contains("direct award process C is barred");
  }

  @Test
  void aConsiderableChangeWithAnIdentifiableProviderGoesToMostSuitableProvider() {
    var route = decide(directAwardCCase().change(600_000, 1_000_000).identifiable(true));

    assertRoute(route, MOST_SUITABLE_PROVIDER, "considerable change threshold");
  }

  @Test
  void aConsiderableChangeWithoutAnIdentifiableProviderGoesToCompetitive() {
    var route = decide(directAwardCCase().change(600_000, 1_000_000).identifiable(false));

    assertRoute(route, COMPETITIVE, "considerable change threshold");
  }

  @Test
  void aPerformingIncumbentWithoutAConsiderableChangeMayHaveDirectAwardC() {
    var route = decide(directAwardCCase());

    assertRoute(route, DIRECT_AWARD_C, "regulation 6(5)");
  }

  // --- the considerable change threshold --------------------------------------------------------

  @Test
  void aChangeOfExactlyFiveHundredThousandPoundsAndExactlyAQuarterIsConsiderable() {
    var route = decide(directAwardCCase().change(500_000, 2_000_000));

    assertThat(route.route()).isEqualTo(COMPETITIVE);
    assertThat(route.reason()).contains("considerable change threshold");
  }

  @Test
  void aChangeOnePennyUnderFiveHundredThousandPoundsIsNotConsiderableEvenAtHalfTheValue() {
    var route = decide(directAwardCCase().change(499_999.99, 1_000_000));

    assertThat(route.route()).isEqualTo(DIRECT_AWARD_C);
  }

  @Test
  void aChangeOfTwentyFourPerCentIsNotConsiderableEvenAboveFiveHundredThousandPounds() {
    var route = decide(directAwardCCase().change(600_000, 2_500_000));

    assertThat(route.route()).isEqualTo(DIRECT_AWARD_C);
  }

  @Test
  void aChangeOfTwentyFivePerCentAboveFiveHundredThousandPoundsIsConsiderable() {
    var route = decide(directAwardCCase().change(625_000, 2_500_000));

    assertThat(route.route()).isEqualTo(COMPETITIVE);
  }

  @Test
  void aServiceMateriallyDifferentInCharacterMeetsTheThresholdAtAnyValueSoDirectAwardCIsNotGiven() {
    // given a routine renewal that would get direct award C, but for a service materially different in character
    for (double change : new double[] {0, 1, 100_000, 499_999.99}) {
      var route = decide(directAwardCCase().change(change, 2_000_000).materiallyDifferent(true));

      // then the considerable change threshold is met whatever the change in value, and C is never given
      assertThat(route.route()).as("change of %s", change).isEqualTo(COMPETITIVE);
      assertThat(route.reason()).contains("materially different in character");
    }
    assertThat(decide(directAwardCCase().change(0, 2_000_000).materiallyDifferent(true).identifiable(true)).route())
        .isEqualTo(MOST_SUITABLE_PROVIDER);
  }

  @Test
  void theMinimumValueIsAnInputSoAOneMillionPoundMinimumMakesSixHundredThousandNotConsiderable() {
    // considerable under the £500k / 25% defaults ...
    assertThat(decide(directAwardCCase().change(600_000, 1_000_000)).route()).isEqualTo(COMPETITIVE);

    // ... but not when the commissioner's thresholds are £1m and 10%
    var route = decide(directAwardCCase().change(600_000, 1_000_000).thresholds(1_000_000, 0.10));

    assertThat(route.route()).isEqualTo(DIRECT_AWARD_C);
  }

  @Test
  void theMinimumShareIsAnInputSoATenPerCentShareMakesTwelvePerCentConsiderable() {
    // not considerable under the £500k / 25% defaults (12% of the existing value) ...
    assertThat(decide(directAwardCCase().change(1_200_000, 10_000_000)).route()).isEqualTo(DIRECT_AWARD_C);

    // ... but considerable when the commissioner's thresholds are £1m and 10%
    var route = decide(directAwardCCase().change(1_200_000, 10_000_000).thresholds(1_000_000, 0.10));

    assertThat(route.route()).isEqualTo(COMPETITIVE);
    assertThat(route.reason()).contains("considerable change threshold");
  }

  @Test
  void otherThresholdsAreAlsoJudgedAtTheirBoundaries() {
    var exactly = decide(directAwardCCase().change(1_000_000, 10_000_000).thresholds(1_000_000, 0.10));
    var justUnderValue = decide(directAwardCCase().change(999_999.99, 5_000_000).thresholds(1_000_000, 0.10));
    var justUnderShare = decide(directAwardCCase().change(1_099_999.99, 11_000_000).thresholds(1_000_000, 0.10));

    assertThat(exactly.route()).isEqualTo(COMPETITIVE);
    assertThat(justUnderValue.route()).isEqualTo(DIRECT_AWARD_C);
    assertThat(justUnderShare.route()).isEqualTo(DIRECT_AWARD_C);
  }

  @Test
  void withoutThresholdsTheChangeCannotBeJudgedSoNoRouteIsGivenRatherThanDirectAwardC() {
    var variables = directAwardCCase().variables();
    variables.remove("considerableChangeMinimumValue");
    variables.remove("considerableChangeMinimumShare");

    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, variables);

    assertThat(result.getResultList()).isEmpty();
  }

  // --- the statutory order of the questions -----------------------------------------------------

  @Test
  void aNewServiceWithOnlyOneCapableProviderStillFollowsRuleOneBecauseDirectAwardANeedsAnExistingProvider() {
    var route = decide(newService().onlyOneCapableProvider(true).identifiable(true));

    assertRoute(route, MOST_SUITABLE_PROVIDER, "new service");
  }

  @Test
  void aNewServiceWithUnrestrictedPatientChoiceStillFollowsRuleOneAsDomainMdOrdersTheNewServiceQuestionFirst() {
    var route = decide(newService().patientChoiceAllQualifying(true).identifiable(false));

    assertRoute(route, COMPETITIVE, "new service");
  }

  @Test
  void anUnderperformingIncumbentThatIsTheOnlyCapableProviderGetsDirectAwardABecauseRuleTwoIsAskedBeforePerformance() {
    // domain.md and NHS England's flowchart ask "only one capable provider?" before performance,
    // and regulation 6(3) makes direct award A mandatory with no performance condition.
    var route = decide(directAwardCCase().onlyOneCapableProvider(true).incumbentPerforming(false));

    assertRoute(route, DIRECT_AWARD_A, "regulation 6(3)");
  }

  @Test
  void theOnlyCapableProviderGetsDirectAwardAEvenWithUnrestrictedPatientChoiceAndAConsiderableChange() {
    var route = decide(directAwardCCase()
        .onlyOneCapableProvider(true).patientChoiceAllQualifying(true).change(600_000, 1_000_000));

    assertThat(route.route()).isEqualTo(DIRECT_AWARD_A);
  }

  @Test
  void anUnderperformingIncumbentUnderUnrestrictedPatientChoiceGetsDirectAwardBBecauseRuleThreeIsAskedBeforePerformance() {
    var route = decide(directAwardCCase().patientChoiceAllQualifying(true).incumbentPerforming(false));

    assertRoute(route, DIRECT_AWARD_B, "regulation 6(4)");
  }

  @Test
  void anUnderperformingIncumbentWithAConsiderableChangeIsReasonedOnPerformanceBecauseRuleFourComesBeforeRuleFive() {
    var route = decide(directAwardCCase().incumbentPerforming(false).change(600_000, 1_000_000).identifiable(true));

    assertThat(route.route()).isEqualTo(MOST_SUITABLE_PROVIDER);
    assertThat(route.reason()).contains("not meeting its contract").doesNotContain("considerable change");
  }

  // --- unanswered questions ---------------------------------------------------------------------

  @Test
  void anUnansweredIdentifiabilityQuestionGoesToCompetitiveWhichIsAlwaysOpen() {
    var route = decide(directAwardCCase().incumbentPerforming(false).identifiable(null));

    assertThat(route.route()).isEqualTo(COMPETITIVE);
  }

  @Test
  void aNewServiceWithAnUnansweredIdentifiabilityQuestionStaysInRuleOneRatherThanFallingThroughToDirectAwardA() {
    var route = decide(newService().onlyOneCapableProvider(true).identifiable(null));

    assertRoute(route, COMPETITIVE, "new service");
  }

  @Test
  void anUnansweredPerformanceQuestionNeverDefaultsToDirectAwardC() {
    var variables = directAwardCCase().incumbentPerforming(null).variables();

    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, variables);

    assertThat(result.getResultList()).isEmpty();
  }

  @Test
  void anUnansweredNewServiceQuestionNeverGivesADirectAward() {
    var variables = directAwardCCase().onlyOneCapableProvider(true).newService(null).variables();

    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, variables);

    assertThat(result.getResultList()).isEmpty();
  }

  // --- every result has a reason ----------------------------------------------------------------

  static Stream<Arguments> everyCombinationOfAnswers() {
    List<Arguments> cases = new ArrayList<>();
    boolean[] answers = {true, false};
    for (boolean isNew : answers) {
      for (boolean onlyOne : answers) {
        for (boolean choice : answers) {
          for (boolean performing : answers) {
            for (boolean considerable : answers) {
              for (boolean identifiable : answers) {
                cases.add(Arguments.of(isNew, onlyOne, choice, performing, considerable, identifiable));
              }
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "new={0} onlyOne={1} choice={2} performing={3} considerable={4} identifiable={5}")
  @MethodSource("everyCombinationOfAnswers")
  void everyCombinationOfAnswersGivesOneKnownRouteWithAPlainEnglishReason(boolean isNew, boolean onlyOne,
      boolean choice, boolean performing, boolean considerable, boolean identifiable) {
    var answers = directAwardCCase().newService(isNew).onlyOneCapableProvider(onlyOne)
        .patientChoiceAllQualifying(choice).incumbentPerforming(performing).identifiable(identifiable)
        .change(considerable ? 600_000 : 100_000, 1_000_000);

    var route = decide(answers);

    assertThat(route.route()).isIn(DIRECT_AWARD_A, DIRECT_AWARD_B, DIRECT_AWARD_C, MOST_SUITABLE_PROVIDER, COMPETITIVE);
    assertThat(route.reason()).isNotBlank().endsWith(".").contains("Provider Selection Regime Regulations 2023");
  }

  // --- the model ---------------------------------------------------------------------------------

  @Test
  void theDecisionHasHistoryTimeToLiveAndFirstHitPolicyAndAnAnnotationOnEveryRule() {
    var model = Dmn.readModelFromFile(DECISION_FILE.toFile());
    org.camunda.bpm.model.dmn.instance.Decision modelDecision = model.getModelElementById(DECISION_ID);

    assertThat(model.getDefinitions().getId()).isEqualTo("Definitions_PsrRouteDecision");
    assertThat(modelDecision.getName()).isEqualTo("Decide PSR route");
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("P2555D");
    var table = (DecisionTable) modelDecision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getRules()).hasSize(9);
    for (Rule rule : table.getRules()) {
      assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("annotation of %s", rule.getId()).isNotBlank();
    }
  }

  @Test
  void theDmnFileDrawsTheDecisionInADmndiDiagram() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(DECISION_FILE.toFile());

    var diagrams = document.getElementsByTagNameNS(DMNDI_NAMESPACE, "DMNDiagram");
    var shapes = document.getElementsByTagNameNS(DMNDI_NAMESPACE, "DMNShape");
    List<String> drawnElements = new ArrayList<>();
    for (int i = 0; i < shapes.getLength(); i++) {
      var shape = (Element) shapes.item(i);
      drawnElements.add(shape.getAttribute("dmnElementRef"));
      assertThat(shape.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds").getLength())
          .as("bounds of the shape for %s", shape.getAttribute("dmnElementRef")).isEqualTo(1);
    }

    assertThat(diagrams.getLength()).isEqualTo(1);
    assertThat(drawnElements).contains(DECISION_ID);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private record Route(String route, String reason) {}

  private static Route decide(Answers answers) {
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, answers.variables());
    assertThat(result.getResultList()).as("rules matched for %s", answers.variables()).hasSize(1);
    Map<String, Object> entries = result.getSingleResult().getEntryMap();
    return new Route((String) entries.get("psrRoute"), (String) entries.get("psrRouteReason"));
  }

  private static void assertRoute(Route route, String expectedRoute, String reasonMentions) {
    assertThat(route.route()).isEqualTo(expectedRoute);
    assertThat(route.reason()).isNotBlank().contains(reasonMentions);
  }

  /** A new service: nothing about an incumbent applies. */
  private static Answers newService() {
    return new Answers().newService(true).onlyOneCapableProvider(false).patientChoiceAllQualifying(false)
        .incumbentPerforming(null).identifiable(false).change(null, null);
  }

  /**
   * An existing service whose answers all lead to direct award C (rule 6): several capable
   * providers, no unrestricted choice, a performing incumbent, a change of 10% and £100k.
   */
  private static Answers directAwardCCase() {
    return new Answers().newService(false).onlyOneCapableProvider(false).patientChoiceAllQualifying(false)
        .incumbentPerforming(true).identifiable(false).change(100_000, 1_000_000);
  }

  /** The decision's variables, built fluently; the thresholds start at domain.md's values. */
  private static final class Answers {
    private final VariableMap variables = Variables.createVariables()
        .putValue("considerableChangeMinimumValue", DEFAULT_MINIMUM_VALUE)
        .putValue("considerableChangeMinimumShare", DEFAULT_MINIMUM_SHARE)
        .putValue("materiallyDifferentInCharacter", false);

    Answers materiallyDifferent(Boolean value) {
      variables.putValue("materiallyDifferentInCharacter", value);
      return this;
    }

    Answers newService(Boolean value) {
      variables.putValue("newService", value);
      return this;
    }

    Answers onlyOneCapableProvider(Boolean value) {
      variables.putValue("onlyOneCapableProvider", value);
      return this;
    }

    Answers patientChoiceAllQualifying(Boolean value) {
      variables.putValue("patientChoiceAllQualifying", value);
      return this;
    }

    Answers incumbentPerforming(Boolean value) {
      variables.putValue("incumbentPerforming", value);
      return this;
    }

    Answers identifiable(Boolean value) {
      variables.putValue("mostSuitableProviderIdentifiable", value);
      return this;
    }

    Answers change(Number changeValue, Number existingValue) {
      variables.putValue("changeValue", changeValue);
      variables.putValue("existingValue", existingValue);
      return this;
    }

    Answers thresholds(Number minimumValue, Number minimumShare) {
      variables.putValue("considerableChangeMinimumValue", minimumValue);
      variables.putValue("considerableChangeMinimumShare", minimumShare);
      return this;
    }

    VariableMap variables() {
      return variables;
    }
  }
}
