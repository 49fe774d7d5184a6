package org.commissioninghub.delegation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.delegation.DelegationDueDiligenceService;
import org.springframework.stereotype.Component;

@Component
class CloseCaseDelegate implements JavaDelegate {

  private final DelegationDueDiligenceService delegation;

  CloseCaseDelegate(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delegation.closeAfterMonitoring(execution.getBusinessKey());
  }
}
