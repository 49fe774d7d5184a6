package org.commissioninghub.sarc.process;

import static org.commissioninghub.sarc.SarcVariables.ANY_LOT_AWARDED;
import static org.commissioninghub.sarc.SarcVariables.AWARDED_LOT_IDS;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.sarc.SarcRecommissioningService;
import org.springframework.stereotype.Component;

@Component
class RecordAwardsDelegate implements JavaDelegate {

  private final SarcRecommissioningService sarc;

  RecordAwardsDelegate(SarcRecommissioningService sarc) {
    this.sarc = sarc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var awardedLotIds = sarc.recordAwards(execution.getBusinessKey());
    execution.setVariable(AWARDED_LOT_IDS, new ArrayList<>(awardedLotIds));
    execution.setVariable(ANY_LOT_AWARDED, !awardedLotIds.isEmpty());
  }
}
