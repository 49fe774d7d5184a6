package org.commissioninghub.prison.process;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/** Every site of the lot is live: sets the days its post-go-live reviews fall due. */
@Component
class RecordLotLiveDelegate implements JavaDelegate {

  private final PrisonMobilisationService prisonMobilisation;

  RecordLotLiveDelegate(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var reviews = prisonMobilisation.recordLotLive(execution.getBusinessKey(),
        ((Number) execution.getVariable(LOT_ID)).longValue());
    execution.setVariable(FIRST_REVIEW_DATE, reviews.firstReview());
    execution.setVariable(SECOND_REVIEW_DATE, reviews.secondReview());
  }
}
