package org.commissioninghub.casestore.web;

/**
 * A hub form came back without the CSRF token its page was given, or with a stale one: most often
 * the page stayed open past the session. Answered with the hub's "This page has expired" page
 * ({@link CasePageProblems}).
 */
class PageExpiredException extends RuntimeException {

  PageExpiredException() {
    super("The form's CSRF token is missing or no longer valid");
  }
}
