package org.commissioninghub.dental.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.springframework.stereotype.Component;

/** Closes a dental procurement case once every contract it awarded has ended. */
@Component
class CloseCaseAfterContractsDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  CloseCaseAfterContractsDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalProcurement.closeAfterContracts(execution.getBusinessKey());
  }
}
