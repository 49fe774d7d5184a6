package org.commissioninghub.delegation.web;

import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.CasePageSection;
import org.commissioninghub.delegation.FinanceAllocation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * On a delegation case waiting for NHS England's allocation, the case page says so and, for the
 * finance lead and the head of primary care, offers to record it as published
 * ({@code cases/finance-allocation :: allocation(reference, mayRecord)}).
 */
@Component
class FinanceAllocationSection implements CasePageSection {

  private final FinanceAllocation allocation;

  FinanceAllocationSection(FinanceAllocation allocation) {
    this.allocation = allocation;
  }

  /** Adds {@code financeAllocationAwaited} and {@code mayRecordFinanceAllocation} while the case waits. */
  @Override
  public void addTo(Model model, Viewer viewer, CommissioningCase commissioningCase) {
    if (commissioningCase.getProgramme() != Programme.DELEGATION_DUE_DILIGENCE
        || !allocation.awaited(commissioningCase.getReference())) {
      return;
    }
    model.addAttribute("financeAllocationAwaited", true);
    model.addAttribute("mayRecordFinanceAllocation", allocation.mayRecord(viewer));
  }
}
