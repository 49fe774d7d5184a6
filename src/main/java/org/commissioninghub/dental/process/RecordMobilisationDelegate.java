package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import java.util.LinkedHashMap;
import org.commissioninghub.dental.DentalProcurementService.Mobilisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordMobilisationDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordMobilisationDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var notes = new LinkedHashMap<String, Object>();
    for (var name : new String[] {"premisesNotes", "performerListCheckedOn", "cqcNotes", "nhsbsaNotes"}) {
      notes.put(name, ProcessVariables.text(execution, name));
    }
    dentalProcurement.recordMobilisation(execution.getBusinessKey(), new Mobilisation(
        ProcessVariables.text(execution, PREMISES_ADDRESS),
        ProcessVariables.text(execution, PERFORMERS_CHECKED),
        ProcessVariables.text(execution, CQC_PROVIDER_ID),
        ProcessVariables.text(execution, NHSBSA_CONTRACT_NUMBER),
        notes), ProcessVariables.actor(execution));
  }
}
