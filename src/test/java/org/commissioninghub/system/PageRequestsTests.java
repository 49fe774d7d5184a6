package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PageRequestsTests {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @ParameterizedTest
  @ValueSource(strings = {"/", "/cases/NO-SUCH/whatever", "/console/nothing", "/nothing", "/error", "/apiary",
      "/camunda-welcome"})
  void aBrowserOnAnyAddressButTheCaseApiAndTheWebappsIsForAPage(String path) {
    assertThat(PageRequests.isForAPage(request(path, BROWSER))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/cases/X", "/API/cases", "//api/./cases", "/camunda/app/tasklist/",
      "/camunda/api/engine/engine/default/task"})
  void aBrowserOnTheCaseApiOrTheWebappsIsNot(String path) {
    assertThat(PageRequests.isForAPage(request(path, BROWSER))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json, application/problem+json", "*/*", "application/json, */*;q=0.5",
      "text/html;q=0", "not a media type"})
  void aRequestThatDoesNotNameHtmlIsNot(String accept) {
    assertThat(PageRequests.isForAPage(request("/cases", accept))).isFalse();
    assertThat(PageRequests.isForAPage(new MockHttpServletRequest("GET", "/cases"))).isFalse();
  }

  @Test
  void inAnErrorDispatchTheAddressThatFailedCountsNotTheErrorControllers() {
    var apiFailed = request("/error", BROWSER);
    apiFailed.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/cases/X");
    var pageFailed = request("/error", BROWSER);
    pageFailed.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/cases/X/whatever");

    assertThat(PageRequests.isForAPage(apiFailed)).isFalse();
    assertThat(PageRequests.isForAPage(pageFailed)).isTrue();
  }

  private static MockHttpServletRequest request(String path, String accept) {
    var request = new MockHttpServletRequest("GET", path);
    request.addHeader("Accept", accept);
    return request;
  }
}
