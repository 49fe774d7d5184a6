package org.commissioninghub.casestore.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.NotFoundException;
import org.commissioninghub.system.UnprocessableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case page's refusals as pages, not JSON problems: a case the person may not see is not found
 * (as in the API), an action they may not take is not allowed, a change that met someone else's
 * asks them to look again, a form whose page has expired (its CSRF token) to reload it. Each is
 * {@link ProblemPage}: {@code problem.html} in the hub's layout, with the signed-in person's header
 * as on every other page.
 */
@ControllerAdvice(annotations = HubPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CasePageProblems {

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(Authentication authentication) {
    return ProblemPage.of(HttpStatus.NOT_FOUND, "Page not found",
        "There is no such case, or it is not one you may see. Check the reference, or find the case in the case list.",
        authentication);
  }

  @ExceptionHandler(UnprocessableException.class)
  ModelAndView notNow(UnprocessableException e, Authentication authentication) {
    return ProblemPage.of(HttpStatus.UNPROCESSABLE_ENTITY, "This cannot be done yet", e.getMessage(), authentication);
  }

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException e, Authentication authentication) {
    return ProblemPage.of(HttpStatus.FORBIDDEN, "You cannot do this", e.getMessage(), authentication);
  }

  @ExceptionHandler(PageExpiredException.class)
  ModelAndView expired(Authentication authentication) {
    return ProblemPage.of(HttpStatus.FORBIDDEN, "This page has expired",
        "Nothing was saved. This happens when a page is left open for a long time. Go back, reload the page and try again.",
        authentication);
  }

  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingException.class})
  ModelAndView conflict(Authentication authentication) {
    return ProblemPage.of(HttpStatus.CONFLICT, "Someone else changed the case",
        "Someone else changed the case at the same moment, so nothing you entered was saved. Open the case again and repeat your change.",
        authentication);
  }
}
