package org.commissioninghub.dental.contract.process;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.dental.contract.process.ContractVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Handles a year's over-delivery by the configured over-performance rule. */
@Component
class ApplyOverPerformanceRuleDelegate implements JavaDelegate {

  private final DentalContractService dentalContracts;

  ApplyOverPerformanceRuleDelegate(DentalContractService dentalContracts) {
    this.dentalContracts = dentalContracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dentalContracts.applyOverPerformanceRule(lotId(execution), ProcessVariables.integer(execution, CONTRACT_YEAR).intValue());
  }
}
