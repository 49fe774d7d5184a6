package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.procurement.process.LotVariables.lotId;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.springframework.stereotype.Component;

@Component
class ListCompliantBidsDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  ListCompliantBidsDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var compliant = procurement.bidsInTheRunning(lotId(execution));
    execution.setVariable(BIDS_TO_EVALUATE, new ArrayList<>(compliant));
    execution.setVariable(ANY_BID_COMPLIANT, !compliant.isEmpty());
  }
}
