package org.commissioninghub.delegation.web;

import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.HubPage;
import org.commissioninghub.delegation.FinanceAllocation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /cases/{reference}/finance-allocation}: the finance lead or the head of primary care
 * records, from the case page, that NHS England has published the allocation a delegation case's
 * finance assurance waits for; finance assurance starts at once.
 */
@Controller
@HubPage
class FinanceAllocationPageController {

  private final FinanceAllocation allocation;
  private final CaseAccess access;

  FinanceAllocationPageController(FinanceAllocation allocation, CaseAccess access) {
    this.allocation = allocation;
    this.access = access;
  }

  @PostMapping("/cases/{reference}/finance-allocation")
  String recordPublished(@PathVariable String reference, Authentication authentication, RedirectAttributes redirect) {
    var viewer = Viewer.of(authentication);
    access.change(viewer, reference);
    allocation.recordPublished(reference, viewer);
    redirect.addFlashAttribute("done", "Finance allocation recorded as published: finance assurance has started");
    return "redirect:/cases/" + reference + "#tasks";
  }
}
