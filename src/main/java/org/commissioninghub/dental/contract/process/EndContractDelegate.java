package org.commissioninghub.dental.contract.process;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.dental.contract.process.ContractVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Ends the contract at the end of its term. */
@Component
class EndContractDelegate implements JavaDelegate {

  private final DentalContractService dentalContracts;

  EndContractDelegate(DentalContractService dentalContracts) {
    this.dentalContracts = dentalContracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalContracts.endContract(lotId(execution));
  }
}
