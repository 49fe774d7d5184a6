package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.commissioninghub.procurement.ProcurementService;

/** Puts the ranking's preferred bidder and the ranking itself where the forms show them. */
final class Preferred {

  private Preferred() {}

  static void set(VariableScope scope, ProcurementService.Ranking ranking) {
    ranking.preferred().ifPresentOrElse(bid -> {
      scope.setVariable(PREFERRED_BID_ID, bid.bidId());
      scope.setVariable(PREFERRED_PROVIDER, bid.bidder());
    }, () -> {
      scope.setVariable(PREFERRED_BID_ID, null);
      scope.setVariable(PREFERRED_PROVIDER, null);
    });
    scope.setVariable(RANKING_SUMMARY, ranking.summary());
  }
}
