package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** Answers whether the site's provider holds its CQC registration on the go-live date. */
@Component
class CheckCqcRegistrationDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  CheckCqcRegistrationDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CQC_REGISTERED, prisonMobilisation.cqcRegistered(execution.getBusinessKey(), siteId(execution)));
  }

  private static long siteId(DelegateExecution execution) {
    return ((Number) execution.getVariable(SITE_ID)).longValue();
  }
}
