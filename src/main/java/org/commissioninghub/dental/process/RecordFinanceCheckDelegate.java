package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.dental.DentalProcurementService.FinanceCheck;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordFinanceCheckDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordFinanceCheckDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var check = new FinanceCheck(
        ProcessVariables.text(execution, FINANCE_OUTCOME),
        ProcessVariables.text(execution, BUDGET_CODE),
        ProcessVariables.text(execution, FINANCE_COMMENTS));
    var affordable = dentalProcurement.recordFinanceCheck(execution.getBusinessKey(), check,
        ProcessVariables.actor(execution));
    execution.setVariable(BUSINESS_CASE_AFFORDABLE, affordable);
    // A revised business case gets a fresh finance check form.
    execution.removeVariable(FINANCE_OUTCOME);
    execution.removeVariable(FINANCE_COMMENTS);
  }
}
