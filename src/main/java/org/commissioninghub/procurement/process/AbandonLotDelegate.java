package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.procurement.process.LotVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.procurement.ProcurementService;
import org.springframework.stereotype.Component;

@Component
class AbandonLotDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  AbandonLotDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.abandon(lotId(execution), "see the decisions recorded on the case", CaseStore.SYSTEM_ACTOR);
    execution.setVariable(LOT_OUTCOME, ABANDONED);
  }
}
