package org.commissioninghub.dental.contract.process;

import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.dental.contract.process.ContractVariables.lotId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.contract.DentalContractService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Gives a contract year its name, its contracted activity, and the dates its mid-year review and end timers wait for. */
@Component
class OpenContractYearDelegate implements JavaDelegate {

  private final DentalContractService dentalContracts;

  OpenContractYearDelegate(DentalContractService dentalContracts) {
    this.dentalContracts = dentalContracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var year = dentalContracts.openYear(lotId(execution), ProcessVariables.integer(execution, CONTRACT_YEAR).intValue());
    execution.setVariable(CONTRACT_YEAR_LABEL, year.label());
    execution.setVariable(CONTRACTED_ACTIVITY, year.contractedActivity());
    execution.setVariable(MID_YEAR_REVIEW_DATE, year.midYearReviewAt());
    execution.setVariable(CONTRACT_YEAR_END_DATE, year.yearEndsAt());
  }
}
