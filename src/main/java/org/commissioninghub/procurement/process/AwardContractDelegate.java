package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.procurement.process.LotVariables.lotId;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
class AwardContractDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  AwardContractDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var noticeDue = procurement.award(lotId(execution), ProcessVariables.text(execution, PREFERRED_PROVIDER),
        CaseStore.SYSTEM_ACTOR);
    execution.setVariable(AWARD_NOTICE_DUE_DATE, Date.from(noticeDue));
    execution.setVariable(LOT_OUTCOME, AWARDED);
  }
}
