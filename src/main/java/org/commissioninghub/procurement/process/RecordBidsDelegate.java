package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordBidsDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordBidsDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var bidIds = procurement.recordBids(lotId(execution), ProcessVariables.lines(execution, BIDDERS_RECEIVED),
        ProcessVariables.actor(execution));
    execution.setVariable(BID_IDS, new ArrayList<>(bidIds));
  }
}
