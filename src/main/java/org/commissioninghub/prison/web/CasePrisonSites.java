package org.commissioninghub.prison.web;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.prison.PrisonCategory;
import org.commissioninghub.prison.PrisonMobilisationService;
import org.commissioninghub.prison.PrisonSite;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A prison mobilisation's sites as the case shows them: where each stands, its go-live, readiness
 * and go/no-go, and what its workstreams recorded (their status and RAG are under {@code workstreams}).
 */
@Component
@Order(5)
class CasePrisonSites implements CaseItems {

  record SiteSummary(long id, int lotNumber, String lotName, String name, PrisonCategory category,
      String healthcareUnit, String governor, PrisonSite.Status status, LocalDate goLiveDate, LocalDate liveOn,
      LocalDate employeeLiabilityDueDate, LocalDate employeeLiabilityReceivedDate, LocalDate consultationStartedOn,
      Integer tupeHeadcount, Integer staffVetted, Integer staffToVet, PrisonSite.CqcStatus cqcStatus,
      PrisonSite.DsptStatus dsptStatus, LocalDate itCutoverDate, RagRating readinessRag, String readinessSummary,
      PrisonSite.GoNoGo goNoGo) {}

  private final PrisonMobilisationService prisonMobilisation;

  CasePrisonSites(PrisonMobilisationService prisonMobilisation) {
    this.prisonMobilisation = prisonMobilisation;
  }

  @Override
  public String field() {
    return "prisonSites";
  }

  @Override
  public List<SiteSummary> of(CommissioningCase commissioningCase) {
    return prisonMobilisation.sitesOf(commissioningCase.getId()).stream()
        .map(site -> new SiteSummary(site.getId(), site.getLot().getLotNumber(), site.getLot().getName(),
            site.getName(), site.getCategory(), site.getHealthcareUnit(), site.getGovernorUser(), site.getStatus(),
            site.getGoLiveDate(), site.getLiveOn(), site.getEmployeeLiabilityDueDate(),
            site.getEmployeeLiabilityReceivedDate(), site.getConsultationStartedOn(), site.getTupeHeadcount(),
            site.getStaffVetted(), site.getStaffToVet(), site.getCqcStatus(), site.getDsptStatus(),
            site.getItCutoverDate(), site.getReadinessRag(), site.getReadinessSummary(), site.getGoNoGo()))
        .toList();
  }
}
