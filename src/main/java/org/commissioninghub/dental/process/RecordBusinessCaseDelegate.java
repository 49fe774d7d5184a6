package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.dental.DentalProcurementService.BusinessCase;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordBusinessCaseDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordBusinessCaseDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var extensionYears = ProcessVariables.integer(execution, EXTENSION_YEARS);
    var businessCase = new BusinessCase(
        ProcessVariables.decimal(execution, ANNUAL_CONTRACT_VALUE),
        ProcessVariables.integer(execution, TERM_YEARS),
        extensionYears == null ? 0 : extensionYears,
        ProcessVariables.integer(execution, CONTRACTED_UDAS),
        ProcessVariables.integer(execution, CONTRACTED_UOAS),
        ProcessVariables.decimal(execution, UDA_VALUE),
        ProcessVariables.text(execution, BUSINESS_CASE_SUMMARY));
    dentalProcurement.recordBusinessCase(execution.getBusinessKey(), businessCase,
        ProcessVariables.actor(execution));
  }
}
