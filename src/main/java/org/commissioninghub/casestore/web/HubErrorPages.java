package org.commissioninghub.casestore.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.commissioninghub.system.DatabaseOutage;
import org.commissioninghub.system.PageRequests;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person's browser sees when the servlet container hands an error to the error controller
 * ({@code system.ErrorResponses}): an address with no page, a form's address opened as a page,
 * something that failed on the hub's side. It is the hub's {@link ProblemPage} with the status,
 * saying in plain words what happened and what to do, never an exception's message or a stack
 * trace. Requests that are not for a hub page ({@link PageRequests}) keep the error controller's own answer.
 */
@Component
class HubErrorPages implements ErrorViewResolver {

  record Words(String title, String detail) {}

  static final Words PAGE_NOT_FOUND = new Words("Page not found",
      "There is no page at this address. Check the address is right, or go to the home page or the case list.");

  static final Words USED_THE_WRONG_WAY = new Words("This page cannot be used that way",
      "Nothing was saved. This address only works from the buttons and links on the hub's pages."
          + " Go back to the page you came from and try again.");

  static final Words CANNOT_ANSWER = new Words("This page cannot be shown",
      "Nothing was saved. The address or the form sent is not one the hub can answer."
          + " Go back to the page you came from and try again.");

  static final Words DATABASE_OUTAGE = new Words(DatabaseOutage.TITLE, DatabaseOutage.DETAIL);

  static final Words SOMETHING_WENT_WRONG = new Words("Sorry, something went wrong",
      "Nothing was saved. Try again in a moment. If it keeps happening, tell the hub's support team what you were doing.");

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    if (!PageRequests.isForAPage(request)) {
      return null;
    }
    var words = wordsFor(status);
    return ProblemPage.of(status, words.title(), words.detail(),
        SecurityContextHolder.getContext().getAuthentication());
  }

  static Words wordsFor(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> PAGE_NOT_FOUND;
      case METHOD_NOT_ALLOWED -> USED_THE_WRONG_WAY;
      case SERVICE_UNAVAILABLE -> DATABASE_OUTAGE;
      default -> status.is4xxClientError() ? CANNOT_ANSWER : SOMETHING_WENT_WRONG;
    };
  }
}
