package org.commissioninghub.prison.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The urgent award extensions (PSR regulation 14) a prison mobilisation made, as the case shows them. */
@Component
@Order(5)
class CaseUrgentExtensions implements CaseItems {

  record ExtensionSummary(long siteId, String incumbentProvider, LocalDate extendedUntil, BigDecimal valueGbp,
      String justification, LocalDate awardNoticePublishedOn, String recordedBy) {}

  private final PrisonMobilisationService prisonMobilisation;

  CaseUrgentExtensions(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public String field() {
    return "urgentExtensions";
  }

  @Override
  public List<ExtensionSummary> of(CommissioningCase commissioningCase) {
    return prisonMobilisation.urgentExtensionsOf(commissioningCase.getId()).stream()
        .map(extension -> new ExtensionSummary(extension.getSiteId(), extension.getIncumbentProvider(),
            extension.getExtendedUntil(), extension.getValueGbp(), extension.getJustification(),
            extension.getAwardNoticePublishedOn(), extension.getRecordedBy()))
        .toList();
  }
}
