package org.commissioninghub.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.Tasks;

/** A delegation due diligence worked as its people work it, step by step, for tests that need a case at a stage. */
public final class DelegationSteps {

  public static final String HEAD = "head-of-primary-care";
  public static final String EXECUTIVE = "ics-executive-group";
  public static final String RDC = "regional-director-of-commissioning";

  private final HubClient hub;
  private final Tasks tasks;
  private final String integratedCareSystem;

  /** Cases are opened for the integrated care system, which tells one test's cases from another's. */
  public DelegationSteps(HubClient hub, String integratedCareSystem) {
    this.hub = hub;
    this.tasks = new Tasks(hub);
    this.integratedCareSystem = integratedCareSystem;
  }

  /** Pharmacy and optometry from April 2027, dental a year later, the allocation expected on 31 January 2027. */
  public Map<String, Object> openingRequest(String title) {
    var details = new LinkedHashMap<String, Object>();
    details.put("functions", List.of(Map.of("function", "pharmacy", "targetDate", "2027-04-01"),
        Map.of("function", "optometry", "targetDate", "2027-04-01"),
        Map.of("function", "dental", "targetDate", "2028-04-01")));
    details.put("financeAllocationDate", "2027-01-31");
    return Map.of("programme", "delegation-due-diligence", "title", title,
        "commissioner", "NHS England South West", "integratedCareSystem", integratedCareSystem,
        "valueGbp", 72500000, "details", details);
  }

  public String open(String title) {
    var opened = hub.post(HEAD, "/api/cases", openingRequest(title));
    assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
    hub.runDueJobs();
    return opened.body().get("reference").asText();
  }

  public void expressInterest(String reference) {
    tasks.complete(HEAD, reference, "Task_RecordExpressionOfInterest", Map.of("executiveEndorsementDate", "2026-09-16",
        "committeeNotedDate", "2026-09-28", "expressionOfInterestDate", "2026-09-30",
        "expressionOfInterestSummary", "Pharmacy and optometry from April 2027, dental a year later."));
  }

  /** Each item answered by the lead for its domain: the answer that meets it, unless told otherwise. */
  public void answerEveryItem(String reference, Map<String, String> answers) {
    for (var item : PreDelegationAssessmentFramework.values()) {
      var lead = item.domain().lead().groupId();
      var task = itemTask(lead, reference, "Task_AnswerChecklistItem", item.code());
      var response = tasks.submit(lead, task.get("id").asText(), Map.of("answer",
          answers.getOrDefault(item.code(), item.passingAnswer().id()), "evidence", "Board papers for " + item.code()));
      assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
      hub.runDueJobs();
    }
  }

  /**
   * Every item answered so that it meets the framework, signed off and corroborated alike: the
   * checklist passes and full due diligence starts, finance waiting for the allocation.
   */
  public void passTheChecklist(String reference) {
    answerEveryItem(reference, Map.of());
    tasks.complete(EXECUTIVE, reference, "Task_SignOffSelfAssessment", Map.of("signedOff", "yes"));
    var rows = new ArrayList<Map<String, Object>>();
    for (var item : PreDelegationAssessmentFramework.values()) {
      rows.add(Map.of("itemCode", item.code(), "corroboration", item.passingAnswer().id()));
    }
    tasks.complete(RDC, reference, "Task_CorroborateChecklist", Map.of("corroborations", rows));
  }

  public JsonNode itemTask(String user, String reference, String taskDefinitionKey, String code) {
    return tasks.visibleTo(user, reference).stream()
        .filter(task -> task.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .filter(task -> task.path("name").asText().contains("Item " + code + " "))
        .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + taskDefinitionKey + " of " + code));
  }
}
