package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.DentalProcurementVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.springframework.stereotype.Component;

@Component
class RecordProcurementOutcomeDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordProcurementOutcomeDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var awardedLotIds = dentalProcurement.recordProcurementOutcome(execution.getBusinessKey());
    execution.setVariable(AWARDED_LOT_IDS, new ArrayList<>(awardedLotIds));
    execution.setVariable(ANY_LOT_AWARDED, !awardedLotIds.isEmpty());
  }
}
