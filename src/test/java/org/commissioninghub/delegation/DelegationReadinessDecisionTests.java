package org.commissioninghub.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.commissioninghub.workflow.YesNo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the checklist item readiness decision (processes/DelegationReadiness.dmn) on the standalone
 * Camunda DMN engine: one test per row of the table, in its order, and every answer of every item
 * of the framework found ready exactly when both answers agree on the answer that meets it.
 */
class DelegationReadinessDecisionTests {

  private static final Path DECISION_FILE = Path.of("processes", "DelegationReadiness.dmn");

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(DECISION_FILE)) {
      decision = dmnEngine.parseDecision("DelegationReadiness", in);
    }
  }

  @Test
  void anIcsYesTheCorroborationDisagreesWithGoesToRemediation() {
    var result = decide("yes", "no", "yes");

    assertThat(result.<String>getEntry("readiness")).isEqualTo("remediate");
    assertThat(result.<String>getEntry("reason")).contains("disagree");
  }

  @Test
  void anIcsNoTheCorroborationDisagreesWithGoesToRemediationEvenOnANegativelyPhrasedItem() {
    var result = decide("no", "yes", "no");

    assertThat(result.<String>getEntry("readiness")).isEqualTo("remediate");
    assertThat(result.<String>getEntry("reason")).contains("disagree");
  }

  @Test
  void anAgreedYesMeetsAnItemPhrasedPositively() {
    var result = decide("yes", "yes", "yes");

    assertThat(result.<String>getEntry("readiness")).isEqualTo("ready");
  }

  @Test
  void anAgreedNoMeetsItem3APhrasedNegatively() {
    var result = decide("no", "no", "no");

    assertThat(result.<String>getEntry("readiness")).isEqualTo("ready");
    assertThat(result.<String>getEntry("reason")).contains("3A");
  }

  @Test
  void anAgreedYesToItem3AFailsItAndGoesToRemediation() {
    var result = decide("yes", "yes", "no");

    assertThat(result.<String>getEntry("readiness")).isEqualTo("remediate");
    assertThat(result.<String>getEntry("reason")).contains("3A", "yes fails it");
  }

  @Test
  void anAgreedNoToAnItemPhrasedPositivelyFailsIt() {
    var result = decide("no", "no", "yes");

    assertThat(result.<String>getEntry("readiness")).isEqualTo("remediate");
    assertThat(result.<String>getEntry("reason")).contains("not met");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {"null, null, yes", "yes, null, yes", "null, yes, no", "no, null, no"})
  void anItemMissingAnAnswerOrCorroborationIsNeverReady(String icsAnswer, String corroboration, String passing) {
    var result = decide(icsAnswer, corroboration, passing);

    assertThat(result.<String>getEntry("readiness")).isEqualTo("remediate");
    assertThat(result.<String>getEntry("reason")).contains("lacks an answer or a corroboration");
  }

  /** Every item of the framework, every pair of answers: ready exactly when both give the answer that meets it. */
  @Test
  void everyItemOfTheFrameworkIsReadyExactlyWhenTheChecklistFindsItPassed() {
    for (var item : PreDelegationAssessmentFramework.values()) {
      for (var answer : YesNo.values()) {
        for (var corroboration : YesNo.values()) {
          var ready = "ready".equals(decide(answer.id(), corroboration.id(), item.passingAnswer().id())
              .getEntry("readiness"));
          var passed = answer == corroboration && answer == item.passingAnswer();
          assertThat(ready).as("%s answered %s, corroborated %s", item.code(), answer, corroboration)
              .isEqualTo(passed);
        }
      }
    }
  }

  private static DmnDecisionRuleResult decide(String icsAnswer, String corroboration, String passingAnswer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("icsAnswer", icsAnswer);
    variables.put("corroboration", corroboration);
    variables.put("passingAnswer", passingAnswer);
    var result = dmnEngine.evaluateDecisionTable(decision, variables);
    assertThat(result).hasSize(1);
    return result.getSingleResult();
  }
}
