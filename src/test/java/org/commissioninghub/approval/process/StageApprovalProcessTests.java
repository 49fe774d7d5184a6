package org.commissioninghub.approval.process;

import org.commissioninghub.approval.StageApprovalVariables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_COMMENT;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_DUE_DATE;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_OUTCOME;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_REMINDER_DATE;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_SUMMARY;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_TASK;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVER_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVER_USER;
import static org.commissioninghub.approval.StageApprovalVariables.APPROVER_USERS;
import static org.commissioninghub.approval.StageApprovalVariables.CASE_REFERENCE;
import static org.commissioninghub.approval.StageApprovalVariables.DUE_IN_WORKING_DAYS;
import static org.commissioninghub.approval.StageApprovalVariables.ESCALATION_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;
import static org.commissioninghub.approval.StageApprovalVariables.PROCESS_KEY;
import static org.commissioninghub.approval.StageApprovalVariables.STAGE;
import static org.commissioninghub.testsupport.ProcessTestSupport.candidateGroups;
import static org.commissioninghub.testsupport.ProcessTestSupport.candidateUsers;
import static org.commissioninghub.testsupport.ProcessTestSupport.dueJobs;
import static org.commissioninghub.testsupport.ProcessTestSupport.historicValue;
import static org.commissioninghub.testsupport.ProcessTestSupport.justAfter;
import static org.commissioninghub.testsupport.ProcessTestSupport.now;
import static org.commissioninghub.testsupport.ProcessTestSupport.registerApprovalRequestListener;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.commissioninghub.testsupport.ProcessTestSupport.timers;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.commissioninghub.testsupport.AnswerStandIns;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs StageApprovalProcess on its own on an in-memory engine, with its service task delegates
 * replaced by stand-ins. The request delegate keeps the real one's contract with the model: it
 * sets {@code approvalDueDate} and {@code approvalReminderDate} (read by the task's due date and
 * the two boundary timers) and {@code approverUsers} (read by the task's candidate users). The
 * escalation stand-in adds the escalation role to the approval task, as the real one does.
 */
@Deployment(resources = "processes/StageApprovalProcess.bpmn")
class StageApprovalProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2026-0001";
  private static final String APPROVER_ROLE_ID = "head-of-primary-care";
  private static final String NAMED_APPROVER = "sam.approver";
  private static final String ESCALATION_ROLE_ID = "director-of-primary-care";
  private static final String STAGE_ID = "business-case";

  private static final String REQUEST_APPROVAL = "approvalRequestApprovalDelegate";

  /** Approval tasks whose approvers were emailed (the listener on the approval task's creation). */
  private final List<String> approvalRequestsSent = new ArrayList<>();
  private static final String SEND_APPROVAL_REMINDER = "approvalSendApprovalReminderDelegate";
  private static final String ESCALATE_APPROVAL = "approvalEscalateApprovalDelegate";

  /** The stand-in request delegate's due date and reminder, counted from the engine's now. */
  private static final Duration DUE_AFTER = Duration.ofDays(7);
  private static final Duration REMIND_AFTER = Duration.ofDays(5);

  private static final Instant REQUESTED_AT = Instant.parse("2026-03-02T09:00:00Z");

  private static final String CALLER_KEY = "StageApprovalCaller";
  private static final String CALL_ACTIVITY = "CallActivity_StageApproval";
  private static final String CALLER_WAITS = "Task_AfterApproval";

  private final DelegateStandIns delegates = new DelegateStandIns();
  /** Outcome and comment recorded when the approval task was completed, as the real recording reads them. */
  private final List<String> decisionsSeen = new ArrayList<>();

  private Date dueDateSet;
  private Date reminderDateSet;
  private String callerDeploymentId;
  private ProcessInstance processInstance;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(REQUESTED_AT));
    registerApprovalRequestListener(approvalRequestsSent);
    delegates.register(REQUEST_APPROVAL, execution -> {
      var now = now();
      dueDateSet = Date.from(now.plus(DUE_AFTER));
      reminderDateSet = Date.from(now.plus(REMIND_AFTER));
      var approverUser = (String) execution.getVariable(APPROVER_USER);
      execution.setVariable(APPROVAL_DUE_DATE, dueDateSet);
      execution.setVariable(APPROVAL_REMINDER_DATE, reminderDateSet);
      execution.setVariable(APPROVER_USERS,
          approverUser == null || approverUser.isBlank() ? new ArrayList<String>() : new ArrayList<>(List.of(approverUser)));
      execution.setVariable(StageApprovalVariables.APPROVAL_CANDIDATE_ROLE, execution.getVariable(APPROVER_ROLE));
    });
    AnswerStandIns.register("stage-approval", task -> {
      decisionsSeen.add(task.getVariable(APPROVAL_OUTCOME) + ":" + task.getVariable(APPROVAL_COMMENT));
      return Map.of();
    });
    delegates.register(SEND_APPROVAL_REMINDER, execution -> {});
    delegates.register(ESCALATE_APPROVAL, execution -> taskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(APPROVAL_TASK)
        .list()
        .forEach(task -> taskService().addCandidateGroup(task.getId(),
            (String) execution.getVariable(ESCALATION_ROLE))));
  }

  @AfterEach
  void tearDown() {
    if (callerDeploymentId != null) {
      repositoryService().deleteDeployment(callerDeploymentId, true);
    }
    resetProcessTestState();
  }

  @Test
  void approvalTaskGoesToTheApproverRoleAndTheNamedApproverWithTheDueDate() {
    // given an approval is requested from a role and a named approver
    startProcess(NAMED_APPROVER);

    // when the request has been made
    runServiceTask(processInstance, "ServiceTask_RequestApproval");

    // then the approval task waits for the role and the named person, due when the request said
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);
    assertThat(task()).hasDefinitionKey(APPROVAL_TASK)
        .hasCandidateGroup(APPROVER_ROLE_ID)
        .hasCandidateUser(NAMED_APPROVER)
        .isNotAssigned();
    Assertions.assertThat(task().getDueDate().getTime()).isEqualTo(dueDateSet.getTime());
    Assertions.assertThat(candidateGroups(task(processInstance))).containsExactly(APPROVER_ROLE_ID);
    Assertions.assertThat(candidateUsers(task(processInstance))).containsExactly(NAMED_APPROVER);
    Assertions.assertThat(delegates.calls()).containsExactly(REQUEST_APPROVAL);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    // and the approvers are emailed their links as the task is created
    Assertions.assertThat(approvalRequestsSent).containsExactly(task().getId());
  }

  @Test
  void approvalTaskWithoutANamedApproverGoesToTheApproverRoleOnly() {
    // given an approval is requested from a role with nobody named
    startProcess(null);

    // when the request has been made
    runServiceTask(processInstance, "ServiceTask_RequestApproval");

    // then only the role is a candidate
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);
    assertThat(task()).hasCandidateGroup(APPROVER_ROLE_ID).isNotAssigned();
    Assertions.assertThat(candidateGroups(task(processInstance))).containsExactly(APPROVER_ROLE_ID);
    Assertions.assertThat(candidateUsers(task(processInstance))).isEmpty();
    Assertions.assertThat(task().getDueDate().getTime()).isEqualTo(dueDateSet.getTime());
  }

  @Test
  void reminderAndEscalationTimersAreDueWhenTheRequestSaid() {
    // given an approval has been requested
    startProcess(NAMED_APPROVER);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");

    // then there is one timer for the reminder and one for the due date, at the dates set
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);
    Assertions.assertThat(timer(processInstance, "BoundaryEvent_ReminderDue").getDuedate().getTime())
        .isEqualTo(reminderDateSet.getTime());
    Assertions.assertThat(timer(processInstance, "BoundaryEvent_ApprovalOverdue").getDuedate().getTime())
        .isEqualTo(dueDateSet.getTime());
    Assertions.assertThat(timers(processInstance)).hasSize(2);
    // and neither is due yet
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();
  }

  @Test
  void approvedDecisionIsRecordedAndEndsTheApproval() {
    // given the approval task is waiting for the approver
    startProcess(NAMED_APPROVER);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);

    // when the approver approves
    complete(task(), withVariables(APPROVAL_OUTCOME, "approved"));

    // then the decision is recorded and the approval ends as decided
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("ServiceTask_RequestApproval", APPROVAL_TASK, "EndEvent_ApprovalDecided")
        .hasNotPassed("ServiceTask_SendApprovalReminder", "ServiceTask_EscalateApproval");
    Assertions.assertThat(delegates.calls()).containsExactly(REQUEST_APPROVAL);
    Assertions.assertThat(decisionsSeen).containsExactly("approved:null");
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    Assertions.assertThat(historicValue(processInstance, APPROVAL_OUTCOME)).isEqualTo("approved");
    Assertions.assertThat(timers(processInstance)).isEmpty();
  }

  @Test
  void rejectionWithAReasonIsRecordedAndEndsTheApproval() {
    // given the approval task is waiting for the approver
    startProcess(NAMED_APPROVER);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);

    // when the approver rejects, giving the reason
    complete(task(), withVariables(APPROVAL_OUTCOME, "rejected", APPROVAL_COMMENT, "No budget this year"));

    // then the rejection and its reason are recorded and left for the caller
    assertThat(processInstance).isEnded()
        .hasPassedInOrder(APPROVAL_TASK, "EndEvent_ApprovalDecided");
    Assertions.assertThat(decisionsSeen).containsExactly("rejected:No budget this year");
    Assertions.assertThat(historicValue(processInstance, APPROVAL_OUTCOME)).isEqualTo("rejected");
    Assertions.assertThat(historicValue(processInstance, APPROVAL_COMMENT)).isEqualTo("No budget this year");
  }

  @Test
  void requestForChangesWithAReasonIsRecordedAndEndsTheApproval() {
    // given the approval task is waiting for the approver
    startProcess(null);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);

    // when the approver asks for changes, saying which
    complete(task(), withVariables(APPROVAL_OUTCOME, "changes-requested",
        APPROVAL_COMMENT, "Split lot 2 by locality"));

    // then the request for changes and its reason are recorded and left for the caller
    assertThat(processInstance).isEnded()
        .hasPassedInOrder(APPROVAL_TASK, "EndEvent_ApprovalDecided");
    Assertions.assertThat(decisionsSeen).containsExactly("changes-requested:Split lot 2 by locality");
    Assertions.assertThat(historicValue(processInstance, APPROVAL_OUTCOME)).isEqualTo("changes-requested");
    Assertions.assertThat(historicValue(processInstance, APPROVAL_COMMENT)).isEqualTo("Split lot 2 by locality");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", value = {
      "approved, null",
      "rejected, No budget this year",
      "changes-requested, Split lot 2 by locality"})
  void callerReceivesTheOutcomeAndCommentThroughItsOutputMapping(String outcome, String comment) {
    // given a process calls the approval with the inputs and maps the outputs back
    deployCaller();
    var caller = runtimeService().startProcessInstanceByKey(CALLER_KEY, BUSINESS_KEY, inputs(NAMED_APPROVER));
    assertThat(caller).isWaitingAt(CALL_ACTIVITY);
    processInstance = calledProcessInstance(PROCESS_KEY, caller);
    assertThat(processInstance).hasBusinessKey(BUSINESS_KEY);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);
    assertThat(task(processInstance)).hasCandidateGroup(APPROVER_ROLE_ID).hasCandidateUser(NAMED_APPROVER);

    // when the approver decides
    complete(task(processInstance), withVariables(APPROVAL_OUTCOME, outcome, APPROVAL_COMMENT, comment));

    // then the approval ends and the caller carries on with the decision
    assertThat(processInstance).isEnded().hasPassed("EndEvent_ApprovalDecided");
    assertThat(caller).isWaitingAt(CALLER_WAITS).hasPassed(CALL_ACTIVITY);
    assertThat(caller).variables()
        .containsEntry(APPROVAL_OUTCOME, outcome)
        .containsEntry(APPROVAL_COMMENT, comment)
        // and nothing else of the approval's own leaks into the caller
        .doesNotContainKeys(APPROVAL_DUE_DATE, APPROVAL_REMINDER_DATE, APPROVER_USERS);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  @Test
  void requestExcludesThePreparersOfTheProcessInstanceTheCallerNames() {
    // given a caller that relays the approval of work prepared in another process instance
    var approvals = registerRealRequestDelegate();
    deployCaller(PREPARED_IN_PROCESS);
    var inputs = new HashMap<>(inputs(NAMED_APPROVER));
    inputs.put(PREPARED_IN_PROCESS, "instance-where-the-work-was-prepared");
    var caller = runtimeService().startProcessInstanceByKey(CALLER_KEY, BUSINESS_KEY, inputs);
    processInstance = calledProcessInstance(PROCESS_KEY, caller);

    // when the approval is requested
    runServiceTask(processInstance, "ServiceTask_RequestApproval");

    // then whoever worked in the named instance is kept from approving, not whoever worked in the caller
    verify(approvals).request(eq(BUSINESS_KEY), eq(STAGE_ID), eq(APPROVER_ROLE_ID), eq(NAMED_APPROVER),
        eq(ESCALATION_ROLE_ID), eq("instance-where-the-work-was-prepared"), eq(5), any());
    // and the approval keeps it for the checks when someone claims or decides it
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);
    Assertions.assertThat(runtimeService().getVariable(processInstance.getId(), PREPARED_IN_PROCESS))
        .isEqualTo("instance-where-the-work-was-prepared");
  }

  @Test
  void withoutPreparedInProcessTheRequestExcludesThePreparersOfTheCaller() {
    // given a caller that passes the inputs it always has, and nothing about where the work was prepared
    var approvals = registerRealRequestDelegate();
    deployCaller();
    var caller = runtimeService().startProcessInstanceByKey(CALLER_KEY, BUSINESS_KEY, inputs(NAMED_APPROVER));
    processInstance = calledProcessInstance(PROCESS_KEY, caller);

    // when the approval is requested
    runServiceTask(processInstance, "ServiceTask_RequestApproval");

    // then whoever worked in the caller is kept from approving, as before
    verify(approvals).request(eq(BUSINESS_KEY), eq(STAGE_ID), eq(APPROVER_ROLE_ID), eq(NAMED_APPROVER),
        eq(ESCALATION_ROLE_ID), eq(caller.getId()), eq(5), any());
    Assertions.assertThat(runtimeService().getVariable(processInstance.getId(), PREPARED_IN_PROCESS))
        .isEqualTo(caller.getId());
  }

  @Test
  void reminderIsSentWhenItIsDueAndTheApprovalStaysOpen() {
    // given an approval has been requested
    startProcess(NAMED_APPROVER);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);

    // when the reminder date passes
    ClockUtil.setCurrentTime(justAfter(reminderDateSet));

    // then the reminder timer, and only it, is due
    Assertions.assertThat(dueJobs(processInstance)).extracting(Job::getId)
        .containsExactly(timer(processInstance, "BoundaryEvent_ReminderDue").getId());
    execute(timer(processInstance, "BoundaryEvent_ReminderDue"));
    runServiceTask(processInstance, "ServiceTask_SendApprovalReminder");

    // and the reminder is sent while the approval task stays open with the same candidates
    Assertions.assertThat(delegates.calls()).containsExactly(REQUEST_APPROVAL, SEND_APPROVAL_REMINDER);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    assertThat(processInstance).isNotEnded().isWaitingAt(APPROVAL_TASK)
        .hasPassed("BoundaryEvent_ReminderDue", "ServiceTask_SendApprovalReminder", "EndEvent_ReminderSent")
        .hasNotPassed(APPROVAL_TASK, "ServiceTask_EscalateApproval");
    assertThat(task()).hasCandidateGroup(APPROVER_ROLE_ID).hasCandidateUser(NAMED_APPROVER);
    // and the escalation timer is still waiting for the due date
    Assertions.assertThat(timers(processInstance)).extracting(Job::getDuedate).extracting(Date::getTime)
        .containsExactly(dueDateSet.getTime());
  }

  @Test
  void overdueApprovalIsEscalatedAndStaysOpen() {
    // given an approval has been requested and the reminder has gone
    startProcess(NAMED_APPROVER);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    ClockUtil.setCurrentTime(justAfter(reminderDateSet));
    execute(timer(processInstance, "BoundaryEvent_ReminderDue"));
    runServiceTask(processInstance, "ServiceTask_SendApprovalReminder");

    // when the due date passes
    ClockUtil.setCurrentTime(justAfter(dueDateSet));

    // then the escalation timer is due
    Assertions.assertThat(dueJobs(processInstance)).extracting(Job::getId)
        .containsExactly(timer(processInstance, "BoundaryEvent_ApprovalOverdue").getId());
    execute(timer(processInstance, "BoundaryEvent_ApprovalOverdue"));
    runServiceTask(processInstance, "ServiceTask_EscalateApproval");

    // and the approval is escalated while the task stays open, now also for the escalation role
    Assertions.assertThat(delegates.calls())
        .containsExactly(REQUEST_APPROVAL, SEND_APPROVAL_REMINDER, ESCALATE_APPROVAL);
    assertThat(processInstance).isNotEnded().isWaitingAt(APPROVAL_TASK)
        .hasPassed("BoundaryEvent_ApprovalOverdue", "ServiceTask_EscalateApproval", "EndEvent_ApprovalEscalated")
        .hasNotPassed(APPROVAL_TASK, "EndEvent_ApprovalDecided");
    Assertions.assertThat(candidateGroups(task(processInstance)))
        .containsExactlyInAnyOrder(APPROVER_ROLE_ID, ESCALATION_ROLE_ID);
    Assertions.assertThat(candidateUsers(task(processInstance))).containsExactly(NAMED_APPROVER);
    Assertions.assertThat(timers(processInstance)).isEmpty();
  }

  @Test
  void decisionAfterReminderAndEscalationIsStillRecorded() {
    // given the approval has been reminded and escalated
    startProcess(null);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    ClockUtil.setCurrentTime(justAfter(reminderDateSet));
    execute(timer(processInstance, "BoundaryEvent_ReminderDue"));
    runServiceTask(processInstance, "ServiceTask_SendApprovalReminder");
    ClockUtil.setCurrentTime(justAfter(dueDateSet));
    execute(timer(processInstance, "BoundaryEvent_ApprovalOverdue"));
    runServiceTask(processInstance, "ServiceTask_EscalateApproval");
    assertThat(processInstance).isWaitingAt(APPROVAL_TASK);

    // when the director rejects it
    assertThat(task()).hasCandidateGroup(ESCALATION_ROLE_ID);
    complete(task(), withVariables(APPROVAL_OUTCOME, "rejected", APPROVAL_COMMENT, "Overtaken by the ICB plan"));

    // then the decision is recorded and the approval ends as decided, each path having ended
    assertThat(processInstance).isEnded()
        .hasPassed("EndEvent_ReminderSent", "EndEvent_ApprovalEscalated", "EndEvent_ApprovalDecided");
    Assertions.assertThat(delegates.calls()).containsExactly(
        REQUEST_APPROVAL, SEND_APPROVAL_REMINDER, ESCALATE_APPROVAL);
    Assertions.assertThat(decisionsSeen).containsExactly("rejected:Overtaken by the ICB plan");
    Assertions.assertThat(historicValue(processInstance, APPROVAL_OUTCOME)).isEqualTo("rejected");
    Assertions.assertThat(historicValue(processInstance, APPROVAL_COMMENT)).isEqualTo("Overtaken by the ICB plan");
  }

  @Test
  void decisionBeforeTheReminderCancelsBothTimers() {
    // given an approval has been requested
    startProcess(NAMED_APPROVER);
    runServiceTask(processInstance, "ServiceTask_RequestApproval");
    Assertions.assertThat(timers(processInstance)).hasSize(2);

    // when the approver approves before the reminder
    complete(task(), withVariables(APPROVAL_OUTCOME, "approved"));

    // then no reminder or escalation can follow, even once the dates pass
    Assertions.assertThat(timers(processInstance)).isEmpty();
    ClockUtil.setCurrentTime(new Date(dueDateSet.getTime() + Duration.ofDays(1).toMillis()));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(processInstance.getId()).count())
        .isZero();
    assertThat(processInstance).isEnded()
        .hasNotPassed("BoundaryEvent_ReminderDue", "BoundaryEvent_ApprovalOverdue");
    Assertions.assertThat(delegates.calls()).containsExactly(REQUEST_APPROVAL);
  }

  private Map<String, Object> inputs(String approverUser) {
    return withVariables(
        CASE_REFERENCE, BUSINESS_KEY,
        STAGE, STAGE_ID,
        APPROVAL_SUMMARY, "Business case for two dental access lots",
        APPROVER_ROLE, APPROVER_ROLE_ID,
        APPROVER_USER, approverUser,
        DUE_IN_WORKING_DAYS, 5,
        ESCALATION_ROLE, ESCALATION_ROLE_ID);
  }

  private void startProcess(String approverUser) {
    processInstance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, inputs(approverUser));
    assertThat(processInstance).isStarted().hasBusinessKey(BUSINESS_KEY);
  }

  /**
   * The real request delegate, asking a stand-in for the service that answers as the real one
   * does: due in seven days, a reminder after five, nobody named, the approver role.
   */
  private StageApprovalService registerRealRequestDelegate() {
    var approvals = mock(StageApprovalService.class);
    when(approvals.request(any(), any(), any(), any(), any(), any(), anyInt(), any())).thenReturn(
        new StageApprovalService.ApprovalRequest(Date.from(now().plus(DUE_AFTER)), "Monday 9 March 2026",
            Date.from(now().plus(REMIND_AFTER)), new ArrayList<>(), APPROVER_ROLE_ID));
    Mocks.register(REQUEST_APPROVAL, new RequestApprovalDelegate(approvals));
    return approvals;
  }

  /** A caller as a stage process would call the approval: inputs in, outcome and comment out. */
  private void deployCaller(String... moreInputs) {
    var callActivity = Bpmn.createExecutableProcess(CALLER_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .callActivity(CALL_ACTIVITY)
        .calledElement(PROCESS_KEY)
        .camundaInBusinessKey("#{execution.processBusinessKey}");
    for (var input : List.of(CASE_REFERENCE, STAGE, APPROVAL_SUMMARY, APPROVER_ROLE, APPROVER_USER,
        DUE_IN_WORKING_DAYS, ESCALATION_ROLE)) {
      callActivity = callActivity.camundaIn(input, input);
    }
    for (var input : moreInputs) {
      callActivity = callActivity.camundaIn(input, input);
    }
    BpmnModelInstance caller = callActivity
        .camundaOut(APPROVAL_OUTCOME, APPROVAL_OUTCOME)
        .camundaOut(APPROVAL_COMMENT, APPROVAL_COMMENT)
        .userTask(CALLER_WAITS)
        .endEvent()
        .done();
    callerDeploymentId = repositoryService().createDeployment()
        .addModelInstance("stage-approval-caller.bpmn", caller)
        .deploy()
        .getId();
  }
}
