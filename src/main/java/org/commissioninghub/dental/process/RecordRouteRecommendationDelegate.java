package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.DentalProcurementVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.dental.DentalProcurementService;
import org.springframework.stereotype.Component;

/** Keeps the route the decision table recommended for the lot, with its reason, on the lot. */
@Component
class RecordRouteRecommendationDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordRouteRecommendationDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var recommendation = (Map<?, ?>) execution.getVariable(PSR_RECOMMENDATION);
    dentalProcurement.recordRouteRecommendation(((Number) execution.getVariable(LOT_ID)).longValue(),
        recommendation == null ? null : (String) recommendation.get("psrRoute"),
        recommendation == null ? null : (String) recommendation.get("psrRouteReason"));
  }
}
