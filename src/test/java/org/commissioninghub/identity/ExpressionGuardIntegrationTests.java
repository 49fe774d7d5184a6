package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No spelling of a query URL lets an expression reach the engine: every spelling of the task and
 * filter query endpoints, through /engine-rest and Tasklist's engine API, for GET and POST, count
 * and list, answers 400. The expression would set a system property if it ever ran.
 */
@IntegrationTest
class ExpressionGuardIntegrationTests {

  static final String USER = "procurement-lead";
  static final String MARKER = "commissioning-hub.expression-ran";
  static final String PAYLOAD = "${''.getClass().forName('java.lang.System').setProperty('" + MARKER + "','yes')}";
  static final String ENCODED_PAYLOAD = "%24%7B%27%27.getClass().forName(%27java.lang.System%27)"
      + ".setProperty(%27" + MARKER + "%27%2C%27yes%27)%7D";

  /** Ways of writing /task that Tomcat, Spring Security or Jersey accept or reject, but never run. */
  static final List<String> TASK_SPELLINGS = List.of("/task", "/task/", "//task", "/task;jsessionid=1",
      "/./task", "/x/../task", "/%74ask", "/TASK", "/Task/", "/task%2F", "/task;/");

  @Autowired
  HubClient hub;

  @Autowired
  TaskService taskService;

  @Autowired
  FilterService filterService;

  @AfterEach
  void theExpressionNeverRan() {
    assertThat(System.getProperty(MARKER)).isNull();
  }

  static Map<String, Object> orQueryBody() {
    return Map.of("orQueries", List.of(Map.of("candidateUserExpression", PAYLOAD)));
  }

  @Test
  void everySpellingOfTheTaskQueryIsRefusedThroughTheEngineRestApi() {
    var answers = new ArrayList<String>();
    for (var root : List.of("/engine-rest", "/engine-rest/engine/default")) {
      for (var spelling : TASK_SPELLINGS) {
        var path = root + spelling;
        var base = path.endsWith("/") ? path : path + "/";
        answers.add(answer("POST list", path, hub.post(USER, path, orQueryBody())));
        answers.add(answer("POST count", base + "count", hub.post(USER, base + "count", orQueryBody())));
        answers.add(answer("GET list", path, hub.get(USER, path + "?candidateUserExpression=" + ENCODED_PAYLOAD)));
        answers.add(answer("GET count", base + "count",
            hub.get(USER, base + "count?candidateUserExpression=" + ENCODED_PAYLOAD)));
      }
    }
    assertThat(answers).allMatch(answer -> answer.endsWith(" 400"), "every spelling answers 400");
  }

  @Test
  void everySpellingOfTheTaskQueryIsRefusedThroughTasklistsEngineApi() {
    var tasklist = hub.tasklist(USER);
    var answers = new ArrayList<String>();
    for (var spelling : TASK_SPELLINGS) {
      var path = WebappSession.ENGINE_API + spelling;
      var base = path.endsWith("/") ? path : path + "/";
      answers.add(answer("POST list", path, tasklist.json("POST", path, orQueryBody())));
      answers.add(answer("POST count", base + "count", tasklist.json("POST", base + "count", orQueryBody())));
      answers.add(answer("GET list", path,
          tasklist.send("GET", path + "?candidateUserExpression=" + ENCODED_PAYLOAD, null, null)));
    }
    assertThat(answers).allMatch(answer -> answer.endsWith(" 400"), "every spelling answers 400");
  }

  @Test
  void filterExecutionWithAnExpressionInItsExtendingQueryIsRefused() {
    var filterId = roleFilterId("Procurement lead: open tasks");
    var tasklist = hub.tasklist(USER);
    var answers = new ArrayList<String>();
    for (var ending : List.of("list", "list/", "count", "count/", "singleResult", "SINGLERESULT/", "list;x=1")) {
      var rest = "/engine-rest/filter/" + filterId + "/" + ending;
      var webapp = WebappSession.ENGINE_API + "/filter/" + filterId + "/" + ending;
      answers.add(answer("POST", rest, hub.post(USER, rest, orQueryBody())));
      answers.add(answer("POST", webapp, tasklist.json("POST", webapp, orQueryBody())));
      answers.add(answer("POST plain", rest, hub.post(USER, rest, Map.of("assigneeExpression", PAYLOAD))));
    }
    assertThat(answers).allMatch(answer -> answer.endsWith(" 400"), "every filter execution answers 400");
  }

  @Test
  void plainQueriesAndStoredFiltersWithExpressionsStillWork() {
    assertThat(hub.post(USER, "/engine-rest/task/", Map.of("candidateGroup", USER)).status()).isEqualTo(200);
    assertThat(hub.post(USER, "/engine-rest/task/count", Map.of("orQueries",
        List.of(Map.of("candidateGroup", USER)))).status()).isEqualTo(200);
    // The role's "overdue" filter is stored by the hub with ${now()} in it: it runs.
    var overdue = roleFilterId("Procurement lead: overdue");
    assertThat(hub.get(USER, "/engine-rest/filter/" + overdue + "/count").status()).isEqualTo(200);
    assertThat(hub.tasklist(USER).send("GET", WebappSession.ENGINE_API + "/filter/" + overdue + "/count", null, null)
        .status()).isEqualTo(200);
  }

  @Test
  void theEngineItselfRefusesExpressionsInOrQueriesAndFilterExtensions() {
    var orQuery = taskService.createTaskQuery().or().taskCandidateUserExpression(PAYLOAD).endOr();
    assertThatThrownBy(orQuery::list).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(orQuery::count).isInstanceOf(BadUserRequestException.class);

    var filterId = roleFilterId("Procurement lead: open tasks");
    var extension = taskService.createTaskQuery().or().taskAssigneeExpression(PAYLOAD).endOr();
    assertThatThrownBy(() -> filterService.list(filterId, extension)).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> filterService.count(filterId, extension)).isInstanceOf(BadUserRequestException.class);
    assertThat(filterService.count(roleFilterId("Procurement lead: overdue"))).isNotNull();
  }

  @Test
  void onlyAdministratorsStoreFilters() {
    var filter = Map.of("resourceType", "Task", "name", "Mine", "query", Map.of("assigneeExpression", "${currentUser()}"));
    var created = hub.post(USER, "/engine-rest/filter/create", filter);
    assertThat(created.status()).isEqualTo(403);
  }

  private String roleFilterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  private static String answer(String what, String path, HubClient.Response response) {
    return what + " " + path + " " + response.status();
  }
}
