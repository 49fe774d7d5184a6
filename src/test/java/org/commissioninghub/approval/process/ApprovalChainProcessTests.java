package org.commissioninghub.approval.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.approval.ApprovalChainVariables.APPROVAL_PLAN;
import static org.commissioninghub.approval.ApprovalChainVariables.APPROVAL_STEP;
import static org.commissioninghub.approval.ApprovalChainVariables.APPROVAL_STEPS;
import static org.commissioninghub.approval.ApprovalChainVariables.PARTY;
import static org.commissioninghub.approval.ApprovalChainVariables.STEP;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_COMMENT;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_OUTCOME;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_SUMMARY;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_TASK;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVER_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVER_USER;
import static org.commissioninghub.approval.StageApprovalVariables.CASE_REFERENCE;
import static org.commissioninghub.approval.StageApprovalVariables.DUE_IN_WORKING_DAYS;
import static org.commissioninghub.approval.StageApprovalVariables.ESCALATION_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;
import static org.commissioninghub.approval.StageApprovalVariables.STAGE;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.commissioninghub.approval.ApprovalChainServices;
import org.commissioninghub.approval.ApprovalChainVariables;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs ApprovalChainProcess on an in-memory engine as a stage process calls it. Each sign-off is
 * the real StageApprovalProcess with stand-ins for its delegates (as a procurement's tests call it):
 * the request stand-in keeps the variables it saw. The chain's own delegate is the real one,
 * planning the steps against the engine's users and roles.
 */
@Deployment(resources = {"processes/ApprovalChainProcess.bpmn", "processes/StageApprovalProcess.bpmn"})
class ApprovalChainProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "SRC-2026-0001";
  private static final String SARC_AWARD = "SARC award";
  private static final String SUMMARY = "Award the Avon and Somerset SARC lot to Solace Health";
  private static final String ESCALATION_ROLE_ID = "regional-director-of-commissioning";
  private static final List<String> ROLES = List.of("procurement-lead", "director-of-commissioning",
      "pcc-representative", ESCALATION_ROLE_ID);
  private static final String NHS_ENGLAND_DIRECTOR = "sam.director";
  /** Police and crime commissioners are outside bodies: each step or party of theirs names its approver. */
  private static final String COMMISSIONER = "pat.commissioner";

  private static final String CALLER_KEY = "ApprovalChainCaller";
  private static final String CALL_CHAIN = "CallActivity_ApproveChain";
  private static final String CALLER_WAITS = "Task_AfterApprovalChain";
  private static final String PLAN_APPROVAL_STEPS = "ServiceTask_PlanApprovalSteps";
  private static final String REQUEST_APPROVAL = "ServiceTask_RequestApproval";

  private final DelegateStandIns delegates = new DelegateStandIns();
  /** The variables each sign-off's request saw, in the order they were requested. */
  private final List<Map<String, Object>> requestsSeen = new ArrayList<>();
  private final IdentityService identity = ProcessTestEngine.get().getIdentityService();

  private String callerDeploymentId;
  private ProcessInstance caller;
  private ProcessInstance chain;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
    ROLES.forEach(role -> identity.saveGroup(identity.newGroup(role)));
    identity.saveUser(identity.newUser(NHS_ENGLAND_DIRECTOR));
    identity.createMembership(NHS_ENGLAND_DIRECTOR, "director-of-commissioning");
    identity.saveUser(identity.newUser(COMMISSIONER));
    identity.createMembership(COMMISSIONER, "pcc-representative");
    delegates.registerCalledApproval(requestsSeen);
    var planApprovalSteps = new PlanApprovalStepsDelegate(ApprovalChainServices.on(identity));
    delegates.register("approvalPlanApprovalStepsDelegate", planApprovalSteps::execute);
  }

  @AfterEach
  void tearDown() {
    if (callerDeploymentId != null) {
      repositoryService().deleteDeployment(callerDeploymentId, true);
    }
    identity.deleteUser(NHS_ENGLAND_DIRECTOR);
    identity.deleteUser(COMMISSIONER);
    ROLES.forEach(identity::deleteGroup);
    resetProcessTestState();
  }

  @Test
  void threeStepsAllApprovingApproveTheChainOneSignOffAfterAnother() {
    // given procurement, NHS England (with its named director and ten days) and a commissioner, in that order
    startChain(steps(procurement(), nhsEngland(), commissioner()));

    // when each step approves in turn, each sign-off asked for only once the one before approved
    for (var expectedStage : List.of("SARC award (Procurement)", "SARC award (NHS England)",
        "SARC award (Police and crime commissioner)")) {
      var signOff = theOnlyOpenSignOff();
      Assertions.assertThat(runtimeService().getVariable(signOff.getId(), STAGE)).isEqualTo(expectedStage);
      decide(signOff, "approved", "Content.");
    }

    // then the chain is approved, with no step and no reason to report
    assertThat(chain).isEnded().hasPassed("EndEvent_ApprovalChainDecided");
    Assertions.assertThat(timesPassed(chain, "CallActivity_ApproveStep")).isEqualTo(3);
    assertThat(caller).isWaitingAt(CALLER_WAITS).variables()
        .containsEntry(APPROVAL_OUTCOME, "approved")
        .containsEntry(APPROVAL_COMMENT, null)
        .containsEntry(APPROVAL_STEP, null)
        // and nothing of the chain's own working reaches the caller
        .doesNotContainKeys(APPROVAL_PLAN, STEP, PARTY, PREPARED_IN_PROCESS);
    // and each sign-off went to its step's role (and named approver), due in its days or the chain's
    Assertions.assertThat(requestsSeen)
        .extracting(seen -> seen.get(STAGE), seen -> seen.get(APPROVER_ROLE), seen -> seen.get(APPROVER_USER),
            seen -> seen.get(DUE_IN_WORKING_DAYS))
        .containsExactly(
            Assertions.tuple("SARC award (Procurement)", "procurement-lead", null, 5),
            Assertions.tuple("SARC award (NHS England)", "director-of-commissioning", NHS_ENGLAND_DIRECTOR, 10),
            Assertions.tuple("SARC award (Police and crime commissioner)", "pcc-representative", COMMISSIONER, 5));
    Assertions.assertThat(requestsSeen).allSatisfy(seen -> Assertions.assertThat(seen)
        .containsEntry(APPROVAL_SUMMARY, SUMMARY)
        .containsEntry(ESCALATION_ROLE, ESCALATION_ROLE_ID)
        .containsEntry(CASE_REFERENCE, BUSINESS_KEY));
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  @Test
  void aRejectionAtStepTwoReturnsTheStepAndTheReasonAndStepThreeNeverStarts() {
    // given three steps, the first of which has approved
    startChain(steps(procurement(), nhsEngland(), commissioners("Avon and Somerset", "Devon and Cornwall")));
    decide(theOnlyOpenSignOff(), "approved", null);

    // when NHS England rejects, giving the reason
    decide(theOnlyOpenSignOff(), "rejected", "The funding split is not agreed.");

    // then the chain ends rejected, telling the caller which step and why
    assertThat(chain).isEnded().hasPassed("EndEvent_ApprovalChainDecided")
        .hasNotPassed("CallActivity_ApproveAsEachParty");
    assertThat(caller).isWaitingAt(CALLER_WAITS).variables()
        .containsEntry(APPROVAL_OUTCOME, "rejected")
        .containsEntry(APPROVAL_COMMENT, "The funding split is not agreed.")
        .containsEntry(APPROVAL_STEP, "NHS England");
    // and the commissioners were never asked
    Assertions.assertThat(requestsSeen).extracting(seen -> seen.get(STAGE))
        .containsExactly("SARC award (Procurement)", "SARC award (NHS England)");
    Assertions.assertThat(signOffsStarted()).isEqualTo(2);
  }

  @Test
  void aRequestForChangesStopsTheChainAndSaysWhichStepAndWhatToChange() {
    // given two steps
    startChain(steps(procurement(), nhsEngland()));

    // when procurement asks for changes
    decide(theOnlyOpenSignOff(), "changes-requested", "Add the paediatric pathway to the specification.");

    // then the caller hears it from procurement, with what to change, and NHS England is not asked
    assertThat(chain).isEnded();
    assertThat(caller).isWaitingAt(CALLER_WAITS).variables()
        .containsEntry(APPROVAL_OUTCOME, "changes-requested")
        .containsEntry(APPROVAL_COMMENT, "Add the paediatric pathway to the specification.")
        .containsEntry(APPROVAL_STEP, "Procurement");
    Assertions.assertThat(signOffsStarted()).isEqualTo(1);
  }

  @Test
  void eachPartyIsAskedAtOnceAndTheFirstRejectionEndsTheStepWithdrawingTheOthers() {
    // given the commissioners' step of three parties, between procurement and NHS England
    startChain(steps(procurement(),
        commissioners("Avon and Somerset", "Devon and Cornwall", "Gloucestershire"), nhsEngland()));
    decide(theOnlyOpenSignOff(), "approved", null);

    // when every party is asked at once
    var parties = openSignOffsByStage();
    Assertions.assertThat(parties).containsOnlyKeys(
        "SARC award (Police and crime commissioners: Avon and Somerset)",
        "SARC award (Police and crime commissioners: Devon and Cornwall)",
        "SARC award (Police and crime commissioners: Gloucestershire)");
    parties.values().forEach(party -> runServiceTask(party, REQUEST_APPROVAL));
    // and one approves while another rejects
    var avon = parties.get("SARC award (Police and crime commissioners: Avon and Somerset)");
    var devon = parties.get("SARC award (Police and crime commissioners: Devon and Cornwall)");
    var gloucestershire = parties.get("SARC award (Police and crime commissioners: Gloucestershire)");
    decide(avon, "approved", null);
    assertThat(chain).isWaitingAt("CallActivity_ApproveAsEachParty");
    decide(devon, "rejected", "The police and crime commissioner has not agreed the funding share.");

    // then the step ends rejected, naming the step and the party, and the chain goes no further
    assertThat(chain).isEnded();
    assertThat(caller).isWaitingAt(CALLER_WAITS).variables()
        .containsEntry(APPROVAL_OUTCOME, "rejected")
        .containsEntry(APPROVAL_COMMENT, "The police and crime commissioner has not agreed the funding share.")
        .containsEntry(APPROVAL_STEP, "Police and crime commissioners: Devon and Cornwall");
    Assertions.assertThat(timesPassed(chain, "CallActivity_ApproveStep")).isEqualTo(1);
    // and the party still deciding is withdrawn: its approval ended undecided (an approval link reads it
    // as no longer needed), its task gone
    assertThat(gloucestershire).isEnded().hasNotPassed("ServiceTask_RecordApprovalDecision", "EndEvent_ApprovalDecided");
    Assertions.assertThat(historicState(gloucestershire)).isEqualTo(HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
    Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey(APPROVAL_TASK).count()).isZero();
  }

  @Test
  void aStepWithPartiesApprovesOnlyOnceEveryPartyHasApproved() {
    // given the commissioners' step of two parties, asked at once
    startChain(steps(commissioners("Avon and Somerset", "Devon and Cornwall")));
    var parties = new ArrayList<>(openSignOffsByStage().values());
    parties.forEach(party -> runServiceTask(party, REQUEST_APPROVAL));

    // when the first approves, the step waits for the other
    decide(parties.get(0), "approved", "Agreed by the commissioner.");
    assertThat(chain).isWaitingAt("CallActivity_ApproveAsEachParty");
    Assertions.assertThat(runtimeService().getVariable(caller.getId(), APPROVAL_OUTCOME)).isNull();

    // when the second approves too
    decide(parties.get(1), "approved", null);

    // then the chain is approved
    assertThat(chain).isEnded().hasPassed("EndEvent_EachPartyDecided", "EndEvent_ApprovalChainDecided");
    assertThat(caller).isWaitingAt(CALLER_WAITS).variables()
        .containsEntry(APPROVAL_OUTCOME, "approved")
        .containsEntry(APPROVAL_STEP, null)
        .containsEntry(APPROVAL_COMMENT, null);
  }

  @Test
  void everySignOffIsToldThatTheCallerIsWhereTheWorkWasPrepared() {
    // given a chain of single steps and a step with parties, given as a Json variable
    startChain(SpinValues.jsonValue("""
        [{"name": "Procurement", "role": "procurement-lead"},
         {"name": "NHS England", "role": "director-of-commissioning", "user": "sam.director"},
         {"name": "Police and crime commissioners", "role": "pcc-representative",
          "parties": [{"name": "Avon and Somerset", "user": "pat.commissioner"},
                      {"name": "Devon and Cornwall", "user": "pat.commissioner"}]}]""").create());

    // when every step approves
    approveEveryStep();

    // then each of the four sign-offs kept whoever worked in the caller from approving
    Assertions.assertThat(requestsSeen).hasSize(4)
        .allSatisfy(seen -> Assertions.assertThat(seen).containsEntry(PREPARED_IN_PROCESS, caller.getId()));
    assertThat(caller).isWaitingAt(CALLER_WAITS).variables().containsEntry(APPROVAL_OUTCOME, "approved");
  }

  @Test
  void aChainToldWhereTheWorkWasPreparedTellsEverySignOff() {
    // given a caller that relays the chain for work prepared in another process instance
    deployCaller(PREPARED_IN_PROCESS);
    var inputs = inputs(steps(procurement(), commissioners("Avon and Somerset", "Devon and Cornwall")));
    inputs.put(PREPARED_IN_PROCESS, "instance-where-the-award-was-prepared");
    start(inputs);
    runServiceTask(chain, PLAN_APPROVAL_STEPS);

    // when every step approves
    approveEveryStep();

    // then every sign-off kept whoever worked in that instance from approving
    Assertions.assertThat(requestsSeen).hasSize(3).allSatisfy(seen -> Assertions.assertThat(seen)
        .containsEntry(PREPARED_IN_PROCESS, "instance-where-the-award-was-prepared"));
  }

  @Test
  void aCallerWithdrawnWhilePartiesDecideEndsTheChainAndEveryOpenSignOff() {
    // given the commissioners' step waiting for two parties, one of whom has already approved
    startChain(steps(commissioners("Avon and Somerset", "Devon and Cornwall")));
    var parties = new ArrayList<>(openSignOffsByStage().values());
    decide(parties.get(0), "approved", null);

    // when the caller is withdrawn (the case is stopped)
    runtimeService().deleteProcessInstance(caller.getId(), "Case withdrawn");

    // then the chain and the open sign-off end with it, undecided
    assertThat(chain).isEnded().hasNotPassed("EndEvent_ApprovalChainDecided");
    assertThat(parties.get(1)).isEnded().hasNotPassed("EndEvent_ApprovalDecided");
    Assertions.assertThat(historicState(parties.get(1))).isEqualTo(HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
  }

  @Test
  void stepsThatCannotRunStopTheChainAtItsStartAsAnIncident() {
    // given a step whose role is not a role in the hub
    deployCaller();
    start(inputs(steps(step("NHS England", "nhs-england"))));

    // when the plan has been tried until its retries are spent
    for (int attempt = 1; attempt <= 3; attempt++) {
      var planJob = managementService().createJobQuery().processInstanceId(chain.getId()).singleResult();
      Assertions.assertThat(planJob.getRetries()).as("retries before attempt %s", attempt).isPositive();
      Assertions.assertThatThrownBy(() -> managementService().executeJob(planJob.getId()))
          .hasMessageContaining("step 1 (NHS England) names the role nhs-england, which is not a role in the hub");
    }

    // then the chain waits at the plan with an incident that says why, and nobody was asked to approve
    var incident = runtimeService().createIncidentQuery().processInstanceId(chain.getId()).singleResult();
    Assertions.assertThat(incident).isNotNull();
    Assertions.assertThat(incident.getActivityId()).isEqualTo(PLAN_APPROVAL_STEPS);
    Assertions.assertThat(incident.getIncidentMessage()).isEqualTo(
        "The approval steps cannot run: step 1 (NHS England) names the role nhs-england, which is not a role in the hub.");
    assertThat(chain).isWaitingAt(PLAN_APPROVAL_STEPS);
    Assertions.assertThat(requestsSeen).isEmpty();
    Assertions.assertThat(signOffsStarted()).isZero();
  }

  // --- steps ---------------------------------------------------------------------------------

  private static Map<String, Object> step(String name, String role) {
    var step = new LinkedHashMap<String, Object>();
    step.put("name", name);
    step.put("role", role);
    return step;
  }

  private static Map<String, Object> procurement() {
    return step("Procurement", "procurement-lead");
  }

  private static Map<String, Object> nhsEngland() {
    var step = step("NHS England", "director-of-commissioning");
    step.put("user", NHS_ENGLAND_DIRECTOR);
    step.put("dueInWorkingDays", 10);
    return step;
  }

  private static Map<String, Object> commissioner() {
    var step = step("Police and crime commissioner", "pcc-representative");
    step.put("user", COMMISSIONER);
    return step;
  }

  /** Each police and crime commissioner's office and police force, in the role of their representative. */
  private static Map<String, Object> commissioners(String... areas) {
    var step = step("Police and crime commissioners", "pcc-representative");
    var parties = new ArrayList<Map<String, Object>>();
    Arrays.stream(areas).forEach(area -> parties.add(new LinkedHashMap<>(Map.of("name", area, "user", COMMISSIONER))));
    step.put("parties", parties);
    return step;
  }

  @SafeVarargs
  private static List<Map<String, Object>> steps(Map<String, Object>... steps) {
    return new ArrayList<>(List.of(steps));
  }

  // --- running the chain ----------------------------------------------------------------------

  private Map<String, Object> inputs(Object steps) {
    var inputs = new HashMap<String, Object>();
    inputs.put(CASE_REFERENCE, BUSINESS_KEY);
    inputs.put(STAGE, SARC_AWARD);
    inputs.put(APPROVAL_SUMMARY, SUMMARY);
    inputs.put(APPROVAL_STEPS, steps);
    inputs.put(DUE_IN_WORKING_DAYS, 5);
    inputs.put(ESCALATION_ROLE, ESCALATION_ROLE_ID);
    return inputs;
  }

  /** Starts the caller, which calls the chain; the chain plans its steps and asks for the first. */
  private void startChain(Object steps) {
    deployCaller();
    start(inputs(steps));
    runServiceTask(chain, PLAN_APPROVAL_STEPS);
  }

  private void start(Map<String, Object> inputs) {
    caller = runtimeService().startProcessInstanceByKey(CALLER_KEY, BUSINESS_KEY, inputs);
    assertThat(caller).isWaitingAt(CALL_CHAIN);
    chain = calledProcessInstance(ApprovalChainVariables.PROCESS_KEY, caller);
    assertThat(chain).hasBusinessKey(BUSINESS_KEY);
  }

  private void approveEveryStep() {
    while (!openSignOffs().isEmpty()) {
      var signOffs = openSignOffs();
      signOffs.forEach(signOff -> runServiceTask(signOff, REQUEST_APPROVAL));
      signOffs.forEach(signOff -> decide(signOff, "approved", null));
    }
    assertThat(chain).isEnded();
  }

  /** The stage approvals the chain has open now. */
  private List<ProcessInstance> openSignOffs() {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(chain.getId()).list();
  }

  private Map<String, ProcessInstance> openSignOffsByStage() {
    var byStage = new LinkedHashMap<String, ProcessInstance>();
    openSignOffs().forEach(signOff -> byStage.put((String) runtimeService().getVariable(signOff.getId(), STAGE), signOff));
    return byStage;
  }

  private ProcessInstance theOnlyOpenSignOff() {
    var signOffs = openSignOffs();
    Assertions.assertThat(signOffs).as("open sign-offs").hasSize(1);
    return signOffs.get(0);
  }

  /** The approver decides; the sign-off is requested first if it has not been. */
  private void decide(ProcessInstance signOff, String outcome, String comment) {
    if (managementService().createJobQuery().processInstanceId(signOff.getId()).activityId(REQUEST_APPROVAL).count() > 0) {
      runServiceTask(signOff, REQUEST_APPROVAL);
    }
    assertThat(signOff).isWaitingAt(APPROVAL_TASK);
    complete(task(signOff), withVariables(APPROVAL_OUTCOME, outcome, APPROVAL_COMMENT, comment));
    assertThat(signOff).isEnded();
  }

  private long signOffsStarted() {
    return historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(chain.getId()).count();
  }

  private String historicState(ProcessInstance instance) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getState();
  }

  /** A stage process calling the chain: the inputs in, the outcome, comment and step out. */
  private void deployCaller(String... moreInputs) {
    var callChain = Bpmn.createExecutableProcess(CALLER_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .callActivity(CALL_CHAIN)
        .calledElement(ApprovalChainVariables.PROCESS_KEY)
        .camundaInBusinessKey("#{execution.processBusinessKey}");
    for (var input : List.of(CASE_REFERENCE, STAGE, APPROVAL_SUMMARY, APPROVAL_STEPS, DUE_IN_WORKING_DAYS,
        ESCALATION_ROLE)) {
      callChain = callChain.camundaIn(input, input);
    }
    for (var input : moreInputs) {
      callChain = callChain.camundaIn(input, input);
    }
    var model = callChain
        .camundaOut(APPROVAL_OUTCOME, APPROVAL_OUTCOME)
        .camundaOut(APPROVAL_COMMENT, APPROVAL_COMMENT)
        .camundaOut(APPROVAL_STEP, APPROVAL_STEP)
        .userTask(CALLER_WAITS)
        .endEvent()
        .done();
    callerDeploymentId = repositoryService().createDeployment()
        .addModelInstance("approval-chain-caller.bpmn", model)
        .deploy()
        .getId();
  }
}
