package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** The site's employee liability information is overdue: raises the risk. */
@Component
class RaiseLateEmployeeLiabilityRiskDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  RaiseLateEmployeeLiabilityRiskDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    prisonMobilisation.raiseLateEmployeeLiabilityRisk(execution.getBusinessKey(), siteId(execution));
  }

  private static long siteId(DelegateExecution execution) {
    return ((Number) execution.getVariable(SITE_ID)).longValue();
  }
}
