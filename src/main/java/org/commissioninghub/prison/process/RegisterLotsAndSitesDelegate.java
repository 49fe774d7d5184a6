package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** Makes the case's lots and sites typed records and hands the diagram the lots to mobilise. */
@Component
class RegisterLotsAndSitesDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  RegisterLotsAndSitesDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LOT_IDS, new ArrayList<>(prisonMobilisation.registerLotsAndSites(execution.getBusinessKey())));
  }
}
