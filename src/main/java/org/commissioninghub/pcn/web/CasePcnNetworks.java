package org.commissioninghub.pcn.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.commissioninghub.pcn.PcnNetwork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A PCN development case's networks as the case shows them: population, the small-network
 * decision, agreement, clinical director in place, payee and DES, allowance and development review.
 */
@Component
@Order(5)
class CasePcnNetworks implements CaseItems {

  record NetworkSummary(long id, String name, String odsCode, String place, String clinicalDirectorUser,
      String contractYear, PcnNetwork.Status status, int rawPopulation, Integer weightedPopulation,
      PcnNetwork.SmallNetworkDecision smallNetworkDecision, String mergedInto, LocalDate agreementSignedOn,
      String clinicalDirector, boolean clinicalDirectorInPlace, String nominatedPayee, LocalDate desSignedUpOn,
      BigDecimal allowanceGbp, RagRating developmentRag) {}

  private final PcnDevelopmentService pcnDevelopment;

  CasePcnNetworks(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public String field() {
    return "pcnNetworks";
  }

  @Override
  public List<NetworkSummary> of(CommissioningCase commissioningCase) {
    return pcnDevelopment.networksOf(commissioningCase.getId()).stream()
        .map(network -> new NetworkSummary(network.getId(), network.getName(), network.getOdsCode(), network.getPlace(),
            network.getContactUser(), network.getContractYear(), network.getStatus(), network.getRawPopulation(),
            network.getWeightedPopulation(), network.getSmallNetworkDecision(), network.getMergedInto(),
            network.getAgreementSignedOn(), network.getClinicalDirectorName(), network.clinicalDirectorInPlace(),
            network.getNominatedPayee(), network.getDesSignedUpOn(), network.getAllowanceGbp(), network.getDevelopmentRag()))
        .toList();
  }
}
