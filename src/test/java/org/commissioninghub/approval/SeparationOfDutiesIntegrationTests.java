package org.commissioninghub.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioninghub.testsupport.DentalFormAnswers.businessCase;
import static org.commissioninghub.testsupport.DentalFormAnswers.financeCheck;
import static org.commissioninghub.testsupport.DentalFormAnswers.lotDesign;
import static org.commissioninghub.testsupport.DentalFormAnswers.needsAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.EventScope;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * No one approves their own work: a named person holds the role they are named for, and whoever
 * prepared or checked what a stage approval signs off cannot claim or decide it, in Tasklist or
 * over REST, and is sent no link; the approval goes to another approver.
 */
@IntegrationTest
class SeparationOfDutiesIntegrationTests {

  /** One person who legitimately holds every role of a dental business case, approver included. */
  static final String ALL_ROUNDER = "pat.allrounder";
  static final List<String> ALL_ROUNDER_ROLES = List.of("commissioning-manager", "programme-manager",
      "finance-lead", "head-of-primary-care");

  @Autowired
  HubClient hub;


  @Autowired
  TaskService taskService;

  @Autowired
  CaseStore caseStore;

  @Autowired
  StageApprovalService approvals;

  @Autowired
  Outbox outbox;

  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    hub.ensureUser(ALL_ROUNDER, ALL_ROUNDER_ROLES.toArray(String[]::new));
  }

  @Test
  void oneManNamedInThreeRolesHeDoesNotHoldIsRefusedForEachOfThem() {
    var response = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Self-approved", "namedPeople", Map.of("programme-manager", "commissioning-manager",
            "finance-lead", "commissioning-manager", "head-of-primary-care", "commissioning-manager",
            "camunda-admin", "demo"),
        "details", Map.of("trigger", "access-gap", "area", "Swindon")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactlyInAnyOrder("namedPeople.programme-manager",
        "namedPeople.finance-lead", "namedPeople.head-of-primary-care", "namedPeople.camunda-admin");
    assertThat(response.body().toString()).contains("does not hold the role Finance lead", "is not a case role");
  }

  @Test
  void whoeverPreparedTheBusinessCaseCannotApproveItInTasklistOrOverRest() {
    var reference = hub.post(ALL_ROUNDER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Wiltshire urgent dental care", "namedPeople", Map.of("head-of-primary-care", ALL_ROUNDER),
        "details", Map.of("trigger", "access-gap", "area", "Wiltshire"))).body().get("reference").asText();
    tasks.complete(ALL_ROUNDER, reference, "Task_AssessOralHealthNeeds", needsAssessment("procure"));
    tasks.complete(ALL_ROUNDER, reference, "Task_DesignLots", lotDesign());
    tasks.complete(ALL_ROUNDER, reference, "Task_PrepareBusinessCase", businessCase(900_000));
    tasks.complete(ALL_ROUNDER, reference, "Task_CheckAffordability", financeCheck("affordable"));

    var approval = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ApproveStage").singleResult();
    var taskPath = "/engine-rest/task/" + approval.getId();
    // the case named Pat as approver, but Pat prepared it: Pat is taken off the task and sent no link
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getUserId)
        .doesNotContain(ALL_ROUNDER);
    assertThat(outbox.newestFirst(PageRequest.of(0, 200)).getContent())
        .noneMatch(mail -> mail.recipient().startsWith(ALL_ROUNDER) && mail.subject().contains(reference))
        .anyMatch(mail -> mail.recipient().startsWith("head-of-primary-care") && mail.subject().contains(reference));
    var requested = lastEvent(reference, "APPROVAL_REQUESTED");
    assertThat(requested.get("summary").asText()).contains("not from " + ALL_ROUNDER);

    // Pat can neither claim nor decide it, over REST or in Tasklist
    var claim = hub.post(ALL_ROUNDER, taskPath + "/claim", Map.of("userId", ALL_ROUNDER));
    assertThat(claim.status()).isEqualTo(400);
    assertThat(claim.body().get("detail").asText()).contains("prepared or checked what this approval signs off");
    var decide = Map.of("variables", Map.of("approvalOutcome", Map.of("value", "approved")));
    var completed = hub.post(ALL_ROUNDER, taskPath + "/complete", decide);
    assertThat(completed.status()).as(completed.body().toString()).isEqualTo(400);
    var tasklist = hub.tasklist(ALL_ROUNDER);
    var tasklistPath = WebappSession.ENGINE_API + "/task/" + approval.getId();
    var tasklistClaim = tasklist.json("POST", tasklistPath + "/claim", Map.of("userId", ALL_ROUNDER));
    assertThat(tasklistClaim.status()).as(tasklistClaim.body() + " " + tasklistClaim.headers()).isEqualTo(400);
    assertThat(tasklist.json("POST", tasklistPath + "/submit-form", decide).status()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();

    // another member of the approver role decides it
    tasks.complete("head-of-primary-care", reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    var decisions = hub.get("head-of-primary-care", "/api/cases/" + reference).body().get("decisions");
    assertThat(decisions.get(decisions.size() - 1).get("decidedBy").asText()).isEqualTo("head-of-primary-care");
  }

  @Test
  void whenOnlyThePreparerHoldsTheApproverRoleTheApprovalGoesToTheEscalationRoleAndTheCaseSaysSo() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Board paper", "details", Map.of("trigger", "access-gap", "area", "Bath")))
        .body().get("reference").asText();
    // the ICB Board's one member prepared the paper in the process that asks for its approval
    caseStore.recordTaskCompleted(reference, "Prepare the board paper", Map.of(), "icb-board",
        EventScope.inProcess("board-paper-process"));

    var request = approvals.request(reference, "Board approval", "icb-board", null, "director-of-commissioning",
        "board-paper-process", 5, "commissioning-manager");

    assertThat(request.candidateRole()).isEqualTo("director-of-commissioning");
    var requested = lastEvent(reference, "APPROVAL_REQUESTED");
    assertThat(requested.get("summary").asText())
        .contains("requested from director-of-commissioning because no one else holding icb-board may approve");
    assertThat(requested.get("after").get("excludedApprovers").get(0).asText()).isEqualTo("icb-board");
  }

  @Test
  void anOutsideBodysApprovalWhoseNamedApproverPreparedItGoesToTheEscalationRoleNotToTheRestOfTheirRole() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Governor sign-off", "details", Map.of("trigger", "access-gap", "area", "Dorset")))
        .body().get("reference").asText();
    hub.ensureUser("governor.one", "prison-governor");
    hub.ensureUser("governor.two", "prison-governor");
    caseStore.recordTaskCompleted(reference, "Prepare the go-live plan", Map.of(), "governor.one",
        EventScope.inProcess("go-live-process"));

    var request = approvals.request(reference, "Go-live", "prison-governor", "governor.one",
        "director-of-commissioning", "go-live-process", 5, "commissioning-manager");

    // another prison's governor holds the role but is no approver of this prison's go-live
    assertThat(request.approverUsers()).isEmpty();
    assertThat(request.candidateRole()).isEqualTo("director-of-commissioning");
  }

  JsonNode lastEvent(String reference, String type) {
    var events = hub.get("demo", "/api/cases/" + reference).body().get("events");
    JsonNode last = null;
    for (var event : events) {
      if (event.get("type").asText().equals(type)) {
        last = event;
      }
    }
    assertThat(last).as(type).isNotNull();
    return last;
  }
}
