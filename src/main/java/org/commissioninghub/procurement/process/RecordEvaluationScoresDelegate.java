package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordEvaluationScoresDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordEvaluationScoresDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.recordScores(ProcessVariables.integer(execution, BID_ID), ProcessVariables.text(execution, EVALUATOR),
        false, CriterionScores.of(execution), ProcessVariables.text(execution, SCORE_COMMENT));
  }
}
