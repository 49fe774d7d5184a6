package org.commissioninghub.sarc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A SARC case's co-commissioners as the case shows them: each one's share and decision notice. */
@Component
@Order(10)
class CaseCoCommissioners implements CaseItems {

  record CoCommissionerView(long id, String area, String pccOffice, String pccUser, String policeForce,
      String policeForceUser, BigDecimal fundingShare, boolean signed, String decisionNoticeReference,
      LocalDate decisionNoticeDate, String signedBy, Instant signedAt) {}

  private final SarcRecommissioningService sarc;

  CaseCoCommissioners(SarcRecommissioningService sarc) {
    this.sarc = sarc;
  }

  @Override
  public String field() {
    return "coCommissioners";
  }

  @Override
  public List<CoCommissionerView> of(CommissioningCase commissioningCase) {
    return sarc.coCommissionersOf(commissioningCase.getId()).stream()
        .map(commissioner -> new CoCommissionerView(commissioner.getId(), commissioner.getArea(),
            commissioner.getPccOffice(), commissioner.getPccUser(), commissioner.getPoliceForce(),
            commissioner.getPoliceForceUser(), commissioner.getFundingShare(), commissioner.isSigned(),
            commissioner.getDecisionNoticeReference(), commissioner.getDecisionNoticeDate(),
            commissioner.getSignedBy(), commissioner.getSignedAt()))
        .toList();
  }
}
