package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioninghub.testsupport.DentalFormAnswers.businessCase;
import static org.commissioninghub.testsupport.DentalFormAnswers.financeCheck;
import static org.commissioninghub.testsupport.DentalFormAnswers.lot;
import static org.commissioninghub.testsupport.DentalFormAnswers.lotDesign;
import static org.commissioninghub.testsupport.DentalFormAnswers.needsAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DentalProcurementIntegrationTests {

  static final String COMMISSIONING_MANAGER = "commissioning-manager";
  static final String PROGRAMME_MANAGER = "programme-manager";
  static final String FINANCE_LEAD = "finance-lead";

  @Autowired
  HubClient hub;


  @Autowired
  TaskService taskService;

  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
  }

  String openCase(Map<String, String> namedPeople) {
    var response = hub.post(COMMISSIONING_MANAGER, "/api/cases", Map.of(
        "programme", "dental-procurement",
        "title", "Devon and Cornwall urgent dental care",
        "commissioner", "NHS England South West",
        "integratedCareSystem", "Devon",
        "namedPeople", namedPeople,
        "details", Map.of("trigger", "contract-ending", "area", "Devon and Cornwall",
            "currentContractEndDate", "2027-03-31")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return response.body().get("reference").asText();
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(PROGRAMME_MANAGER, reference);
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  @Test
  void casesMoveThroughTheirStagesAsEachRoleCompletesItsTask() {
    var reference = openCase(Map.of());
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("needs-assessment");

    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("lot-design");

    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("business-case");

    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase", businessCase(2_000_000));
    var afterBusinessCase = caseOf(reference);
    assertThat(afterBusinessCase.get("currentStage").asText()).isEqualTo("finance-check");
    assertThat(afterBusinessCase.get("valueGbp").decimalValue()).isEqualByComparingTo("14000000");

    tasks.complete(FINANCE_LEAD, reference, "Task_CheckAffordability", financeCheck("affordable"));
    var done = caseOf(reference);
    assertThat(done.get("currentStage").asText()).isEqualTo("business-case-approval");
    assertThat(done.get("details").get("lotDesignSummary").asText()).startsWith("Three lots");
    var caseLots = done.get("lots");
    assertThat(done.has("items")).isFalse();
    assertThat(texts(caseLots, "lotNumber")).containsExactly("1", "2", "3");
    assertThat(texts(caseLots, "name"))
        .containsExactly("North Devon urgent care", "South Devon urgent care", "Cornwall orthodontics");
    assertThat(texts(caseLots, "serviceType")).containsExactly("general-urgent", "general-urgent", "orthodontic");
    assertThat(texts(caseLots, "contractedUdas")).containsExactly("60000", "50000", "null");
    assertThat(texts(caseLots, "contractedUoas")).containsExactly("null", "null", "9000");
    assertThat(texts(caseLots, "status")).containsOnly("PLANNED");
    assertThat(texts(done.get("decisions"), "outcome")).containsExactly("affordable");
    assertThat(done.get("decisions").get(0).get("decidedBy").asText()).isEqualTo(FINANCE_LEAD);
    assertThat(done.get("decisions").get(0).get("channel").asText()).isEqualTo("tasklist");
    assertThat(texts(done.get("process").get("completed"), "id")).contains(
        "Task_AssessOralHealthNeeds", "Task_DesignLots", "Task_PrepareBusinessCase", "Task_CheckAffordability");
    assertThat(texts(done.get("process").get("current"), "id")).containsExactly("CallActivity_ApproveBusinessCase");
    var lots = hub.get(PROGRAMME_MANAGER, "/api/cases/" + reference + "/lots").body();
    assertThat(texts(lots, "name"))
        .containsExactly("North Devon urgent care", "South Devon urgent care", "Cornwall orthodontics");
    assertThat(texts(lots, "serviceType")).containsExactly("general-urgent", "general-urgent", "orthodontic");
    assertThat(texts(lots, "contractForm")).containsOnly("pds");
    assertThat(texts(lots, "contractedUdas")).containsExactly("60000", "50000", "null");
    assertThat(texts(lots, "contractedUoas")).containsExactly("null", "null", "9000");
  }

  @Test
  void theBusinessCaseIsShownTheActivityOfAllTheLotsTogether() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());

    var businessCase = tasks.find(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase").orElseThrow();
    var variables = hub.get(PROGRAMME_MANAGER, "/engine-rest/task/" + businessCase.get("id").asText()
        + "/form-variables?variableNames=totalContractedUdas,totalContractedUoas").body();

    assertThat(variables.get("totalContractedUdas").get("value").asInt()).isEqualTo(110_000);
    assertThat(variables.get("totalContractedUoas").get("value").asInt()).isEqualTo(9_000);
  }

  @Test
  void aLotDesignWithABadRowIsRefusedNamingTheRowAndCreatesNoLots() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    var task = tasks.find(COMMISSIONING_MANAGER, reference, "Task_DesignLots").orElseThrow();

    var missingActivity = tasks.submit(COMMISSIONING_MANAGER, task.get("id").asText(), Map.of(
        "lots", List.of(lot("Plymouth urgent care", "general-urgent", "gds", 40_000, null),
            lot("Plymouth orthodontics", "orthodontic", "gds", null, null)),
        "lotDesignSummary", "Two lots for Plymouth: urgent care and orthodontics."));
    var sameName = hub.post(COMMISSIONING_MANAGER, "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
        Map.of("variables", Map.of("lotDesignSummary", Map.of("value", "Two lots that cannot be told apart."),
            "lots", Map.of("type", "Json", "value", "[" + String.join(",",
                "{\"name\": \"Torbay\", \"serviceType\": \"special-care\", \"contractForm\": \"pds\"}",
                "{\"name\": \"torbay \", \"serviceType\": \"oral-surgery\", \"contractForm\": \"pds\"}") + "]"))));
    var badValue = tasks.submit(COMMISSIONING_MANAGER, task.get("id").asText(), Map.of(
        "lots", List.of(lot("Torbay", "special-care", "pds", null, null), lot("Paignton", "special-care", "pds", -1, null)),
        "lotDesignSummary", "Two lots for Torbay and Paignton."));

    assertThat(missingActivity.status()).isEqualTo(400);
    assertThat(missingActivity.body().get("message").asText())
        .isEqualTo("The form cannot be submitted: Lots, row 2: Contracted UOAs is required for orthodontics.");
    assertThat(sameName.status()).isEqualTo(400);
    assertThat(sameName.body().get("message").asText()).contains("Lots, row 2: Lot name \"torbay\" is already used in row 1");
    assertThat(badValue.status()).isEqualTo(400);
    assertThat(badValue.body().get("message").asText()).contains("Lots, row 2: Contracted UDAs must be at least 0")
        .doesNotContain("row 1");
    assertThat(hub.get(COMMISSIONING_MANAGER, "/api/cases/" + reference + "/lots").body()).isEmpty();
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("lot-design");
  }

  @Test
  void everyChangeToTheCaseIsWrittenToItsEventLogWithWhoMadeIt() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));

    var events = caseOf(reference).get("events");
    assertThat(texts(events, "type")).containsExactly("CASE_OPENED", "PROCESS_STARTED", "TASK_COMPLETED",
        "DETAILS_UPDATED", "STAGE_CHANGED");
    assertThat(texts(events, "actor")).containsOnly(COMMISSIONING_MANAGER);
    var stageChange = events.get(4);
    assertThat(stageChange.get("before").get("currentStage").asText()).isEqualTo("needs-assessment");
    assertThat(stageChange.get("after").get("currentStage").asText()).isEqualTo("lot-design");
    assertThat(events.get(2).get("after").get("needsOutcome").asText()).isEqualTo("procure");
  }

  @Test
  void aTaskIsVisibleOnlyToItsRoleAndComesWithItsForm() {
    var reference = openCase(Map.of());

    var task = tasks.find(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds").orElseThrow();
    assertThat(tasks.visibleTo(FINANCE_LEAD, reference)).isEmpty();
    assertThat(tasks.visibleTo(PROGRAMME_MANAGER, reference)).isEmpty();

    var form = hub.get(COMMISSIONING_MANAGER, "/engine-rest/task/" + task.get("id").asText() + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body().get("id").asText()).isEqualTo("dental-assess-oral-health-needs");
    var otherRole = hub.post(FINANCE_LEAD, "/engine-rest/task/" + task.get("id").asText() + "/claim",
        Map.of("userId", FINANCE_LEAD));
    assertThat(otherRole.status()).isIn(403, 404);
  }

  @Test
  void thePersonNamedOnTheCaseForARoleGetsThatRolesTasksToo() {
    hub.ensureUser("sam.finance", FINANCE_LEAD);
    var reference = openCase(Map.of(FINANCE_LEAD, "sam.finance"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());
    assertThat(tasks.visibleTo("sam.finance", reference)).isEmpty();
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase", businessCase(1_000_000));

    var affordability = tasks.find("sam.finance", reference, "Task_CheckAffordability").orElseThrow();
    assertThat(taskService.getIdentityLinksForTask(affordability.get("id").asText()))
        .anyMatch(link -> "sam.finance".equals(link.getUserId()));
    tasks.complete("sam.finance", reference, "Task_CheckAffordability", financeCheck("affordable"));
    assertThat(caseOf(reference).get("decisions").get(0).get("decidedBy").asText()).isEqualTo("sam.finance");
  }

  @Test
  void financeAskingForRevisionSendsTheBusinessCaseBackAndRecordsEachDecision() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase", businessCase(3_000_000));
    tasks.complete(FINANCE_LEAD, reference, "Task_CheckAffordability", financeCheck("revise"));

    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("business-case");
    tasks.complete(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase", businessCase(2_500_000));
    tasks.complete(FINANCE_LEAD, reference, "Task_CheckAffordability", financeCheck("affordable"));

    var done = caseOf(reference);
    assertThat(done.get("currentStage").asText()).isEqualTo("business-case-approval");
    assertThat(texts(done.get("decisions"), "outcome")).containsExactly("revise", "affordable");
    assertThat(done.get("valueGbp").decimalValue()).isEqualByComparingTo("17500000");
  }

  @Test
  void aNeedsAssessmentFindingNoNeedClosesTheCase() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("no-procurement"));

    var closed = caseOf(reference);
    assertThat(closed.get("status").asText()).isEqualTo("closed");
    assertThat(closed.get("currentStage").asText()).isEqualTo("not-needed");
    assertThat(closed.get("actualEndDate").isNull()).isFalse();
    assertThat(texts(closed.get("process").get("completed"), "id")).contains("EndEvent_ProcurementNotNeeded");
  }

  @Test
  void aFractionWhereAWholeNumberBelongsIsRefusedBeforeItCanStallTheProcess() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());
    var task = tasks.find(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase").orElseThrow();

    var values = new java.util.HashMap<String, Object>(businessCase(1_000_000));
    values.put("termYears", 2.5);
    values.put("udaValue", 28.123);
    var response = tasks.submit(PROGRAMME_MANAGER, task.get("id").asText(), values);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("message").asText()).contains("Term (years) must be a whole number",
        "UDA value (£) must have at most 2 decimal places");
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("business-case");
  }

  @Test
  void moneyTypedWithPoundSignAndCommasIsStoredAsANumberAndLettersAreRefusedInWords() {
    var reference = openCase(Map.of());
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());
    var taskId = tasks.find(PROGRAMME_MANAGER, reference, "Task_PrepareBusinessCase").orElseThrow().get("id").asText();
    var values = new java.util.HashMap<String, Object>(businessCase(0));

    // letters are refused, each field named by its label, and nothing moves on
    values.put("annualContractValue", "2.4m");
    values.put("udaValue", "twenty");
    var refused = tasks.submit(PROGRAMME_MANAGER, taskId, values);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains(
        "Annual contract value (£) must be an amount in pounds, such as 2,400,000 or £2,400,000.50",
        "UDA value (£) must be an amount in pounds");
    assertThat(refused.problemFields()).containsExactly("annualContractValue", "udaValue");
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("business-case");

    // the finance lead, who checks the business case, may not write it
    values.put("annualContractValue", "£1,250,000");
    values.put("udaValue", "£28.50");
    var notTheirs = hub.post(FINANCE_LEAD, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("annualContractValue", Map.of("value", "£9,999,999"))));
    assertThat(notTheirs.status()).isNotEqualTo(204);

    // the programme manager's £1,250,000 and £28.50 are stored as numbers
    assertThat(tasks.submit(PROGRAMME_MANAGER, taskId, values).status()).isEqualTo(204);
    hub.runDueJobs();
    var check = tasks.find(FINANCE_LEAD, reference, "Task_CheckAffordability").orElseThrow().get("id").asText();
    var stored = hub.get(FINANCE_LEAD, "/engine-rest/task/" + check + "/variables").body();
    assertThat(stored.get("annualContractValue").get("type").asText()).isEqualTo("Long");
    assertThat(stored.get("annualContractValue").get("value").asLong()).isEqualTo(1_250_000L);
    assertThat(stored.get("udaValue").get("value").asDouble()).isEqualTo(28.5);
    assertThat(caseOf(reference).get("valueGbp").decimalValue()).isPositive();
  }

  @Test
  void aFormBreakingItsRulesIsNotCompletedAndSaysWhy() {
    var reference = openCase(Map.of());
    var task = tasks.find(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds").orElseThrow();

    var response = tasks.submit(COMMISSIONING_MANAGER, task.get("id").asText(),
        Map.of("needsSummary", "too short", "populationCovered", -5));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().toString()).contains("Summary of needs must be at least 20 characters",
        "Population covered must be at least 0", "Decision is required");
    assertThat(tasks.find(COMMISSIONING_MANAGER, reference, "Task_AssessOralHealthNeeds")).isPresent();
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("needs-assessment");
  }
}
