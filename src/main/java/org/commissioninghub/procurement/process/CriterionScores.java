package org.commissioninghub.procurement.process;

import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.commissioninghub.procurement.KeyCriterion;
import org.commissioninghub.workflow.ProcessVariables;

/** The five key-criterion scores of a scoring form. */
final class CriterionScores {

  private CriterionScores() {}

  static Map<KeyCriterion, Integer> of(VariableScope scope) {
    var scores = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
    for (var criterion : KeyCriterion.values()) {
      scores.put(criterion, ProcessVariables.integer(scope, criterion.scoreKey()));
    }
    return scores;
  }
}
