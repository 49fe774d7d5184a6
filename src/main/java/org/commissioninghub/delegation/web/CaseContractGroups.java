package org.commissioninghub.delegation.web;

import java.time.Instant;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.delegation.DelegationDueDiligenceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A delegation case's contract register as the case shows it: each type's count, missing data and expiries. */
@Component
@Order(12)
class CaseContractGroups implements CaseItems {

  record ContractGroupView(long id, String contractType, String label, int contracts, int missingData,
      int expiringWithinYear, String countedBy, Instant countedAt) {}

  private final DelegationDueDiligenceService delegation;

  CaseContractGroups(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  @Override
  public String field() {
    return "contractGroups";
  }

  @Override
  public List<ContractGroupView> of(CommissioningCase commissioningCase) {
    return delegation.contractGroupsOf(commissioningCase.getId()).stream()
        .map(group -> new ContractGroupView(group.getId(), group.getContractType().id(),
            group.getContractType().label(), group.getContracts(), group.getMissingData(),
            group.getExpiringWithinYear(), group.getCountedBy(), group.getCountedAt()))
        .toList();
  }
}
