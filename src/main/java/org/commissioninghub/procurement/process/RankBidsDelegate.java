package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.procurement.process.LotVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.procurement.ProcurementService;
import org.springframework.stereotype.Component;

@Component
class RankBidsDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RankBidsDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcurementService.preferredOf(procurement.rank(lotId(execution), CaseStore.SYSTEM_ACTOR))
        .forEach(execution::setVariable);
  }
}
