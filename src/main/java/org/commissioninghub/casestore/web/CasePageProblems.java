package org.commissioninghub.casestore.web;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.commissioninghub.identity.web.SignedIn;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.NotFoundException;
import org.commissioninghub.system.UnprocessableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A case page's refusals as pages, not JSON problems: a case the person may not see is not found
 * (as in the API), an action they may not take is not allowed, a change that met someone else's
 * asks them to look again, a form whose page has expired (its CSRF token) to reload it. Each is
 * {@code problem.html} in the hub's layout, with the signed-in person's header as on every other page.
 */
@ControllerAdvice(annotations = HubPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CasePageProblems {

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response, Authentication authentication) {
    return problem(response, model, authentication, HttpServletResponse.SC_NOT_FOUND, "Page not found",
        "There is no such case, or it is not one you may see. Check the reference, or find the case in the case list.");
  }

  @ExceptionHandler(UnprocessableException.class)
  String notNow(UnprocessableException e, Model model, HttpServletResponse response, Authentication authentication) {
    return problem(response, model, authentication, 422, "This cannot be done yet", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(ForbiddenException e, Model model, HttpServletResponse response, Authentication authentication) {
    return problem(response, model, authentication, HttpServletResponse.SC_FORBIDDEN, "You cannot do this", e.getMessage());
  }

  @ExceptionHandler(PageExpiredException.class)
  String expired(Model model, HttpServletResponse response, Authentication authentication) {
    return problem(response, model, authentication, HttpServletResponse.SC_FORBIDDEN, "This page has expired",
        "Nothing was saved. This happens when a page is left open for a long time. Go back, reload the page and try again.");
  }

  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingException.class})
  String conflict(Model model, HttpServletResponse response, Authentication authentication) {
    return problem(response, model, authentication, HttpServletResponse.SC_CONFLICT, "Someone else changed the case",
        "Someone else changed the case at the same moment, so nothing you entered was saved. Open the case again and repeat your change.");
  }

  /** Spring applies no {@code @ModelAttribute} to an exception handler's view, so the header's is added here. */
  private static String problem(HttpServletResponse response, Model model, Authentication authentication, int status,
      String title, String detail) {
    response.setStatus(status);
    model.addAttribute(SignedIn.ATTRIBUTE, SignedIn.of(authentication));
    model.addAttribute("title", title);
    model.addAttribute("detail", detail);
    return "problem";
  }
}
