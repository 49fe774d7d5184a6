package org.commissioninghub.pcn.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.pcn.AdditionalRole;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A PCN development case's additional-roles workforce plans: each role's WTE planned, baseline and recruited. */
@Component
@Order(5)
class CasePcnRoles implements CaseItems {

  record RoleSummary(long networkId, AdditionalRole role, BigDecimal plannedWte, BigDecimal baselineWte,
      BigDecimal recruitedWte, LocalDate startDate) {}

  private final PcnDevelopmentService pcnDevelopment;

  CasePcnRoles(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public String field() {
    return "pcnRoles";
  }

  @Override
  public List<RoleSummary> of(CommissioningCase commissioningCase) {
    return pcnDevelopment.rolesOf(commissioningCase.getId()).stream()
        .map(role -> new RoleSummary(role.getNetworkId(), role.getRole(), role.getPlannedWte(), role.getBaselineWte(),
            role.getRecruitedWte(), role.getStartDate()))
        .toList();
  }
}
