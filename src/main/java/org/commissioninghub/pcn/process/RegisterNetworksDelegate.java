package org.commissioninghub.pcn.process;

import static org.commissioninghub.pcn.PcnDevelopmentVariables.NETWORK_IDS;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.stereotype.Component;

/** Makes the case's networks and practices typed records and hands the diagram the networks to develop. */
@Component
class RegisterNetworksDelegate implements JavaDelegate {

  private final PcnDevelopmentService pcnDevelopment;

  RegisterNetworksDelegate(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(NETWORK_IDS, new ArrayList<>(pcnDevelopment.registerNetworks(execution.getBusinessKey())));
  }
}
