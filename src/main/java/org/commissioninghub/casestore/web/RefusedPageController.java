package org.commissioninghub.casestore.web;

import org.commissioninghub.system.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /refused}: where the security configuration forwards a signed-in person its rules refuse
 * a hub page (the console to an outside body, the outbox to anyone but an administrator). It
 * refuses as any page controller does, so that refusal is the same page, with 403
 * ({@link CasePageProblems}), rather than the servlet container's error page.
 */
@Controller
@HubPage
class RefusedPageController {

  @RequestMapping("/refused")
  void refuse() {
    throw new ForbiddenException("Your roles do not allow this.");
  }
}
