package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The site cannot go live on its date: defers it, with the reason the go/no-go or the CQC check gave. */
@Component
class DeferSiteGoLiveDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  DeferSiteGoLiveDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    prisonMobilisation.defer(execution.getBusinessKey(), siteId(execution),
        ProcessVariables.text(execution, GO_NO_GO_OUTCOME), ProcessVariables.text(execution, GO_NO_GO_COMMENT),
        Boolean.TRUE.equals(execution.getVariable(CQC_REGISTERED)));
  }

  private static long siteId(DelegateExecution execution) {
    return ((Number) execution.getVariable(SITE_ID)).longValue();
  }
}
