package org.commissioninghub.casestore.web;

import org.commissioninghub.identity.web.SignedIn;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code problem.html} in the hub's layout: how every hub page shows what went wrong, whether a
 * page controller refused ({@link CasePageProblems}) or the servlet container handed the error on
 * ({@link HubErrorPages}). The signed-in person's header is added here because Spring applies no
 * {@code @ModelAttribute} to the view an exception handler renders.
 */
final class ProblemPage {

  private ProblemPage() {}

  static ModelAndView of(HttpStatusCode status, String title, String detail, Authentication authentication) {
    var page = new ModelAndView("problem", status);
    page.addObject(SignedIn.ATTRIBUTE, SignedIn.of(authentication));
    page.addObject("title", title);
    page.addObject("detail", detail);
    return page;
  }
}
