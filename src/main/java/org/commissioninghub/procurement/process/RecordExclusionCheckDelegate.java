package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordExclusionCheckDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordExclusionCheckDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var check = procurement.checkExclusion(lotId(execution), ProcessVariables.integer(execution, PREFERRED_BID_ID),
        EXCLUDED.equals(ProcessVariables.text(execution, EXCLUSION_CHECK)),
        ProcessVariables.text(execution, EXCLUSION_REASON), ProcessVariables.actor(execution));
    if (check.ranking() != null) {
      Preferred.set(execution, check.ranking());
    }
    execution.setVariable(EXCLUSION_CHECK_OUTCOME, check.outcome().id());
    // The next bidder's check must not open with this bidder's answer already filled in.
    execution.removeVariable(EXCLUSION_CHECK);
    execution.removeVariable(EXCLUSION_REASON);
  }
}
