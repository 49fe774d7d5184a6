package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestPathsTests {

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task/count", "/engine-rest/task/count/", "//engine-rest//task///count",
      "/engine-rest/task;jsessionid=1/count;x=y", "/engine-rest/./task/./count", "/engine-rest/x/../task/count",
      "/engine-rest/%74ask/%63ount", "/engine-rest/%2574ask/count", "/engine-rest/task%2Fcount",
      "/engine-rest/task%3Bx/count", "/engine-rest\\task\\count"})
  void everySpellingOfAPathReadsTheSame(String spelling) {
    assertThat(RequestPaths.normalise(spelling)).isEqualTo("/engine-rest/task/count");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task/count", "/ENGINE-REST/Task/COUNT/", "/engine-rest/engine/default/task/count",
      "/camunda/api/engine/engine/default/task/count", "/camunda/API/engine/engine/default/task;x/count"})
  void theEngineResourceIsThePathBelowEitherEngineApiRoot(String path) {
    var request = new MockHttpServletRequest("POST", path);

    var resource = RequestPaths.engineResource(request).orElseThrow();

    assertThat(resource.size()).isEqualTo(2);
    assertThat(resource.is(0, "task")).isTrue();
    assertThat(resource.lastIs("count")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases", "/camunda/api/tasklist/plugin", "/engine-restless/task", "/"})
  void otherPathsAreNotTheEngineApi(String path) {
    assertThat(RequestPaths.engineResource(new MockHttpServletRequest("GET", path))).isEmpty();
  }

  @Test
  void idsKeepTheirLetterCase() {
    var resource = RequestPaths.engineResource(new MockHttpServletRequest("POST", "/engine-rest/task/AbC-1/complete"))
        .orElseThrow();

    assertThat(resource.segment(1)).isEqualTo("AbC-1");
  }

  @Test
  void theContextPathIsNotPartOfThePath() {
    var request = new MockHttpServletRequest("GET", "/hub/engine-rest/task");
    request.setContextPath("/hub");

    assertThat(RequestPaths.of(request)).isEqualTo("/engine-rest/task");
  }
}
