package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.testsupport.ProcessTestSupport.registerApprovalRequestListener;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanExecutionBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.commissioninghub.approval.StageApprovalVariables;
import org.commissioninghub.testsupport.AnswerStandIns;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrates instances between versions on the in-memory process engine: the stage approval from the
 * diagram cases were started on (src/test/resources/legacy, from before answers were recorded at
 * task completion) to today's, and small diagrams for what the engine refuses and for two hubs
 * migrating at once.
 */
class VersionMigrationTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2026-0042";
  private static final String APPROVE_STAGE = "Task_ApproveStage";
  private static final Instant REQUESTED_AT = Instant.parse("2026-03-02T09:00:00Z");

  private static final String SENDING_PROCESS = "VersionMigrationSendingProcess";

  private final List<String> deploymentIds = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(REQUESTED_AT));
  }

  @AfterEach
  void tearDown() {
    deploymentIds.forEach(id -> repositoryService().deleteDeployment(id, true));
    resetProcessTestState();
  }

  @Test
  void anApprovalWaitingForItsDecisionMovesWithItsTimersAndIsDecidedTheNewWay() {
    // given an approval started on the old diagram, waiting for the approver, under the old bean names
    var oldVersion = deploy("legacy/StageApprovalProcess-v1.bpmn");
    var dueDate = Date.from(REQUESTED_AT.plus(Duration.ofDays(7)));
    var reminderDate = Date.from(REQUESTED_AT.plus(Duration.ofDays(5)));
    Mocks.register("requestApprovalDelegate", (JavaDelegate) execution -> {
      execution.setVariable(StageApprovalVariables.APPROVAL_DUE_DATE, dueDate);
      execution.setVariable(StageApprovalVariables.APPROVAL_REMINDER_DATE, reminderDate);
      execution.setVariable(StageApprovalVariables.APPROVER_USERS, new ArrayList<String>());
      execution.setVariable(StageApprovalVariables.APPROVAL_CANDIDATE_ROLE, "head-of-primary-care");
    });
    Mocks.register("sendApprovalRequestListener", (TaskListener) task -> {});
    Mocks.register("checkApproverListener", (TaskListener) task -> {});
    var approval = runtimeService().startProcessInstanceByKey(StageApprovalVariables.PROCESS_KEY, BUSINESS_KEY);
    runServiceTask(approval, "ServiceTask_RequestApproval");
    var taskBefore = task(approval).getId();

    // and today's diagram deployed, with only today's beans
    var newVersion = deploy("processes/StageApprovalProcess.bpmn");
    Mocks.reset();
    registerApprovalRequestListener(new ArrayList<>());
    var decisionsRecorded = new ArrayList<String>();
    AnswerStandIns.register("stage-approval", task -> {
      decisionsRecorded.add((String) task.getVariable(StageApprovalVariables.APPROVAL_OUTCOME));
      return Map.of();
    });

    // when its instances are migrated
    var report = new VersionMigration(runtimeService()).migrate(oldVersion, newVersion);

    // then the approval is on today's version, at the same task, its timers due when they were
    assertThat(report.migrated()).containsExactly(approval.getId());
    assertThat(report.leftBehind()).isEmpty();
    assertThat(definitionOf(approval)).isEqualTo(newVersion.getId());
    assertThat(task(approval).getId()).isEqualTo(taskBefore);
    assertThat(timer(approval, "BoundaryEvent_ReminderDue").getDuedate()).isEqualTo(reminderDate);
    assertThat(timer(approval, "BoundaryEvent_ApprovalOverdue").getDuedate()).isEqualTo(dueDate);
    // and the decision is recorded as the task completes, with no Record step after it
    complete(task(approval), withVariables(StageApprovalVariables.APPROVAL_OUTCOME, "approved"));
    BpmnAwareTests.assertThat(approval).isEnded().hasPassed("EndEvent_ApprovalDecided")
        .hasNotPassed("ServiceTask_RecordApprovalDecision");
    assertThat(decisionsRecorded).containsExactly("approved");
  }

  @Test
  void anInstanceTheEngineRefusesStaysOnItsVersionWhileTheOthersMove() {
    // given one instance at a user task and one waiting at the job after a service task
    var oldVersion = deploy(sendingProcess(Wait.AFTER_SENDING));
    var atTask = runtimeService().startProcessInstanceByKey(SENDING_PROCESS, "DEN-2026-0043");
    var atJob = runtimeService().createProcessInstanceByKey(SENDING_PROCESS).businessKey("DEN-2026-0044")
        .startBeforeActivity("ServiceTask_Send").execute();
    // and a new version that waits before sending instead: the service task maps, the job after it cannot
    var newVersion = deploy(sendingProcess(Wait.BEFORE_SENDING));

    // when the instances are migrated
    var report = new VersionMigration(runtimeService()).migrate(oldVersion, newVersion);

    // then the one at the task moves and the one at the job stays, reported with its case and activity
    assertThat(report.migrated()).containsExactly(atTask.getId());
    assertThat(definitionOf(atTask)).isEqualTo(newVersion.getId());
    assertThat(definitionOf(atJob)).isEqualTo(oldVersion.getId());
    assertThat(report.leftBehind()).singleElement().satisfies(left -> {
      assertThat(left.processInstanceId()).isEqualTo(atJob.getId());
      assertThat(left.businessKey()).isEqualTo("DEN-2026-0044");
      assertThat(left.processDefinitionId()).isEqualTo(oldVersion.getId());
      assertThat(left.activityIds()).containsExactly("ServiceTask_Send");
      assertThat(left.reason()).contains("Target activity is not asyncAfter");
    });
  }

  /** When, relative to this hub's migration, another hub starting at the same time commits the same one. */
  enum OtherHubCommits {
    /** This hub's transaction then fails on the engine's optimistic locking. */
    WHILE_THIS_HUB_MIGRATES,
    /** This hub then finds the instances on the new version already. */
    BEFORE_THIS_HUB_READS_THE_INSTANCES
  }

  @ParameterizedTest
  @EnumSource(OtherHubCommits.class)
  void instancesAnotherHubMigratedAreNeitherMigratedAgainNorLeftBehind(OtherHubCommits otherHubCommits) {
    // given two instances on the old version
    var oldVersion = deploy(sendingProcess(Wait.BEFORE_SENDING));
    var first = runtimeService().startProcessInstanceByKey(SENDING_PROCESS, "DEN-2026-0045");
    var second = runtimeService().startProcessInstanceByKey(SENDING_PROCESS, "DEN-2026-0046");
    var newVersion = deploy(sendingProcess(Wait.BEFORE_SENDING));
    // and another hub that migrates them just as this hub tries to
    var thisHubsEngine = spy(runtimeService());
    var otherHubDone = new AtomicBoolean();
    doAnswer(invocation -> {
      MigrationPlan plan = invocation.getArgument(0);
      if (otherHubDone.getAndSet(true)) {
        return invocation.callRealMethod();
      }
      var instanceIds = new AtomicReference<List<String>>();
      var thisHubsAttempt = mock(MigrationPlanExecutionBuilder.class, RETURNS_SELF);
      doAnswer(ids -> {
        instanceIds.set(ids.getArgument(0));
        return thisHubsAttempt;
      }).when(thisHubsAttempt).processInstanceIds(anyList());
      doAnswer(execute -> {
        runtimeService().newMigration(plan).processInstanceIds(first.getId(), second.getId()).execute();
        if (otherHubCommits == OtherHubCommits.WHILE_THIS_HUB_MIGRATES) {
          throw new OptimisticLockingException("stands in for the other hub's commit of the same executions");
        }
        runtimeService().newMigration(plan).processInstanceIds(instanceIds.get()).execute();
        return null;
      }).when(thisHubsAttempt).execute();
      return thisHubsAttempt;
    }).when(thisHubsEngine).newMigration(any());

    // when this hub migrates them
    var report = new VersionMigration(thisHubsEngine).migrate(oldVersion, newVersion);

    // then both are on the new version, and this hub claims neither nor leaves either behind
    assertThat(definitionOf(first)).isEqualTo(newVersion.getId());
    assertThat(definitionOf(second)).isEqualTo(newVersion.getId());
    assertThat(report.migrated()).isEmpty();
    assertThat(report.leftBehind()).isEmpty();
  }

  private ProcessDefinition deploy(String resource) {
    var deployment = repositoryService().createDeployment().addClasspathResource(resource).deploy();
    return definitionIn(deployment.getId());
  }

  private ProcessDefinition deploy(BpmnModelInstance model) {
    var deployment = repositoryService().createDeployment()
        .addModelInstance(SENDING_PROCESS + ".bpmn", model).deploy();
    return definitionIn(deployment.getId());
  }

  private ProcessDefinition definitionIn(String deploymentId) {
    deploymentIds.add(deploymentId);
    return repositoryService().createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  private static String definitionOf(ProcessInstance instance) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  /** Where the small diagram's service task has its save point. */
  enum Wait { BEFORE_SENDING, AFTER_SENDING }

  private static BpmnModelInstance sendingProcess(Wait wait) {
    return Bpmn.createExecutableProcess(SENDING_PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask("Task_Check")
        .serviceTask("ServiceTask_Send").camundaExpression("${true}")
        .camundaAsyncBefore(wait == Wait.BEFORE_SENDING).camundaAsyncAfter(wait == Wait.AFTER_SENDING)
        .endEvent("EndEvent_Sent")
        .done();
  }
}
