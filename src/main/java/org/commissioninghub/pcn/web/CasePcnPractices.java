package org.commissioninghub.pcn.web;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A PCN development case's member practices: list size, network agreement signed, opted out. */
@Component
@Order(5)
class CasePcnPractices implements CaseItems {

  record PracticeSummary(long networkId, String name, String odsCode, int listSize, LocalDate agreementSignedOn,
      LocalDate optedOutOn) {}

  private final PcnDevelopmentService pcnDevelopment;

  CasePcnPractices(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public String field() {
    return "pcnPractices";
  }

  @Override
  public List<PracticeSummary> of(CommissioningCase commissioningCase) {
    return pcnDevelopment.practicesOf(commissioningCase.getId()).stream()
        .map(practice -> new PracticeSummary(practice.getNetworkId(), practice.getName(), practice.getOdsCode(),
            practice.getListSize(), practice.getAgreementSignedOn(), practice.getOptedOutOn()))
        .toList();
  }
}
