package org.commissioninghub.dental.contract.process;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.dental.contract.process.ContractVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Opens a new dental procurement case for the service whose contract is ending. */
@Component
class OpenProcurementCaseDelegate implements JavaDelegate {

  private final DentalContractService dentalContracts;

  OpenProcurementCaseDelegate(DentalContractService dentalContracts) {
    this.dentalContracts = dentalContracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SUCCESSOR_CASE_REFERENCE, dentalContracts.openSuccessorProcurement(lotId(execution)));
  }
}
