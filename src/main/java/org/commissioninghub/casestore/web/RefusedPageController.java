package org.commissioninghub.casestore.web;

import org.commissioninghub.system.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the security configuration forwards a hub page it refuses: {@code /refused} a signed-in
 * person its rules refuse (the console to an outside body, the outbox to anyone but an
 * administrator), {@code /expired} a form posted without its page's CSRF token or with a stale
 * one. Each refuses as any page controller does, so the refusal is the hub's own page, with 403
 * ({@link CasePageProblems}), rather than the servlet container's error page.
 */
@Controller
@HubPage
class RefusedPageController {

  @RequestMapping("/refused")
  void refuse() {
    throw new ForbiddenException("Your roles do not allow this.");
  }

  @RequestMapping("/expired")
  void expired() {
    throw new PageExpiredException();
  }
}
