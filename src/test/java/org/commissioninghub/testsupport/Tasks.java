package org.commissioninghub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Works tasks through /engine-rest as a person does in Tasklist: find, claim, submit the form. */
public final class Tasks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HubClient hub;

  public Tasks(HubClient hub) {
    this.hub = hub;
  }

  /** The open tasks of a case that this user may see. */
  public List<JsonNode> visibleTo(String user, String reference) {
    var response = hub.get(user, "/engine-rest/task?processInstanceBusinessKey=" + reference);
    assertThat(response.status()).isEqualTo(200);
    var tasks = new java.util.ArrayList<JsonNode>();
    response.body().forEach(tasks::add);
    return tasks;
  }

  public Optional<JsonNode> find(String user, String reference, String taskDefinitionKey) {
    return visibleTo(user, reference).stream()
        .filter(task -> task.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .findFirst();
  }

  /**
   * Takes a new dental case through needs assessment, one lot, the business case and the finance
   * check, to the business case approval, as the demo roles do.
   */
  public void completeUpToBusinessCaseApproval(String reference) {
    complete("commissioning-manager", reference, "Task_AssessOralHealthNeeds", Map.of(
        "needsSummary", "Special care waiting lists are long.", "populationCovered", 500_000, "needsOutcome", "procure"));
    complete("commissioning-manager", reference, "Task_DesignLots", DentalFormAnswers.oneLot("Wiltshire special care",
        "special-care", null, null));
    complete("programme-manager", reference, "Task_PrepareBusinessCase", Map.of("annualContractValue", 400_000,
        "termYears", 3, "businessCaseSummary", "Three years of special care for adults and children."));
    complete("finance-lead", reference, "Task_CheckAffordability",
        Map.of("financeOutcome", "affordable", "financeComments", "Affordable."));
  }

  /** Completes the user's own task (assigned to them) of that kind, then runs the jobs that follow. */
  public void completeAssigned(String user, String reference, String taskDefinitionKey, Map<String, ?> values) {
    var task = visibleTo(user, reference).stream()
        .filter(candidate -> candidate.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .filter(candidate -> user.equals(candidate.path("assignee").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(user + " has no " + taskDefinitionKey + " of their own on " + reference));
    var response = hub.post(user, "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
        Map.of("variables", variables(values, existingTypes(user, task.get("id").asText()))));
    assertThat(response.status()).as("submit " + response.body()).isEqualTo(204);
    hub.runDueJobs();
  }

  /** Claims the task and submits its form; answers the submit response. */
  public HubClient.Response submit(String user, String taskId, Map<String, ?> values) {
    var claim = hub.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(claim.status()).as("claim " + claim.body()).isEqualTo(204);
    return hub.post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables(values, existingTypes(user, taskId))));
  }

  /** Finds the user's task, submits the form, expects success and runs the jobs that follow. */
  public void complete(String user, String reference, String taskDefinitionKey, Map<String, ?> values) {
    var task = find(user, reference, taskDefinitionKey)
        .orElseThrow(() -> new AssertionError(user + " sees no " + taskDefinitionKey + " on " + reference));
    var response = submit(user, task.get("id").asText(), values);
    assertThat(response.status()).as("submit " + response.body()).isEqualTo(204);
    hub.runDueJobs();
  }

  /**
   * Form answers as the variables of a submit-form request, as Tasklist sends them: a value without
   * a type, and a list as JSON text with the type of the variable the task already sees by that name
   * (even {@code Null}, when a diagram declares it empty in the task's scope), else {@code Json}.
   */
  static Map<String, Object> variables(Map<String, ?> values, Map<String, String> existingTypes) {
    var variables = new LinkedHashMap<String, Object>();
    values.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        variables.put(name, Map.of("type", existingTypes.getOrDefault(name, "Json"), "value", toJson(list)));
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    return variables;
  }

  /** The types of the variables the task sees, as Tasklist reads them before it submits the form. */
  private Map<String, String> existingTypes(String user, String taskId) {
    var response = hub.get(user, "/engine-rest/task/" + taskId + "/form-variables");
    var types = new LinkedHashMap<String, String>();
    if (response.status() == 200) {
      response.body().fields().forEachRemaining(field -> types.put(field.getKey(), field.getValue().path("type").asText()));
    }
    return types;
  }

  /** A list (of values, or of rows as maps) as JSON text, as Tasklist submits it. */
  private static String toJson(List<?> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + list + " as JSON", e);
    }
  }
}
