package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** Go-live is nearer than vetting can take: raises the risk. */
@Component
class WarnVettingTimeShortDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  WarnVettingTimeShortDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    prisonMobilisation.warnVettingTimeShort(execution.getBusinessKey(), siteId(execution));
  }

  private static long siteId(DelegateExecution execution) {
    return ((Number) execution.getVariable(SITE_ID)).longValue();
  }
}
