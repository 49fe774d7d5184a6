package org.commissioninghub.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An approval chain for a real case through the whole hub: a small stage process (deployed by the
 * test) prepares a SARC award and calls ApprovalChainProcess for procurement, NHS England and two
 * police and crime commissioners. Whoever prepared the award holds every approving role, yet is
 * offered no step, cannot claim or decide any over REST, and is sent no link; others approve. And
 * one party's rejection withdraws the other party's open approval, whose email link then says so.
 */
@IntegrationTest
class ApprovalChainIntegrationTests {

  /** Prepares the award, and holds every role that approves it. */
  static final String PREPARER = "robin.preparer";
  static final String AVON_COMMISSIONER = "alex.avon";
  static final String DEVON_COMMISSIONER = "sam.devon";
  static final Pattern LINK = Pattern.compile("/approvals/([A-Za-z0-9_-]{43})\\?decision=approve");

  static final String CALLER_KEY = "SarcAwardTestProcess";
  static final String APPROVAL_TASK = "Task_ApproveStage";
  static final String PROCUREMENT = "SARC award (Procurement)";
  static final String NHS_ENGLAND = "SARC award (NHS England)";
  static final String AVON = "SARC award (Police and crime commissioners: Avon and Somerset)";
  static final String DEVON = "SARC award (Police and crime commissioners: Devon and Cornwall)";

  /** NHS England names the preparer as its approver: the chain must still keep them off it. */
  static final String STEPS = """
      [{"name": "Procurement", "role": "procurement-lead"},
       {"name": "NHS England", "role": "director-of-commissioning", "user": "robin.preparer"},
       {"name": "Police and crime commissioners", "role": "pcc-representative",
        "parties": [{"name": "Avon and Somerset", "user": "alex.avon"},
                    {"name": "Devon and Cornwall", "user": "sam.devon"}]}]""";

  @Autowired
  HubClient hub;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  Outbox outbox;

