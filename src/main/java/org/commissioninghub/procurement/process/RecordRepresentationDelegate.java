package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.procurement.process.LotVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
class RecordRepresentationDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordRepresentationDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.recordRepresentation(lotId(execution), ProcessVariables.text(execution, REPRESENTATION_SUMMARY),
        ProcessVariables.text(execution, REPRESENTATION_ENTERED_BY));
  }
}
