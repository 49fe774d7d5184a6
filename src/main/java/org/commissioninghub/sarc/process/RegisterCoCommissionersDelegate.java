package org.commissioninghub.sarc.process;

import static org.commissioninghub.sarc.SarcVariables.CO_COMMISSIONER_IDS;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.sarc.SarcRecommissioningService;
import org.springframework.stereotype.Component;

@Component
class RegisterCoCommissionersDelegate implements JavaDelegate {

  private final SarcRecommissioningService sarc;

  RegisterCoCommissionersDelegate(SarcRecommissioningService sarc) {
    this.sarc = sarc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CO_COMMISSIONER_IDS, new ArrayList<>(sarc.registerCoCommissioners(execution.getBusinessKey())));
  }
}
