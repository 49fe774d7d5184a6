package org.commissioninghub.procurement.process;

import org.commissioninghub.procurement.ProcurementService;
import org.springframework.stereotype.Component;

/**
 * Read-only look-ups for task forms, named in the diagrams' input parameters so that a task shows
 * which lot or bid it is about: {@code ${procurementRecords.bidderName(bidId)}}.
 */
@Component("procurementRecords")
public class ProcurementRecords {

  private final ProcurementService procurement;

  ProcurementRecords(ProcurementService procurement) {
    this.procurement = procurement;
  }

  /** The lot as people know it: "Lot 2: South Devon urgent care". */
  public String lotName(Long lotId) {
    return procurement.lot(lotId).displayName();
  }

  public String bidderName(Long bidId) {
    return procurement.bid(bidId).getBidder();
  }

  public String individualScores(Long bidId) {
    return procurement.individualScoresSummary(bidId);
  }
}
