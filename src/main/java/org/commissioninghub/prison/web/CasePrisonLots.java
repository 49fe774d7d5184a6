package org.commissioninghub.prison.web;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.prison.PrisonLot;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A prison mobilisation's lots as the case shows them: provider, incumbent, go-live and contract end. */
@Component
@Order(5)
class CasePrisonLots implements CaseItems {

  record LotSummary(long id, int lotNumber, String name, String primeProvider, String incumbentProvider,
      LocalDate goLiveDate, LocalDate contractEndDate, PrisonLot.Status status) {}

  private final PrisonMobilisationService prisonMobilisation;

  CasePrisonLots(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public String field() {
    return "prisonLots";
  }

  @Override
  public List<LotSummary> of(CommissioningCase commissioningCase) {
    return prisonMobilisation.lotsOf(commissioningCase.getId()).stream()
        .map(lot -> new LotSummary(lot.getId(), lot.getLotNumber(), lot.getName(), lot.getPrimeProvider(),
            lot.getIncumbentProvider(), lot.getGoLiveDate(), lot.getContractEndDate(), lot.getStatus()))
        .toList();
  }
}
