package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.web.SignedIn;
import org.commissioninghub.system.DatabaseOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Each status the error controller hands a browser on a hub page is the hub's problem page with
 * that status and plain words; a failure shows nothing of the exception.
 */
class HubErrorPagesTests {

  private final HubErrorPages pages = new HubErrorPages();

  @AfterEach
  void nobodySignedIn() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anAddressWithNoPageIsPageNotFoundAndSaysToCheckTheAddress() {
    var page = resolve("/cases/NO-SUCH/whatever", HttpStatus.NOT_FOUND, Map.of());

    assertIsProblemPage(page, HttpStatus.NOT_FOUND, "Page not found");
    assertThat(detailOf(page)).contains("Check the address", "home page", "case list");
  }

  @Test
  void anAddressUsedTheWrongWayIsThatPageCannotBeUsedThatWay() {
    var page = resolve("/cases/X/rag-rating", HttpStatus.METHOD_NOT_ALLOWED, Map.of());

    assertIsProblemPage(page, HttpStatus.METHOD_NOT_ALLOWED, "This page cannot be used that way");
    assertThat(detailOf(page)).contains("Nothing was saved", "Go back");
  }

  @Test
  void aFailureSaysSorryThatNothingWasSavedAndToTryAgainWithoutTheExceptionOrItsMessage() {
    var page = resolve("/cases/X", HttpStatus.INTERNAL_SERVER_ERROR, Map.of(
        "exception", "java.lang.IllegalStateException", "message", "secret detail of the failure",
        "trace", "java.lang.IllegalStateException: secret detail of the failure\n\tat org.commissioninghub..."));

    assertIsProblemPage(page, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, something went wrong");
    assertThat(detailOf(page)).contains("Nothing was saved", "Try again");
    assertThat(page.getModel()).containsOnlyKeys(SignedIn.ATTRIBUTE, "title", "detail");
    assertThat(page.getModel().values().toString()).doesNotContain("secret", "Exception", "at org.");
  }

  @Test
  void anyOtherFailureOnTheHubsSideIsTheSameSorry() {
    assertIsProblemPage(resolve("/cases", HttpStatus.BAD_GATEWAY, Map.of()), HttpStatus.BAD_GATEWAY,
        "Sorry, something went wrong");
  }

  @Test
  void serviceUnavailableSaysWhatTheDatabaseOutageSays() {
    var page = resolve("/cases", HttpStatus.SERVICE_UNAVAILABLE, Map.of());

    assertIsProblemPage(page, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE);
    assertThat(detailOf(page)).isEqualTo(DatabaseOutage.DETAIL);
  }

  @Test
  void anyOtherRefusedRequestCannotBeShownAndSavedNothing() {
    var page = resolve("/cases", HttpStatus.BAD_REQUEST, Map.of());

    assertIsProblemPage(page, HttpStatus.BAD_REQUEST, "This page cannot be shown");
    assertThat(detailOf(page)).contains("Nothing was saved");
  }

  @Test
  void theSignedInPersonsHeaderIsOnThePageAndNobodysWhenNobodyIsSignedIn() {
    assertThat(resolve("/nothing", HttpStatus.NOT_FOUND, Map.of()).getModel().get(SignedIn.ATTRIBUTE)).isNull();

    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        "finance-lead", null, List.of(new SimpleGrantedAuthority("finance-leads"))));

    var signedIn = (SignedIn) resolve("/nothing", HttpStatus.NOT_FOUND, Map.of()).getModel().get(SignedIn.ATTRIBUTE);
    assertThat(signedIn.userId()).isEqualTo("finance-lead");
  }

  @Test
  void theWebappsAndTheCaseApiKeepTheErrorControllersOwnAnswer() {
    assertThat(resolve("/camunda/app/tasklist/nothing", HttpStatus.NOT_FOUND, Map.of())).isNull();
    assertThat(resolve("/api/cases/X", HttpStatus.INTERNAL_SERVER_ERROR, Map.of())).isNull();
  }

  private ModelAndView resolve(String failedPath, HttpStatus status, Map<String, Object> errorAttributes) {
    var request = new MockHttpServletRequest("GET", "/error");
    request.addHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
    return pages.resolveErrorView(request, status, errorAttributes);
  }

  private static void assertIsProblemPage(ModelAndView page, HttpStatus status, String title) {
    assertThat(page.getViewName()).isEqualTo("problem");
    assertThat(page.getStatus()).isEqualTo(status);
    assertThat(page.getModel().get("title")).isEqualTo(title);
  }

  private static String detailOf(ModelAndView page) {
    return (String) page.getModel().get("detail");
  }
}
