package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.dental.DentalProcurementService.NeedsAssessment;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordNeedsAssessmentDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordNeedsAssessmentDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var assessment = new NeedsAssessment(
        ProcessVariables.text(execution, NEEDS_SUMMARY),
        ProcessVariables.integer(execution, POPULATION_COVERED),
        ProcessVariables.flag(execution, ACCESS_GAP_IDENTIFIED),
        ProcessVariables.text(execution, NEEDS_OUTCOME));
    var needed = dentalProcurement.recordNeedsAssessment(execution.getBusinessKey(), assessment,
        ProcessVariables.actor(execution));
    execution.setVariable(PROCUREMENT_NEEDED, needed);
  }
}
