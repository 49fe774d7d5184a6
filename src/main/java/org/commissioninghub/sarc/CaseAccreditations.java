package org.commissioninghub.sarc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A SARC case's providers and where each stands with forensic accreditation. */
@Component
@Order(11)
class CaseAccreditations implements CaseItems {

  record AccreditationView(long id, long lotId, String area, String provider, AccreditationStatus status,
      String ukasApplicationReference, LocalDate fsrDeclarationDate, String planSummary, LocalDate goLiveDate,
      LocalDate contractEndDate, LocalDate lastSurveillanceDate, int surveillanceVisits, String updatedBy,
      Instant updatedAt) {}

  private final SarcRecommissioningService sarc;

  CaseAccreditations(SarcRecommissioningService sarc) {
    this.sarc = sarc;
  }

  @Override
  public String field() {
    return "accreditations";
  }

  @Override
  public List<AccreditationView> of(CommissioningCase commissioningCase) {
    return sarc.accreditationsOf(commissioningCase.getId()).stream()
        .map(accreditation -> new AccreditationView(accreditation.getId(), accreditation.getLotId(),
            accreditation.getArea(), accreditation.getProvider(), accreditation.getStatus(),
            accreditation.getUkasApplicationReference(), accreditation.getFsrDeclarationDate(),
            accreditation.getPlanSummary(), accreditation.getGoLiveDate(), accreditation.getContractEndDate(),
            accreditation.getLastSurveillanceDate(), accreditation.getSurveillanceVisits(),
            accreditation.getUpdatedBy(), accreditation.getUpdatedAt()))
        .toList();
  }
}
