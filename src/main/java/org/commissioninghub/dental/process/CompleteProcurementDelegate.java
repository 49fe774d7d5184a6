package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class CompleteProcurementDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  CompleteProcurementDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalProcurement.completeProcurement(execution.getBusinessKey(),
        ProcessVariables.date(execution, CONTRACT_START_DATE), ProcessVariables.text(execution, HANDOVER_NOTES),
        ProcessVariables.actor(execution));
  }
}
