package org.commissioninghub.procurement.web;

import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.procurement.LotSummary;
import org.commissioninghub.procurement.ProcurementService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A case's lots as the case shows them: what each buys, on which contract form and activity, its
 * route and how far it has got. Bids, scores and notices are under {@code /api/cases/{reference}/lots}.
 */
@Component
@Order(1)
class CaseLots implements CaseItems {

  record LotDesignView(int lotNumber, String name, String serviceType, String contractForm, Integer contractedUdas,
      Integer contractedUoas, String recommendedRoute, String route, String routeReason, Lot.Status status,
      String awardedTo) {

    static LotDesignView of(LotSummary lot) {
      return new LotDesignView(lot.lotNumber(), lot.name(), lot.serviceType(), lot.contractForm(),
          lot.contractedUdas(), lot.contractedUoas(), lot.recommendedRoute(), lot.route(), lot.routeReason(),
          lot.status(), lot.awardedTo());
    }
  }

  private final ProcurementService procurement;

  CaseLots(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public String field() {
    return "lots";
  }

  @Override
  public List<LotDesignView> of(CommissioningCase commissioningCase) {
    return procurement.lotSummariesOf(commissioningCase.getId()).stream().map(LotDesignView::of).toList();
  }
}