  Tasks tasks;
  String deploymentId;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    hub.ensureUser(PREPARER, "procurement-lead", "director-of-commissioning", "pcc-representative");
    hub.ensureUser(AVON_COMMISSIONER, "pcc-representative");
    hub.ensureUser(DEVON_COMMISSIONER, "pcc-representative");
    deploymentId = repositoryService.createDeployment().name("Approval chain integration test")
        .addModelInstance(CALLER_KEY + ".bpmn", awardProcess()).deploy().getId();
  }

  @AfterEach
  void tearDown() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void whoeverPreparedTheAwardCannotApproveAnyStepOfItsChain() {
    // given a case whose award is prepared by someone who holds every role that approves it
    var reference = openCase();
    var award = runtimeService.startProcessInstanceByKey(CALLER_KEY, reference, inputs(reference, STEPS));
    tasks.complete(PREPARER, reference, "Task_PrepareAward", Map.of());

    // when procurement is asked, then the preparer cannot take it, and another procurement lead approves
    var procurement = onlyOpenApproval(reference, PROCUREMENT);
    assertPreparerIsKeptFrom(procurement);
    approve("procurement-lead", procurement);

    // when NHS England is asked, naming the preparer, then the preparer is dropped and the director approves
    var nhsEngland = onlyOpenApproval(reference, NHS_ENGLAND);
    assertPreparerIsKeptFrom(nhsEngland);
    approve("director-of-commissioning", nhsEngland);

    // when both commissioners are asked at once, then the preparer, though a commissioner's
    // representative, is offered neither: each goes to its named commissioner alone, who approves
    var commissioners = openApprovals(reference);
    assertThat(commissioners).containsOnlyKeys(AVON, DEVON);
    commissioners.values().forEach(this::assertOutsideBodyApprovalIsOnlyTheNamedPersons);
    approve(AVON_COMMISSIONER, commissioners.get(AVON));
    approve(DEVON_COMMISSIONER, commissioners.get(DEVON));

    // then the award is approved, each step decided by someone other than the preparer
    assertThat(runtimeService.getVariable(award.getId(), "approvalOutcome")).isEqualTo("approved");
    assertThat(taskService.createTaskQuery().processInstanceId(award.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_AwardApproved");
    var caseView = hub.get("demo", "/api/cases/" + reference).body();
    var decisions = new ArrayList<Map.Entry<String, String>>();
    caseView.get("decisions").forEach(decision -> decisions.add(
        Map.entry(decision.get("stage").asText(), decision.get("decidedBy").asText())));
    assertThat(decisions).extracting(Map.Entry::getKey, Map.Entry::getValue).containsExactly(
        tuple(PROCUREMENT, "procurement-lead"),
        tuple(NHS_ENGLAND, "director-of-commissioning"),
        tuple(AVON, AVON_COMMISSIONER),
        tuple(DEVON, DEVON_COMMISSIONER));
    // and each request says who was kept from it and why
    var requests = new ArrayList<String>();
    caseView.get("events").forEach(event -> {
      if (event.get("type").asText().equals("APPROVAL_REQUESTED")) {
        requests.add(event.get("summary").asText());
      }
    });
    assertThat(requests).hasSize(4)
        .allSatisfy(summary -> assertThat(summary).endsWith("not from " + PREPARER + ", who prepared or checked it"));
    // and the preparer was sent no link, while a named commissioner was
    var mail = outbox.newestFirst(PageRequest.of(0, 500)).getContent();
    assertThat(mail).filteredOn(email -> email.subject().contains(reference))
        .noneMatch(email -> email.recipient().startsWith(PREPARER + "@"))
        .anyMatch(email -> email.recipient().startsWith(AVON_COMMISSIONER + "@") && email.subject().contains(AVON));
  }

  @Test
  void onePartysRejectionWithdrawsTheOtherPartysApprovalAndItsLink() {
    // given both commissioners asked at once, each named
    var reference = openCase();
    var award = runtimeService.startProcessInstanceByKey(CALLER_KEY, reference, inputs(reference, """
        [{"name": "Police and crime commissioners", "role": "pcc-representative",
          "parties": [{"name": "Avon and Somerset", "user": "alex.avon"},
                      {"name": "Devon and Cornwall", "user": "sam.devon"}]}]"""));
    tasks.complete(PREPARER, reference, "Task_PrepareAward", Map.of());
    var commissioners = openApprovals(reference);
    var devonLink = linkSentTo(DEVON_COMMISSIONER, reference);

    // when Avon and Somerset rejects
    var response = tasks.submit(AVON_COMMISSIONER, commissioners.get(AVON).getId(),
        Map.of("approvalOutcome", "rejected", "approvalComment", "Our funding share is not agreed."));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    hub.runDueJobs();

    // then the award hears it was rejected by Avon and Somerset, and why
    assertThat(runtimeService.getVariable(award.getId(), "approvalOutcome")).isEqualTo("rejected");
    assertThat(runtimeService.getVariable(award.getId(), "approvalStep"))
        .isEqualTo("Police and crime commissioners: Avon and Somerset");
    assertThat(runtimeService.getVariable(award.getId(), "approvalComment")).isEqualTo("Our funding share is not agreed.");
    // and Devon and Cornwall's approval is withdrawn: no task, and its link says it is no longer needed
    assertThat(openApprovals(reference)).isEmpty();
    var page = open(devonLink);
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("This approval is no longer needed", "another party has");
  }

  /**
   * An outside body's approval is offered to the person named for it alone: no other member of
   * the role (the preparer among them) sees it in Tasklist, or may claim or decide it.
   */
  void assertOutsideBodyApprovalIsOnlyTheNamedPersons(Task approval) {
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getUserId)
        .doesNotContain(PREPARER);
    assertThat(hub.get(PREPARER, "/engine-rest/task?maxResults=1000").body().findValuesAsText("id"))
        .doesNotContain(approval.getId());
    var taskPath = "/engine-rest/task/" + approval.getId();
    assertThat(hub.post(PREPARER, taskPath + "/claim", Map.of("userId", PREPARER)).status()).isIn(403, 404);
    assertThat(hub.post(PREPARER, taskPath + "/complete",
        Map.of("variables", Map.of("approvalOutcome", Map.of("value", "approved")))).status()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();
  }

  /** Not offered the approval, and refused when claiming or deciding it over REST. */
  void assertPreparerIsKeptFrom(Task approval) {
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getUserId)
        .doesNotContain(PREPARER);
    var taskPath = "/engine-rest/task/" + approval.getId();
    var claim = hub.post(PREPARER, taskPath + "/claim", Map.of("userId", PREPARER));
    assertThat(claim.status()).as(claim.body().toString()).isEqualTo(400);
    assertThat(claim.body().get("detail").asText()).contains("prepared or checked what this approval signs off");
    var decide = hub.post(PREPARER, taskPath + "/complete",
        Map.of("variables", Map.of("approvalOutcome", Map.of("value", "approved"))));
    assertThat(decide.status()).as(decide.body().toString()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();
  }

  String openCase() {
    return hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Avon and Somerset sexual assault referral centre", "details",
        Map.of("trigger", "access-gap", "area", "Avon and Somerset"))).body().get("reference").asText();
  }

  static Map<String, Object> inputs(String reference, String steps) {
    return Map.of(
        "caseReference", reference,
        "stage", "SARC award",
        "approvalSummary", "Award the Avon and Somerset SARC contract to Solace Health.",
        "approvalSteps", SpinValues.jsonValue(steps).create(),
        "approvalDueInWorkingDays", 5,
        "escalationRole", "regional-director-of-commissioning");
  }

  /** The approval link in the newest email to the user about the case. */
  String linkSentTo(String user, String reference) {
    var email = outbox.newestFirst(PageRequest.of(0, 500)).getContent().stream()
        .filter(mail -> mail.recipient().startsWith(user + "@") && mail.subject().contains(reference))
        .findFirst().orElseThrow(() -> new AssertionError("no email to " + user + " about " + reference));
    var matcher = LINK.matcher(email.textBody());
    assertThat(matcher.find()).as("a link in the email").isTrue();
    return "/approvals/" + matcher.group(1);
  }

  HttpResponse<String> open(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  void approve(String approver, Task approval) {
    var response = tasks.submit(approver, approval.getId(), Map.of("approvalOutcome", "approved"));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    hub.runDueJobs();
  }

  /** The case's open stage approvals by stage. */
  Map<String, Task> openApprovals(String reference) {
    var byStage = new LinkedHashMap<String, Task>();
    taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(APPROVAL_TASK).list()
        .forEach(task -> byStage.put((String) taskService.getVariable(task.getId(), "stage"), task));
    return byStage;
  }

  Task onlyOpenApproval(String reference, String stage) {
    var open = openApprovals(reference);
    assertThat(open).containsOnlyKeys(stage);
    return open.get(stage);
  }

  /** A stage process as a SARC recommissioning will have: the award is prepared, then the chain approves it. */
  static BpmnModelInstance awardProcess() {
    var callChain = Bpmn.createExecutableProcess(CALLER_KEY)
        .name("SARC award (integration test)")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_AwardStarted")
        .userTask("Task_PrepareAward").name("Prepare award").camundaCandidateGroups("procurement-lead")
        .callActivity("CallActivity_ApproveAward").name("Approve award").calledElement("ApprovalChainProcess")
        .camundaInBusinessKey("#{execution.processBusinessKey}");
    for (var input : List.of("caseReference", "stage", "approvalSummary", "approvalSteps", "approvalDueInWorkingDays",
        "escalationRole")) {
      callChain = callChain.camundaIn(input, input);
    }
    return callChain
        .camundaOut("approvalOutcome", "approvalOutcome")
        .camundaOut("approvalComment", "approvalComment")
        .camundaOut("approvalStep", "approvalStep")
        .userTask("Task_AwardApproved").name("Award approved").camundaCandidateGroups("commissioning-manager")
        .endEvent("EndEvent_AwardDone")
        .done();
  }
}
