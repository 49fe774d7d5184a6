package org.commissioninghub.sarc.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.sarc.SarcRecommissioningService;
import org.springframework.stereotype.Component;

@Component
class CloseCaseDelegate implements JavaDelegate {

  private final SarcRecommissioningService sarc;

  CloseCaseDelegate(SarcRecommissioningService sarc) {
    this.sarc = sarc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sarc.closeAfterContracts(execution.getBusinessKey());
  }
}
