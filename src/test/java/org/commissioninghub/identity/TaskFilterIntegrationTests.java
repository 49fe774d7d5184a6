package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task cards in Tasklist show the case each task belongs to: every filter the hub creates names the
 * case's reference and title as its card variables, filters made by an earlier version get them at
 * start-up, and Tasklist's card query gives them to the task's holders and to no one else.
 */
@IntegrationTest
class TaskFilterIntegrationTests {

  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "caseReference", "label", "Case"),
      Map.of("name", "caseTitle", "label", "Title"));

  @Autowired
  HubClient hub;

  @Autowired
  FilterService filterService;

  @Autowired
  RoleSetup roleSetup;

  @Autowired
  ObjectMapper objectMapper;

  @Test
  void everyFilterOfEveryRoleShowsTheCaseReferenceAndTitleOnItsCards() {
    for (var role : Role.values()) {
      var filters = filterService.createFilterQuery().filterNameLike(role.displayName() + ": %").list();
      assertThat(filters).as(role.displayName()).hasSize(3);
      filters.forEach(filter ->
          assertThat(filter.getProperties().get("variables")).as(filter.getName()).isEqualTo(CARD_VARIABLES));
    }
  }

  @Test
  void aFilterMadeByAnEarlierVersionGetsTheCardVariablesAtStartUp() {
    var filter = filterService.createFilterQuery().filterName("Finance lead: open tasks").singleResult();
    var earlier = new HashMap<>(filter.getProperties());
    earlier.remove("variables");
    filterService.saveFilter(filter.setProperties(earlier));

    roleSetup.run(null);

    var updated = filterService.getFilter(filter.getId());
    assertThat(updated.getProperties().get("variables")).isEqualTo(CARD_VARIABLES);
    assertThat(updated.getProperties()).containsEntry("description", "Open tasks for the role");
  }

  @Test
  void aTaskCardShowsItsCaseToTheTasksHoldersAndToNoOneElse() throws Exception {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Torbay urgent dental care", "details", Map.of("trigger", "access-gap", "area", "Torbay")))
        .body().get("reference").asText();

    // the commissioning manager's card of the case's first task shows the case
    var card = cards("commissioning-manager", "Commissioning manager: open tasks").stream()
        .filter(task -> variable(task, "caseReference").equals(reference)).findFirst().orElseThrow();
    assertThat(card.get("name").asText()).isEqualTo("Assess oral health needs");
    assertThat(variable(card, "caseTitle")).isEqualTo("Torbay urgent dental care");

    // the finance lead's list has no card for it, and the case's variables are not theirs to read
    assertThat(cards("finance-lead", "Finance lead: open tasks"))
        .noneMatch(task -> task.get("id").asText().equals(card.get("id").asText()));
    var variables = hub.get("finance-lead", "/engine-rest/variable-instance?variableName=caseReference&variableValues="
        + "caseReference_eq_" + reference);
    assertThat(variables.body().toString()).doesNotContain(reference);
  }

  /** The task cards of a filter as Tasklist asks for them: HAL, with the filter's variables embedded. */
  List<JsonNode> cards(String user, String filterName) throws Exception {
    var filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    var credentials = Base64.getEncoder().encodeToString((user + ":" + HubClient.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/engine-rest/filter/" + filterId
            + "/list?firstResult=0&maxResults=50"))
        .header("Authorization", "Basic " + credentials)
        .header("Accept", "application/hal+json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var body = objectMapper.readTree(response.body());
    var cards = new ArrayList<JsonNode>();
    body.path("_embedded").path("task").forEach(cards::add);
    return cards;
  }

  /** A variable the card shows (Tasklist reads them from the task's embedded variables). */
  static String variable(JsonNode card, String name) {
    for (var variable : card.path("_embedded").path("variable")) {
      if (variable.path("name").asText().equals(name)) {
        return variable.path("value").asText();
      }
    }
    return "";
  }
}
