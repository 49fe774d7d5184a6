package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.DentalProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
class StopProcurementDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  StopProcurementDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalProcurement.stop(execution.getBusinessKey(), ProcessVariables.text(execution, BUSINESS_CASE_APPROVAL_COMMENT));
  }
}
