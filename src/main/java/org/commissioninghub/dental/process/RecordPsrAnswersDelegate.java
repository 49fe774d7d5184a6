package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import org.commissioninghub.dental.DentalProcurementService.PsrAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordPsrAnswersDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordPsrAnswersDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var answers = new PsrAnswers(
        ProcessVariables.yesNo(execution, NEW_SERVICE),
        ProcessVariables.yesNo(execution, ONLY_ONE_CAPABLE_PROVIDER),
        ProcessVariables.yesNo(execution, PATIENT_CHOICE_ALL_QUALIFYING),
        ProcessVariables.yesNo(execution, INCUMBENT_PERFORMING),
        ProcessVariables.yesNo(execution, MOST_SUITABLE_PROVIDER_IDENTIFIABLE),
        ProcessVariables.decimal(execution, EXISTING_VALUE),
        ProcessVariables.decimal(execution, CHANGE_VALUE));
    var thresholds = dentalProcurement.recordPsrAnswers(execution.getBusinessKey(), answers,
        ProcessVariables.actor(execution));
    // The decision table reads every answer as a boolean and the thresholds as numbers.
    execution.setVariable(NEW_SERVICE, answers.newService());
    execution.setVariable(ONLY_ONE_CAPABLE_PROVIDER, answers.onlyOneCapableProvider());
    execution.setVariable(PATIENT_CHOICE_ALL_QUALIFYING, answers.patientChoiceAllQualifying());
    execution.setVariable(INCUMBENT_PERFORMING, answers.incumbentPerforming());
    execution.setVariable(MOST_SUITABLE_PROVIDER_IDENTIFIABLE, answers.mostSuitableProviderIdentifiable());
    execution.setVariable(EXISTING_VALUE, answers.existingValue().doubleValue());
    execution.setVariable(CHANGE_VALUE, answers.changeValue().doubleValue());
    execution.setVariable(CONSIDERABLE_CHANGE_MINIMUM_VALUE, thresholds.minimumValue().doubleValue());
    execution.setVariable(CONSIDERABLE_CHANGE_MINIMUM_SHARE, thresholds.minimumShare().doubleValue());
  }
}
