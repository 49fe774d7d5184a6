package org.commissioninghub.pcn.process;

import static org.commissioninghub.pcn.PcnDevelopmentVariables.NETWORK_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.stereotype.Component;

/** Computes the network's support payment for its contract year, for finance to authorise. */
@Component
class ComputeSupportPaymentDelegate implements JavaDelegate {

  private final PcnDevelopmentService pcnDevelopment;

  ComputeSupportPaymentDelegate(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var payment = pcnDevelopment.computeSupportPayment(execution.getBusinessKey(),
        ((Number) execution.getVariable(NETWORK_ID)).longValue());
    execution.setVariable("supportPaymentAmount", payment.getAmountGbp().toPlainString());
    execution.setVariable("supportPaymentPopulation", (long) payment.getPopulation());
    execution.setVariable("supportPaymentRate", payment.getRatePerHead().toPlainString());
  }
}
