package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordConsensusScoresDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordConsensusScoresDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.recordScores(ProcessVariables.integer(execution, BID_ID), ProcessVariables.actor(execution),
        true, CriterionScores.of(execution), ProcessVariables.text(execution, SCORE_COMMENT));
  }
}
