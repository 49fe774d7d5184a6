package org.commissioninghub.dental.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs DentalProcurementProcess on an in-memory engine with its service task delegates replaced by
 * stand-ins that keep the real delegates' contract with the gateways: the needs assessment delegate
 * sets {@code procurementNeeded} from the {@code needsOutcome} form field, and the finance check
 * delegate sets {@code businessCaseAffordable} from {@code financeOutcome}.
 */
@Deployment(resources = "processes/DentalProcurementProcess.bpmn")
class DentalProcurementProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  private static final String BUSINESS_KEY = "DEN-2026-0001";

  private static final String RECORD_NEEDS_ASSESSMENT = "recordNeedsAssessmentDelegate";
  private static final String CLOSE_CASE = "closeCaseDelegate";
  private static final String RECORD_LOT_DESIGN = "recordLotDesignDelegate";
  private static final String RECORD_BUSINESS_CASE = "recordBusinessCaseDelegate";
  private static final String RECORD_FINANCE_CHECK = "recordFinanceCheckDelegate";

  /** Delegate bean names in the order the process called them. */
  private final List<String> delegateCalls = new ArrayList<>();
  /** The business key each delegate saw: the real delegates use it as the case reference. */
  private final List<String> businessKeysSeen = new ArrayList<>();

  private ProcessEngine engine;
  private ProcessInstance processInstance;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    registerDelegate(RECORD_NEEDS_ASSESSMENT, execution -> execution.setVariable(
        DentalProcurementVariables.PROCUREMENT_NEEDED,
        "procure".equals(execution.getVariable(DentalProcurementVariables.NEEDS_OUTCOME))));
    registerDelegate(CLOSE_CASE, execution -> {});
    registerDelegate(RECORD_LOT_DESIGN, execution -> {});
    registerDelegate(RECORD_BUSINESS_CASE, execution -> {});
    registerDelegate(RECORD_FINANCE_CHECK, execution -> execution.setVariable(
        DentalProcurementVariables.BUSINESS_CASE_AFFORDABLE,
        "affordable".equals(execution.getVariable(DentalProcurementVariables.FINANCE_OUTCOME))));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void procurementNeededAndAffordableBusinessCaseEndsReadyForApproval() {
    // given a dental procurement case has been opened
    startProcess();

    // when the commissioning manager finds a procurement is needed
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");
    assertThat(task()).hasCandidateGroup("commissioning-manager");
    complete(task(), withVariables(DentalProcurementVariables.NEEDS_OUTCOME, "procure"));
    runServiceTask("ServiceTask_RecordNeedsAssessment");

    // and designs the lots
    assertThat(processInstance).isWaitingAt("Task_DesignLots");
    assertThat(task()).hasCandidateGroup("commissioning-manager");
    complete(task(), withVariables(DentalProcurementVariables.LOT_COUNT, 2));
    runServiceTask("ServiceTask_RecordLotDesign");

    // and the programme manager prepares the business case
    assertThat(processInstance).isWaitingAt("Task_PrepareBusinessCase");
    assertThat(task()).hasCandidateGroup("programme-manager");
    complete(task(), withVariables(DentalProcurementVariables.ANNUAL_CONTRACT_VALUE, 250_000));
    runServiceTask("ServiceTask_RecordBusinessCase");

    // and the finance lead finds it affordable
    assertThat(processInstance).isWaitingAt("Task_CheckAffordability");
    assertThat(task()).hasCandidateGroup("finance-lead");
    complete(task(), withVariables(DentalProcurementVariables.FINANCE_OUTCOME, "affordable"));
    runServiceTask("ServiceTask_RecordFinanceCheck");

    // then the business case is ready for approval
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_AssessOralHealthNeeds", "Task_DesignLots", "Task_PrepareBusinessCase",
            "Task_CheckAffordability", "EndEvent_BusinessCaseReadyForApproval")
        .hasNotPassed("ServiceTask_CloseCase", "EndEvent_ProcurementNotNeeded");
    Assertions.assertThat(delegateCalls).containsExactly(
        RECORD_NEEDS_ASSESSMENT, RECORD_LOT_DESIGN, RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK);
    Assertions.assertThat(businessKeysSeen).containsOnly(BUSINESS_KEY);
  }

  @Test
  void noProcurementNeededClosesTheCaseAndEnds() {
    // given a dental procurement case has been opened
    startProcess();
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");

    // when the commissioning manager finds no procurement is needed
    complete(task(), withVariables(DentalProcurementVariables.NEEDS_OUTCOME, "no-procurement"));
    runServiceTask("ServiceTask_RecordNeedsAssessment");

    // then the case is closed and the process ends there
    runServiceTask("ServiceTask_CloseCase");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_AssessOralHealthNeeds", "ServiceTask_RecordNeedsAssessment",
            "Gateway_IsProcurementNeeded", "ServiceTask_CloseCase", "EndEvent_ProcurementNotNeeded")
        .hasNotPassed("Task_DesignLots", "Task_PrepareBusinessCase", "Task_CheckAffordability",
            "EndEvent_BusinessCaseReadyForApproval");
    Assertions.assertThat(delegateCalls).containsExactly(RECORD_NEEDS_ASSESSMENT, CLOSE_CASE);
    Assertions.assertThat(businessKeysSeen).containsOnly(BUSINESS_KEY);
  }

  @Test
  void unaffordableBusinessCaseGoesBackForRevisionUntilFinanceFindsItAffordable() {
    // given a business case has reached the finance check
    startProcess();
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");
    complete(task(), withVariables(DentalProcurementVariables.NEEDS_OUTCOME, "procure"));
    runServiceTask("ServiceTask_RecordNeedsAssessment");
    assertThat(processInstance).isWaitingAt("Task_DesignLots");
    complete(task());
    runServiceTask("ServiceTask_RecordLotDesign");
    assertThat(processInstance).isWaitingAt("Task_PrepareBusinessCase");
    complete(task(), withVariables(DentalProcurementVariables.ANNUAL_CONTRACT_VALUE, 400_000));
    runServiceTask("ServiceTask_RecordBusinessCase");
    assertThat(processInstance).isWaitingAt("Task_CheckAffordability");

    // when the finance lead asks for a revision
    complete(task(), withVariables(DentalProcurementVariables.FINANCE_OUTCOME, "revise",
        DentalProcurementVariables.FINANCE_COMMENTS, "Over the dental budget"));
    runServiceTask("ServiceTask_RecordFinanceCheck");

    // then the programme manager prepares the business case again
    assertThat(processInstance).isNotEnded().isWaitingAt("Task_PrepareBusinessCase")
        .hasPassed("Gateway_JoinBusinessCase")
        .hasNotPassed("EndEvent_BusinessCaseReadyForApproval");
    assertThat(task()).hasCandidateGroup("programme-manager");

    // when the revised business case is found affordable
    complete(task(), withVariables(DentalProcurementVariables.ANNUAL_CONTRACT_VALUE, 300_000));
    runServiceTask("ServiceTask_RecordBusinessCase");
    assertThat(processInstance).isWaitingAt("Task_CheckAffordability");
    assertThat(task()).hasCandidateGroup("finance-lead");
    complete(task(), withVariables(DentalProcurementVariables.FINANCE_OUTCOME, "affordable"));
    runServiceTask("ServiceTask_RecordFinanceCheck");

    // then the business case is ready for approval, having been prepared and checked twice
    assertThat(processInstance).isEnded()
        .hasPassed("EndEvent_BusinessCaseReadyForApproval")
        .hasNotPassed("ServiceTask_CloseCase", "EndEvent_ProcurementNotNeeded");
    Assertions.assertThat(timesPassed("Task_PrepareBusinessCase")).isEqualTo(2);
    Assertions.assertThat(timesPassed("Task_CheckAffordability")).isEqualTo(2);
    Assertions.assertThat(delegateCalls).containsExactly(
        RECORD_NEEDS_ASSESSMENT, RECORD_LOT_DESIGN,
        RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK,
        RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK);
  }

  @Test
  void failingDelegateLeavesTheJobWaitingAtTheServiceTaskWithOneRetryFewer() {
    // given recording the needs assessment fails, after setting the gateway variable
    registerDelegate(RECORD_NEEDS_ASSESSMENT, execution -> {
      execution.setVariable(DentalProcurementVariables.PROCUREMENT_NEEDED, true);
      throw new IllegalStateException("case store unavailable");
    });
    var failedAt = Instant.parse("2026-03-02T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(failedAt));
    startProcess();
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");
    complete(task(), withVariables(DentalProcurementVariables.NEEDS_OUTCOME, "procure"));

    // when the job runs
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordNeedsAssessment");
    assertThatThrownBy(() -> execute(job())).hasMessageContaining("case store unavailable");

    // then the job is kept with two of its three tries left, due again in five minutes
    Job failedJob = job();
    assertThat(failedJob).hasActivityId("ServiceTask_RecordNeedsAssessment");
    Assertions.assertThat(failedJob.getRetries()).isEqualTo(2);
    Assertions.assertThat(failedJob.getExceptionMessage()).contains("case store unavailable");
    Assertions.assertThat(failedJob.getDuedate().toInstant()).isEqualTo(failedAt.plus(Duration.ofMinutes(5)));
    // and the process is still waiting at the service task, with nothing after it passed
    assertThat(processInstance).isNotEnded()
        .isWaitingAt("ServiceTask_RecordNeedsAssessment")
        .hasNotPassed("ServiceTask_RecordNeedsAssessment", "Gateway_IsProcurementNeeded", "Task_DesignLots",
            "ServiceTask_CloseCase");
    // and what the failed delegate set was rolled back
    assertThat(processInstance).variables().doesNotContainKey(DentalProcurementVariables.PROCUREMENT_NEEDED);
    Assertions.assertThat(incidents()).isEmpty();
  }

  @Test
  void delegateFailingThreeTimesUsesUpTheRetriesAndRaisesAnIncident() {
    // given recording the needs assessment keeps failing
    registerDelegate(RECORD_NEEDS_ASSESSMENT, execution -> {
      throw new IllegalStateException("case store unavailable");
    });
    startProcess();
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");
    complete(task(), withVariables(DentalProcurementVariables.NEEDS_OUTCOME, "procure"));
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordNeedsAssessment");

    // when the job has been tried three times
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> execute(job())).hasMessageContaining("case store unavailable");
    }

    // then no retries are left, an incident is raised, and the process still waits at the task
    Assertions.assertThat(job().getRetries()).isZero();
    Assertions.assertThat(incidents()).singleElement().satisfies(incident -> {
      Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      Assertions.assertThat(incident.getActivityId()).isEqualTo("ServiceTask_RecordNeedsAssessment");
    });
    assertThat(processInstance).isNotEnded().isWaitingAt("ServiceTask_RecordNeedsAssessment");
  }

  @Test
  void failedJobContinuesTheProcessWhenItSucceedsOnRetry() {
    // given recording the needs assessment failed once
    registerDelegate(RECORD_NEEDS_ASSESSMENT, execution -> {
      throw new IllegalStateException("case store unavailable");
    });
    startProcess();
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");
    complete(task(), withVariables(DentalProcurementVariables.NEEDS_OUTCOME, "procure"));
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordNeedsAssessment");
    assertThatThrownBy(() -> execute(job())).hasMessageContaining("case store unavailable");

    // when the case store is back and the job is retried
    registerDelegate(RECORD_NEEDS_ASSESSMENT,
        execution -> execution.setVariable(DentalProcurementVariables.PROCUREMENT_NEEDED, true));
    execute(job());

    // then the process moves on to lot design
    assertThat(processInstance).isWaitingAt("Task_DesignLots")
        .hasPassed("ServiceTask_RecordNeedsAssessment", "Gateway_IsProcurementNeeded");
  }

  private void startProcess() {
    processInstance = runtimeService().startProcessInstanceByKey(
        DentalProcurementVariables.PROCESS_KEY, BUSINESS_KEY,
        withVariables(DentalProcurementVariables.CASE_REFERENCE, BUSINESS_KEY,
            DentalProcurementVariables.CASE_TITLE, "Dental access in Northshire"));
    assertThat(processInstance).isStarted().hasBusinessKey(BUSINESS_KEY);
  }

  /** Service tasks are asyncBefore: the process waits at a job until the test runs it. */
  private void runServiceTask(String activityId) {
    assertThat(processInstance).isWaitingAt(activityId);
    assertThat(job()).hasActivityId(activityId);
    execute(job());
    assertThat(processInstance).hasPassed(activityId);
  }

  private void registerDelegate(String beanName, Consumer<DelegateExecution> behaviour) {
    JavaDelegate delegate = execution -> {
      delegateCalls.add(beanName);
      businessKeysSeen.add(execution.getProcessBusinessKey());
      behaviour.accept(execution);
    };
    Mocks.register(beanName, delegate);
  }

  private long timesPassed(String activityId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(processInstance.getId())
        .activityId(activityId)
        .finished()
        .count();
  }

  private List<Incident> incidents() {
    return runtimeService().createIncidentQuery().processInstanceId(processInstance.getId()).list();
  }
}
