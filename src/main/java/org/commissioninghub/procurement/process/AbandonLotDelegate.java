package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class AbandonLotDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  AbandonLotDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.abandon(lotId(execution), "see the decisions recorded on the case", ProcessVariables.actor(execution));
    execution.setVariable(LOT_OUTCOME, ABANDONED);
  }
}
