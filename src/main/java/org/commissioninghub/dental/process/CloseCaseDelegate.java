package org.commissioninghub.dental.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.springframework.stereotype.Component;

/** Closes a dental procurement case that the needs assessment found unnecessary. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  CloseCaseDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalProcurement.closeAsNotNeeded(execution.getBusinessKey());
  }
}
