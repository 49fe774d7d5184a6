package org.commissioninghub.dental.contract.process;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.dental.contract.process.ContractVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Puts the recorded variation into effect; refused while a transparency notice it needs is unpublished. */
@Component
class PutVariationIntoEffectDelegate implements JavaDelegate {

  private final DentalContractService dentalContracts;

  PutVariationIntoEffectDelegate(DentalContractService dentalContracts) {
    this.dentalContracts = dentalContracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalContracts.putVariationIntoEffect(lotId(execution), ProcessVariables.integer(execution, VARIATION_ID));
  }
}
