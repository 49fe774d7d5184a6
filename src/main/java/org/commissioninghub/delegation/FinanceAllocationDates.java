package org.commissioninghub.delegation;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The day finance assurance goes ahead without word of the ICB's allocation: the case's own, or
 * {@code hub.delegation.finance-allocation-date}.
 */
@Component
class FinanceAllocationDates {

  private final DelegationProperties properties;

  FinanceAllocationDates(DelegationProperties properties) {
    this.properties = properties;
  }

  LocalDate of(DelegationDueDiligenceDetails details) {
    return details.financeAllocationDate() != null ? details.financeAllocationDate()
        : properties.financeAllocationDate();
  }
}
