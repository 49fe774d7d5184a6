package org.commissioninghub.pcn.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.pcn.AdditionalRole;
import org.commissioninghub.pcn.PcnClaim;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A PCN development case's additional-roles claims: accepted, or refused with the reason. */
@Component
@Order(5)
class CasePcnClaims implements CaseItems {

  record ClaimSummary(long networkId, AdditionalRole role, LocalDate claimMonth, BigDecimal wte, BigDecimal wteInPost,
      BigDecimal amountGbp, PcnClaim.Status status, String reason, String claimedBy) {}

  private final PcnDevelopmentService pcnDevelopment;

  CasePcnClaims(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public String field() {
    return "pcnClaims";
  }

  @Override
  public List<ClaimSummary> of(CommissioningCase commissioningCase) {
    return pcnDevelopment.claimsOf(commissioningCase.getId()).stream()
        .map(claim -> new ClaimSummary(claim.getNetworkId(), claim.getRole(), claim.getClaimMonth(), claim.getWte(),
            claim.getWteInPost(), claim.getAmountGbp(), claim.getStatus(), claim.getReason(), claim.getClaimedBy()))
        .toList();
  }
}
