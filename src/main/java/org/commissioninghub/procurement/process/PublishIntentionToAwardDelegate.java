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
class PublishIntentionToAwardDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  PublishIntentionToAwardDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var end = procurement.publishIntentionToAward(lotId(execution), ProcessVariables.text(execution, PREFERRED_PROVIDER),
        CaseStore.SYSTEM_ACTOR);
    execution.setVariable(STANDSTILL_END, Date.from(end));
    execution.setVariable(STANDSTILL_OUTCOME, PROCEED);
  }
}
