package org.commissioninghub.prison.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** Closes the case once every lot is live, reviewed and handed over. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  CloseCaseDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    prisonMobilisation.close(execution.getBusinessKey());
  }
}
