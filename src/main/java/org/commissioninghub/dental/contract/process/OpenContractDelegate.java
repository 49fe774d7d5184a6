package org.commissioninghub.dental.contract.process;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.dental.contract.process.ContractVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Opens the contract of the awarded lot and gives every task of it the lot's name and provider. */
@Component
class OpenContractDelegate implements JavaDelegate {

  private final DentalContractService dentalContracts;

  OpenContractDelegate(DentalContractService dentalContracts) {
    this.dentalContracts = dentalContracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var opened = dentalContracts.openContract(execution.getBusinessKey(), lotId(execution));
    execution.setVariable(LOT_NAME, opened.lotName());
    execution.setVariable(PROVIDER_NAME, opened.providerName());
  }
}
