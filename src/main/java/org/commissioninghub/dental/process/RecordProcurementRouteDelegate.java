package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordProcurementRouteDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordProcurementRouteDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var route = ProcessVariables.text(execution, CONFIRMED_ROUTE);
    var lotIds = dentalProcurement.recordProcurementRoute(execution.getBusinessKey(), route,
        ProcessVariables.text(execution, ROUTE_REASON), ProcessVariables.text(execution, RECOMMENDED_ROUTE),
        ProcessVariables.actor(execution));
    execution.setVariable(PSR_ROUTE, route);
    execution.setVariable(LOT_IDS, new ArrayList<>(lotIds));
  }
}
