package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordBidComplianceDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordBidComplianceDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.recordCompliance(ProcessVariables.integer(execution, BID_ID),
        COMPLIANT.equals(ProcessVariables.text(execution, BID_COMPLIANT)),
        ProcessVariables.text(execution, COMPLIANCE_NOTE), ProcessVariables.actor(execution));
  }
}
