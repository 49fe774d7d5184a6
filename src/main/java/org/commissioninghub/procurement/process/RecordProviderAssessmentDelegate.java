package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordProviderAssessmentDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordProviderAssessmentDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var provider = ProcessVariables.text(execution, PROVIDER_NAME);
    var standstillRequired = procurement.recordProviderAssessment(lotId(execution), provider,
        ProcessVariables.text(execution, PROVIDER_ASSESSMENT), ProcessVariables.text(execution, CONFLICTS_OF_INTEREST),
        ProcessVariables.text(execution, DECISION_MAKERS), ProcessVariables.actor(execution));
    execution.setVariable(PREFERRED_PROVIDER, provider);
    execution.setVariable(STANDSTILL_REQUIRED, standstillRequired);
  }
}
