package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.commissioninghub.casestore.CaseRepository;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input answers 4xx with an RFC 7807 body and changes nothing: none of it reaches a 500.
 */
@IntegrationTest
class BadInputIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

  @Autowired
  HubClient hub;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  CaseRepository cases;

  String reference;
  String taskId;

  @BeforeEach
  void openACaseWithItsFirstTask() {
    var opened = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Bad input " + System.nanoTime(),
        "details", Map.of("trigger", "access-gap", "area", "Torbay")));
    assertThat(opened.status()).isEqualTo(201);
    reference = opened.body().get("reference").asText();
    taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(hub.post(MANAGER, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", MANAGER)).status())
        .isEqualTo(204);
  }

  static Map<String, Object> javaSerialized() {
    var bytes = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x74, 0, 1, 0x78});
    return Map.of("value", bytes, "type", "Object", "valueInfo",
        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", JAVA_SERIALIZED));
  }

  static Map<String, Object> jsonNaming(String className) {
    return Map.of("value", "{}", "type", "Object", "valueInfo",
        Map.of("objectTypeName", className, "serializationDataFormat", "application/json"));
  }

  Map<String, Object> validNeeds() {
    var values = new LinkedHashMap<String, Object>();
    values.put("needsSummary", Map.of("value", "Access to urgent care is poor across the bay."));
    values.put("populationCovered", Map.of("value", 140000));
    values.put("needsOutcome", Map.of("value", "procure"));
    return values;
  }

  void assertProblem(HubClient.Response response, int status) {
    assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
    assertThat(response.body().path("detail").asText()).as(response.body().toString()).isNotBlank();
    assertThat(response.headers().get("content-type").get(0)).contains("json");
    assertThat(response.body().path("detail").asText()).isNotBlank();
  }

  void assertTaskUntouched() {
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(taskService.getVariables(taskId)).doesNotContainKeys("x", "needsSummary");
  }

  @Test
  void aJavaSerializedObjectIsRefusedOnEveryWayInAndNothingIsWritten() {
    var withObject = new LinkedHashMap<>(validNeeds());
    withObject.put("x", javaSerialized());
    var task = "/engine-rest/task/" + taskId;

    var answers = List.of(
        hub.post(MANAGER, task + "/complete", Map.of("variables", withObject)),
        hub.post(MANAGER, task + "/submit-form", Map.of("variables", withObject)),
        hub.post(MANAGER, task + "/submit-form/", Map.of("variables", withObject)),
        hub.send(MANAGER, "PUT", task + "/variables/x", javaSerialized()),
        hub.post(MANAGER, task + "/variables", Map.of("modifications", Map.of("x", javaSerialized()))),
        hub.send(MANAGER, "PUT", task + "/localVariables/x", javaSerialized()),
        hub.post("demo", "/engine-rest/process-definition/key/DentalProcurementProcess/start",
            Map.of("businessKey", "NOT-A-CASE", "variables", Map.of("x", javaSerialized()))));

    answers.forEach(answer -> assertProblem(answer, 400));
    assertTaskUntouched();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NOT-A-CASE").count()).isZero();
  }

  @Test
  void aJsonObjectNamingAClassTheHubDoesNotStoreIsRefused() {
    var task = "/engine-rest/task/" + taskId;

    assertProblem(hub.send(MANAGER, "PUT", task + "/variables/x", jsonNaming("java.lang.ProcessBuilder")), 400);
    assertProblem(hub.send(MANAGER, "PUT", task + "/variables/x",
        jsonNaming("java.util.ArrayList<javax.naming.InitialContext>")), 400);
    assertProblem(hub.post(MANAGER, task + "/complete", Map.of("variables", Map.of("x",
        Map.of("value", "{}", "type", "object")))), 400);
    assertProblem(multipartObjectUpload(task + "/variables/x/data"), 400);
    assertTaskUntouched();
  }

  @Test
  void readingAStoredObjectOfAForeignTypeAnswers400() {
    // As if written before the hub refused such types: stored through the Java API.
    var execution = taskService.createTaskQuery().taskId(taskId).singleResult().getExecutionId();
    runtimeService.setVariable(execution, "legacy", Variables.serializedObjectValue("{}")
        .objectTypeName("java.util.concurrent.atomic.AtomicBoolean")
        .serializationDataFormat("application/json").create());

    var single = hub.get(MANAGER, "/engine-rest/task/" + taskId + "/variables/legacy?deserializeValue=true");
    var all = hub.get(MANAGER, "/engine-rest/task/" + taskId + "/variables");

    assertProblem(single, 400);
    assertProblem(all, 400);
    assertThat(hub.get(MANAGER, "/engine-rest/task/" + taskId + "/variables/legacy?deserializeValue=false")
        .status()).isEqualTo(200);
  }

  @Test
  void anInvalidFormIsRefusedWhateverTheSpellingOfSubmitForm() {
    var invalid = Map.of("variables", Map.of("needsSummary", Map.of("value", "too short"),
        "populationCovered", Map.of("value", -5)));
    var tasklist = hub.tasklist(MANAGER);

    for (var path : List.of("/engine-rest/task/" + taskId + "/submit-form", "/engine-rest/task/" + taskId + "/submit-form/",
        "/engine-rest/task/" + taskId + "/SUBMIT-FORM", "/engine-rest/task/" + taskId + "/complete/")) {
      var response = hub.post(MANAGER, path, invalid);
      assertProblem(response, 400);
      assertThat(response.body().path("message").asText()).contains("Summary of needs");
    }
    var viaTasklist = tasklist.json("POST", WebappSession.ENGINE_API + "/task/" + taskId + "/submit-form/", invalid);
    assertProblem(viaTasklist, 400);
    assertTaskUntouched();
  }

  @Test
  void someoneWhoMayNotSeeTheTaskLearnsNothingOfItsFormFromARefusal() {
    var invalid = Map.of("variables", Map.of("needsSummary", Map.of("value", "too short"),
        "caseReference", Map.of("value", "DEN-1999-0001")));

    for (var path : List.of("/submit-form", "/complete", "/variables/caseReference")) {
      var response = path.startsWith("/variables")
          ? hub.send("finance-lead", "PUT", "/engine-rest/task/" + taskId + path, Map.of("value", "DEN-1999-0001"))
          : hub.post("finance-lead", "/engine-rest/task/" + taskId + path, invalid);

      assertThat(response.status()).as(path + " " + response.body()).isIn(403, 404);
      assertThat(response.body().toString()).as(path).doesNotContain("Summary of needs", "form's fields", "form has errors");
    }
    assertTaskUntouched();
    assertThat(taskService.getVariable(taskId, "caseReference")).isEqualTo(reference);
  }

  @Test
  void aTaskHolderCannotOverwriteTheCasesOwnVariables() {
    var task = "/engine-rest/task/" + taskId;
    var forged = new LinkedHashMap<>(validNeeds());
    forged.put("caseReference", Map.of("value", "DEN-1999-0001"));

    assertProblem(hub.send(MANAGER, "PUT", task + "/variables/caseReference", Map.of("value", "DEN-1999-0001")), 400);
    assertProblem(hub.send(MANAGER, "PUT", task + "/variables/procurementNeeded", Map.of("value", true)), 400);
    assertProblem(hub.send(MANAGER, "DELETE", task + "/variables/caseTitle", null), 400);
    assertProblem(hub.post(MANAGER, task + "/variables", Map.of("modifications",
        Map.of("caseTitle", Map.of("value", "Renamed")))), 400);
    assertProblem(hub.post(MANAGER, task + "/complete", Map.of("variables", forged)), 400);
    assertProblem(hub.tasklist(MANAGER).json("PUT", WebappSession.ENGINE_API + "/task/" + taskId
        + "/localVariables/caseReference", Map.of("value", "DEN-1999-0001")), 400);

    assertThat(taskService.getVariable(taskId, "caseReference")).isEqualTo(reference);
    // The form's own fields, and its read-only ones sent back unchanged (as Tasklist does), are accepted.
    var asTasklistSends = new LinkedHashMap<>(validNeeds());
    asTasklistSends.put("caseReference", Map.of("value", reference));
    assertThat(hub.post(MANAGER, task + "/submit-form", Map.of("variables", asTasklistSends)).status()).isEqualTo(204);
  }

  @Test
  void bodyWithSeveralUnreadableValuesNamesEveryBadFieldInPlainWordsNotOnlyTheFirst() {
    var before = cases.count();
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("programme", "dental-procurement");
    body.put("title", "");
    body.put("valueGbp", "two million");
    body.put("targetStartDate", "31/02/2027");
    body.put("targetEndDate", "2027-02-31");
    body.put("commissioner", "NHS\tEngland");

    var response = hub.post(MANAGER, "/api/cases", body);

    assertProblem(response, 400);
    assertThat(response.problemFields())
        .containsExactly("commissioner", "targetEndDate", "targetStartDate", "title", "valueGbp");
    assertThat(response.body().path("detail").asText()).isEqualTo("5 fields are invalid.");
    response.body().path("errors").forEach(error -> assertThat(error.path("message").asText())
        .as(error.toString()).doesNotContain("\\d", "^", "java.", "<"));
    assertThat(response.body().path("errors").get(1).path("message").asText())
        .isEqualTo("must be a real date written year-month-day, such as 2027-02-20");
    assertThat(response.body().path("errors").get(3).path("message").asText()).isEqualTo("is required");
    assertThat(response.body().path("errors").get(4).path("message").asText()).isEqualTo("must be a number, such as 2400000");
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void caseInputOutsideItsRulesIsRefusedNamingEachFieldAndWritesNothing() {
    var before = cases.count();
    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Two\nlines", "commissioner", "NHS\tEngland", "targetStartDate", "1999-12-31",
        "targetEndDate", "2100-01-01",
        "details", Map.of("trigger", "contract-ending", "area", "Devon", "currentContractEndDate", "0227-03-31")));

    assertProblem(response, 400);
    // the case's own fields and the programme's details are named together, not one after the other
    assertThat(response.problemFields()).contains("title", "commissioner", "targetStartDate", "targetEndDate",
        "details.currentContractEndDate");
    assertThat(cases.count()).isEqualTo(before);

    var details = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement", "title", "Fine",
        "details", Map.of("trigger", "contract-ending", "area", "Devon", "currentContractEndDate", "0227-03-31")));
    assertProblem(details, 400);
    assertThat(details.body().path("errors").get(0).path("field").asText()).isEqualTo("details.currentContractEndDate");
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void pagesAndErrorPathsOutsideTheirRangeAnswer4xx() {
    assertProblem(hub.get(MANAGER, "/api/cases?page=2147483647"), 400);
    assertProblem(hub.get(MANAGER, "/api/cases?page=-1"), 400);
    assertProblem(hub.get(MANAGER, "/api/cases?size=0"), 400);
    assertProblem(hub.get(MANAGER, "/api/cases?page=ten"), 400);
    assertProblem(hub.get(null, "/error"), 404);
    assertProblem(hub.get(MANAGER, "/error"), 404);
  }

  private HubClient.Response multipartObjectUpload(String path) {
    var boundary = "hub-boundary";
    var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x\"\r\n"
        + "Content-Type: application/json\r\n\r\n{}\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n"
        + "Content-Type: text/plain\r\n\r\nObject\r\n--" + boundary + "--\r\n";
    try {
      var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + path))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((MANAGER + ":" + HubClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return new HubClient.Response(response.statusCode(),
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()), response.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
