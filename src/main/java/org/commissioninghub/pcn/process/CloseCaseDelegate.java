package org.commissioninghub.pcn.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.stereotype.Component;

/** Closes the case once every network is developed and no further contract year is configured. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final PcnDevelopmentService pcnDevelopment;

  CloseCaseDelegate(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pcnDevelopment.close(execution.getBusinessKey());
  }
}
