package org.commissioninghub.dental.contract.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.dental.contract.DentalContract;
import org.commissioninghub.dental.contract.DentalContractService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A dental case's contracts as the case shows them, one per awarded lot: who holds it, its state,
 * term and value, and the case that procures the service again. Their years, notices and variations
 * are at {@code /api/cases/{reference}/contracts}.
 */
@Component
@Order(4)
class CaseContracts implements CaseItems {

  record ContractSummary(int lotNumber, String lotName, String provider, DentalContract.Status status,
      LocalDate startDate, LocalDate endDate, Integer termYears, BigDecimal annualContractValue,
      Boolean recommissioned, String successorCaseReference) {}

  private final DentalContractService contracts;

  CaseContracts(DentalContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public String field() {
    return "contracts";
  }

  @Override
  public List<ContractSummary> of(CommissioningCase commissioningCase) {
    return contracts.contractSummariesOf(commissioningCase.getId()).stream()
        .map(contract -> new ContractSummary(contract.getLot().getLotNumber(), contract.getLot().getName(),
            contract.getProvider(), contract.getStatus(), contract.getStartDate(), contract.getEndDate(),
            contract.getTermYears(), contract.getAnnualContractValue(), contract.getRecommissioned(),
            contract.getSuccessorCaseReference()))
        .toList();
  }
}
