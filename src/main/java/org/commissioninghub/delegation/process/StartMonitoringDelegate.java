package org.commissioninghub.delegation.process;

import static org.commissioninghub.delegation.DelegationVariables.MONITORING_ENDS_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.delegation.DelegationDueDiligenceService;
import org.springframework.stereotype.Component;

@Component
class StartMonitoringDelegate implements JavaDelegate {

  private final DelegationDueDiligenceService delegation;

  StartMonitoringDelegate(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MONITORING_ENDS_AT, delegation.startMonitoring(execution.getBusinessKey()));
  }
}
