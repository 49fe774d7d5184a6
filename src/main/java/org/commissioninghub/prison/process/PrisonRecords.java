package org.commissioninghub.prison.process;

import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.stereotype.Component;

/**
 * What PrisonMobilisationProcess's expressions read from the case store: the sites a lot's
 * instance mobilises, {@code ${prisonRecords.siteIdsOf(prisonLotId)}}.
 */
@Component("prisonRecords")
public class PrisonRecords {

  private final PrisonMobilisationService prisonMobilisation;

  PrisonRecords(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  public List<Long> siteIdsOf(Long lotId) {
    return new ArrayList<>(prisonMobilisation.siteIdsOf(lotId));
  }
}
