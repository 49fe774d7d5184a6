package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** Creates the site's workstreams and sets the days its timers wait for, in the site's own scope. */
@Component
class SetUpSiteWorkstreamsDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  SetUpSiteWorkstreamsDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var dates = prisonMobilisation.setUpSite(execution.getBusinessKey(), siteId(execution));
    execution.setVariable(SITE_GO_LIVE_DATE, dates.goLive());
    execution.setVariable(EMPLOYEE_LIABILITY_DUE_DATE, dates.employeeLiabilityDue());
    execution.setVariable(VETTING_WARNING_DATE, dates.vettingWarning());
  }

  private static long siteId(DelegateExecution execution) {
    return ((Number) execution.getVariable(SITE_ID)).longValue();
  }
}
