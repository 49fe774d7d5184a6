package org.commissioninghub.procurement.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.testsupport.ProcessTestSupport.historicValue;
import static org.commissioninghub.testsupport.ProcessTestSupport.now;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.commissioninghub.testsupport.LotNames;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.commissioninghub.approval.StageApprovalVariables;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.CalledStandstill;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs DirectAwardProcess on an in-memory engine together with the processes it calls,
 * StageApprovalProcess and StandstillProcess, every service task delegate replaced by a stand-in
 * that sets exactly the variables the real one sets: the provider assessment sets
 * {@code preferredProvider} and {@code standstillRequired} (true for direct award C and most
 * suitable provider, as the Provider Selection Regime requires); the award sets
 * {@code awardNoticeDueDate} and {@code lotOutcome} awarded; abandoning sets {@code lotOutcome}
 * abandoned; in the called processes the approval request sets its dates and approvers, the
 * intention to award {@code standstillEnd} and {@code standstillOutcome}, and the representation
 * review {@code standstillOutcome}.
 */
@Deployment(resources = {
    "processes/DirectAwardProcess.bpmn",
    "processes/StageApprovalProcess.bpmn",
    "processes/StandstillProcess.bpmn"})
class DirectAwardProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2026-0001";
  private static final long LOT = 11L;
  private static final String CASE_TITLE = "Dental access in Northshire";
  private static final String AWARD_APPROVER_ROLE = "primary-care-commissioning-committee";
  private static final String AWARD_ESCALATION_ROLE = "director-of-primary-care";
  private static final String PROVIDER = "Smile Dental Ltd";
  private static final String ASSESSMENT = "Meets all five key criteria; the incumbent provider";

  /** The routes after which the Provider Selection Regime requires a standstill. */
  private static final List<String> STANDSTILL_ROUTES = List.of("direct-award-c", "most-suitable-provider");

  /** The forms whose answers the hub records on completion. */
  private static final String RECORD_PROVIDER_ASSESSMENT = "procurement-assess-provider";
  private static final String RECORD_AWARD_NOTICE = "procurement-publish-award-notice";
  private static final String RECORD_EXCLUSION_CHECK = "procurement-check-exclusions";
  private static final String RECORD_CONFLICTS = "procurement-declare-conflicts";
  private static final String LEAD = "pat.procurement";
  private static final String OTHER_LEAD = "sam.procurement";
  private static final String COMMITTEE_MEMBER = "kim.committee";
  private static final String OTHER_COMMITTEE_MEMBER = "lee.committee";
  private static final String RECORD_APPROVAL_DECISION = "stage-approval";
  private static final String AWARD_CONTRACT = "procurementAwardContractDelegate";
  private static final String ABANDON_LOT = "procurementAbandonLotDelegate";
  private static final String REQUEST_APPROVAL = "approvalRequestApprovalDelegate";
  private static final String PUBLISH_INTENTION_TO_AWARD = "procurementPublishIntentionToAwardDelegate";

  /** The representation a bidder makes in the standstill. */
  private static final String REPRESENTATION = "A local provider says it was not considered";

  private static final Instant STARTED_AT = Instant.parse("2026-03-02T09:00:00Z");
  /** The stand-ins' date arithmetic, from the engine's clock. */
  private static final Duration AWARD_NOTICE_DUE_AFTER = Duration.ofDays(30);

  private final DelegateStandIns delegates = new DelegateStandIns();
  private final CalledStandstill calledStandstill = new CalledStandstill(BUSINESS_KEY, LOT);
  /** The variables each approval request saw. */
  private final List<Map<String, Object>> approvalRequestsSeen = new ArrayList<>();
  /** The provider the award was made to. */
  private final List<String> awardsSeen = new ArrayList<>();

  private Date awardNoticeDueSet;
  /** The procurement lead completing the declaration in hand (the stand-in's actor). */
  private String declaringLead;
  /** The committee member completing the approver's declaration in hand. */
  private String declaringMember;
  private ProcessInstance processInstance;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(STARTED_AT));
    delegates.answer(RECORD_PROVIDER_ASSESSMENT, task -> Map.of(PREFERRED_PROVIDER, task.getVariable(PROVIDER_NAME),
        STANDSTILL_REQUIRED, STANDSTILL_ROUTES.contains((String) task.getVariable(PSR_ROUTE))));
    delegates.register(AWARD_CONTRACT, execution -> {
      awardsSeen.add((String) execution.getVariable(PREFERRED_PROVIDER));
      awardNoticeDueSet = Date.from(now().plus(AWARD_NOTICE_DUE_AFTER));
      execution.setVariable(AWARD_NOTICE_DUE_DATE, awardNoticeDueSet);
      execution.setVariable(LOT_OUTCOME, AWARDED);
    });
    delegates.answer(RECORD_AWARD_NOTICE, task -> Map.of());
    delegates.answer(RECORD_CONFLICTS, task -> {
      var conflicted = "yes".equals(task.getVariable("conflicted"));
      var answer = new java.util.HashMap<String, Object>();
      if ("assessor".equals(task.getVariable("conflictCapacity"))) {
        answer.put(ASSESSOR_CONFLICTED, conflicted);
        answer.put(ASSESSOR, conflicted ? null : declaringLead);
      } else {
        answer.put(APPROVER_CONFLICTED, conflicted);
        answer.put(AWARD_APPROVER, conflicted ? null : declaringMember);
      }
      return answer;
    });
    Mocks.register("procurementRecords", new LotNames(Map.of(LOT, "Northshire North")));
    delegates.answer(RECORD_EXCLUSION_CHECK, task -> Map.of("exclusionCheckOutcome",
        "excluded".equals(task.getVariable("exclusionCheck")) ? "none-left" : "cleared"));
    delegates.register(ABANDON_LOT, execution -> execution.setVariable(LOT_OUTCOME, ABANDONED));

    delegates.registerCalledApproval(approvalRequestsSeen);
    calledStandstill.registerStandIns(delegates);
  }

  @AfterEach
  void tearDown() {
    resetProcessTestState();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"direct-award-a", "direct-award-b"})
  void approvedDirectAwardWithoutStandstillIsAwardedAndItsNoticeIsDueWhenTheAwardSaid(String route) {
    // given a direct award whose route needs no standstill
    startProcess(route);

    // when the provider is assessed and the award approved
    assessProvider();
    assertThat(processInstance).variables().containsEntry(STANDSTILL_REQUIRED, false);
    decideAwardApproval("approved", null);

    // then the contract is awarded straight away, with no intention to award or standstill
    assertThat(processInstance).isWaitingAt("ServiceTask_AwardContract")
        .hasPassed("Gateway_IsAwardApproved", "Gateway_IsStandstillRequired", "Gateway_JoinAward")
        .hasNotPassed("CallActivity_HoldStandstill");
    runServiceTask(processInstance, "ServiceTask_AwardContract");
    Assertions.assertThat(awardsSeen).containsExactly(PROVIDER);

    // and the award notice is due when the award said
    assertThat(processInstance).isWaitingAt("Task_PublishAwardNotice");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(task(processInstance).getDueDate()).isEqualTo(awardNoticeDueSet);
    complete(task(processInstance), withVariables(AWARD_NOTICE_REFERENCE, "FTS-2026-000321"));

    // then the lot ends awarded
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_AssessProvider", "Task_CheckExclusionsAndDebarment", "Gateway_IsProviderCleared",
            "CallActivity_ApproveAwardDecision", "ServiceTask_AwardContract", "Task_PublishAwardNotice", "EndEvent_ContractAwarded")
        .hasNotPassed("CallActivity_HoldStandstill", "ServiceTask_AbandonLot");
    Assertions.assertThat(historicValue(processInstance, LOT_OUTCOME)).isEqualTo(AWARDED);
    Assertions.assertThat(delegates.calls()).containsExactly(RECORD_CONFLICTS, RECORD_PROVIDER_ASSESSMENT,
        RECORD_EXCLUSION_CHECK, RECORD_CONFLICTS,
        REQUEST_APPROVAL,
        RECORD_APPROVAL_DECISION, AWARD_CONTRACT, RECORD_AWARD_NOTICE);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"direct-award-c", "most-suitable-provider"})
  void approvedAwardOnARouteWithStandstillIsHeldForTheProviderAndAwardedWhenTheStandstillEnds(String route) {
    // given a route that needs an intention to award and a standstill
    startProcess(route);

    // when the provider is assessed and the award approved
    assessProvider();
    assertThat(processInstance).variables().containsEntry(STANDSTILL_REQUIRED, true);
    decideAwardApproval("approved", null);

    // then the standstill is held for this case's lot and the assessed provider
    assertThat(processInstance).isWaitingAt("CallActivity_HoldStandstill").hasPassed("Gateway_IsStandstillRequired");
    var standstill = calledStandstill.start(processInstance);
    assertThat(standstill).hasBusinessKey(BUSINESS_KEY);
    Assertions.assertThat(calledStandstill.inputsSeen()).singleElement()
        .satisfies(inputs -> Assertions.assertThat(inputs)
            .containsEntry(PREFERRED_PROVIDER, PROVIDER)
            .containsEntry(LOT_ID, LOT)
            .containsEntry("caseReference", BUSINESS_KEY)
            .containsEntry("caseTitle", CASE_TITLE));

    // when the standstill ends without a representation
    calledStandstill.letItRunOut(standstill);

    // then the contract is awarded and the award notice is due when the award said
    assertThat(processInstance).hasPassed("Gateway_WhatAfterStandstill", "Gateway_JoinAward")
        .variables().containsEntry(STANDSTILL_OUTCOME, PROCEED);
    runServiceTask(processInstance, "ServiceTask_AwardContract");
    assertThat(processInstance).isWaitingAt("Task_PublishAwardNotice");
    Assertions.assertThat(task(processInstance).getDueDate()).isEqualTo(awardNoticeDueSet);
    complete(task(processInstance), withVariables(AWARD_NOTICE_REFERENCE, "FTS-2026-000322"));
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("CallActivity_ApproveAwardDecision", "CallActivity_HoldStandstill",
            "ServiceTask_AwardContract", "EndEvent_ContractAwarded");
    Assertions.assertThat(historicValue(processInstance, LOT_OUTCOME)).isEqualTo(AWARDED);
    Assertions.assertThat(awardsSeen).containsExactly(PROVIDER);
    Assertions.assertThat(delegates.calls()).containsExactly(RECORD_CONFLICTS, RECORD_PROVIDER_ASSESSMENT,
        RECORD_EXCLUSION_CHECK, RECORD_CONFLICTS,
        REQUEST_APPROVAL,
        RECORD_APPROVAL_DECISION, PUBLISH_INTENTION_TO_AWARD, AWARD_CONTRACT, RECORD_AWARD_NOTICE);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"direct-award-a", "direct-award-b", "direct-award-c", "most-suitable-provider"})
  void aProviderFoundExcludedOrDebarredAbandonsTheLotBeforeAnyAwardIsDecided(String route) {
    // given the provider of a route without competition has been assessed
    startProcess(route);
    declareAssessorConflicts(LEAD, false);
    complete(task(processInstance), withVariables(PROVIDER_NAME, PROVIDER, PROVIDER_ASSESSMENT, ASSESSMENT,
        CONFLICTS_OF_INTEREST, "None declared", DECISION_MAKERS, "Primary care commissioning committee"));

    // when the exclusion and debarment check finds the provider excluded
    checkExclusions("excluded");

    // then the lot is abandoned: no approval is asked for and nothing is awarded
    runServiceTask(processInstance, "ServiceTask_AbandonLot");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_AssessProvider", "Task_CheckExclusionsAndDebarment", "Gateway_IsProviderCleared",
            "Gateway_JoinAbandon", "ServiceTask_AbandonLot", "EndEvent_ProcurementAbandoned")
        .hasNotPassed("CallActivity_ApproveAwardDecision", "CallActivity_HoldStandstill", "ServiceTask_AwardContract");
    Assertions.assertThat(historicValue(processInstance, LOT_OUTCOME)).isEqualTo(ABANDONED);
    Assertions.assertThat(awardsSeen).isEmpty();
    Assertions.assertThat(approvalRequestsSeen).isEmpty();
  }

  @Test
  void anAssessorWhoDeclaresAConflictIsStoodDownAndAnotherLeadDeclaresAndAssesses() {
    // given a direct award waiting for its assessor's declaration
    startProcess("direct-award-c");

    // when the first procurement lead declares a conflict of interest
    declareAssessorConflicts(LEAD, true);

    // then nobody is asked to assess yet: the declaration is asked again, of another lead
    assertThat(processInstance).isWaitingAt("Task_DeclareAssessorConflicts")
        .hasPassed("Gateway_IsAssessorConflicted").hasNotPassed("Task_AssessProvider");

    // when another lead declares no conflict
    declareAssessorConflicts(OTHER_LEAD, false);

    // then the assessment is theirs
    assertThat(processInstance).isWaitingAt("Task_AssessProvider");
    assertThat(task(processInstance)).isAssignedTo(OTHER_LEAD);
    Assertions.assertThat(timesPassed(processInstance, "Task_DeclareAssessorConflicts")).isEqualTo(2);
  }

  @Test
  void anApproverWhoDeclaresAConflictIsStoodDownAndTheApprovalGoesToAMemberWithoutOne() {
    // given a provider assessed and cleared of exclusions
    startProcess("direct-award-c");
    declareAssessorConflicts(LEAD, false);
    complete(task(processInstance), withVariables(PROVIDER_NAME, PROVIDER, PROVIDER_ASSESSMENT, ASSESSMENT,
        CONFLICTS_OF_INTEREST, "None declared", DECISION_MAKERS, "Primary care commissioning committee"));
    checkExclusions("cleared");

    // when the first committee member declares a conflict
    declareApproverConflicts(COMMITTEE_MEMBER, true);

    // then no approval is asked for: the declaration is asked again, of another member
    assertThat(processInstance).isWaitingAt("Task_DeclareApproverConflicts")
        .hasPassed("Gateway_IsApproverConflicted").hasNotPassed("CallActivity_ApproveAwardDecision");

    // when another member declares no conflict, the approval is addressed to them
    declareApproverConflicts(OTHER_COMMITTEE_MEMBER, false);
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveAwardDecision");
    runServiceTask(approval(), "ServiceTask_RequestApproval");
    Assertions.assertThat(approvalRequestsSeen).singleElement()
        .satisfies(inputs -> Assertions.assertThat(inputs).containsEntry("approverUser", OTHER_COMMITTEE_MEMBER));
  }

  @Test
  void awardDecisionIsSentForApprovalToTheAwardApproverRole() {
    // given the provider has been assessed
    startProcess("direct-award-c");
    assessProvider();

    // then the approval is requested for this case, with the assessment as its summary
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveAwardDecision");
    var approval = approval();
    assertThat(approval).hasBusinessKey(BUSINESS_KEY);
    runServiceTask(approval, "ServiceTask_RequestApproval");
    Assertions.assertThat(approvalRequestsSeen).singleElement().satisfies(inputs -> Assertions.assertThat(inputs)
        .containsEntry(StageApprovalVariables.CASE_REFERENCE, BUSINESS_KEY)
        .containsEntry("caseTitle", CASE_TITLE)
        .containsEntry(StageApprovalVariables.STAGE, "Award decision")
        .containsEntry(StageApprovalVariables.APPROVAL_SUMMARY, ASSESSMENT)
        .containsEntry(StageApprovalVariables.APPROVER_ROLE, AWARD_APPROVER_ROLE)
        .containsEntry("approverUser", COMMITTEE_MEMBER)
        .containsEntry(StageApprovalVariables.ESCALATION_ROLE, AWARD_ESCALATION_ROLE)
        .hasEntrySatisfying(StageApprovalVariables.DUE_IN_WORKING_DAYS,
            days -> Assertions.assertThat(String.valueOf(days)).isEqualTo("5")));
    // and the committee is asked to approve
    assertThat(approval).isWaitingAt(StageApprovalVariables.APPROVAL_TASK);
    assertThat(task(approval)).hasCandidateGroup(AWARD_APPROVER_ROLE);
  }

  @Test
  void changesRequestedToTheAwardDecisionSendTheProviderBackForReassessment() {
    // given the award decision is with the committee
    startProcess("direct-award-b");
    assessProvider();

    // when the committee asks for changes
    decideAwardApproval("changes-requested", "Record the conflicts of interest declared");

    // then the provider is assessed again, with the committee's comment to hand
    declareAssessorConflicts(LEAD, false);
    assertThat(processInstance).isWaitingAt("Task_AssessProvider")
        .hasPassed("Gateway_IsAwardApproved", "Gateway_JoinProviderAssessment")
        .hasNotPassed("ServiceTask_AwardContract", "ServiceTask_AbandonLot");
    assertThat(task(processInstance)).isAssignedTo(LEAD);
    assertThat(processInstance).variables()
        .containsEntry("awardApprovalOutcome", "changes-requested")
        .containsEntry("awardApprovalComment", "Record the conflicts of interest declared");

    // when the reassessment is approved
    assessProvider();
    decideAwardApproval("approved", null);

    // then the contract is awarded, having been assessed and approved twice
    runServiceTask(processInstance, "ServiceTask_AwardContract");
    assertThat(processInstance).isWaitingAt("Task_PublishAwardNotice");
    Assertions.assertThat(timesPassed(processInstance, "Task_AssessProvider")).isEqualTo(2);
    Assertions.assertThat(approvalRequestsSeen).hasSize(2);
  }

  @Test
  void rejectedAwardDecisionAbandonsTheLot() {
    // given the award decision is with the committee
    startProcess("most-suitable-provider");
    assessProvider();

    // when the committee rejects it
    decideAwardApproval("rejected", "Value for money not shown");

    // then the lot is abandoned with no standstill or award
    runServiceTask(processInstance, "ServiceTask_AbandonLot");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("CallActivity_ApproveAwardDecision", "Gateway_IsAwardApproved", "Gateway_JoinAbandon",
            "ServiceTask_AbandonLot", "EndEvent_ProcurementAbandoned")
        .hasNotPassed("Gateway_IsStandstillRequired", "CallActivity_HoldStandstill", "ServiceTask_AwardContract");
    Assertions.assertThat(historicValue(processInstance, LOT_OUTCOME)).isEqualTo(ABANDONED);
    Assertions.assertThat(historicValue(processInstance, "awardApprovalComment"))
        .isEqualTo("Value for money not shown");
    Assertions.assertThat(delegates.calls()).containsExactly(RECORD_CONFLICTS, RECORD_PROVIDER_ASSESSMENT,
        RECORD_EXCLUSION_CHECK, RECORD_CONFLICTS,
        REQUEST_APPROVAL,
        RECORD_APPROVAL_DECISION, ABANDON_LOT);
  }

  @Test
  void representationReviewedToReEvaluateSendsTheProviderBackForReassessment() {
    // given the approved award is in its standstill
    startProcess("direct-award-c");
    assessProvider();
    decideAwardApproval("approved", null);
    var standstill = calledStandstill.start(processInstance);

    // when a representation leads the procurement lead to go back to the assessment
    calledStandstill.reviewARepresentation(standstill, REPRESENTATION, "re-evaluate");

    // then the standstill ends for re-evaluation and the provider is assessed again
    assertThat(standstill).isEnded().hasPassed("EndEvent_ReturnedToEvaluation");
    declareAssessorConflicts(LEAD, false);
    assertThat(processInstance).isWaitingAt("Task_AssessProvider")
        .hasPassed("Gateway_WhatAfterStandstill", "Gateway_JoinProviderAssessment")
        .hasNotPassed("ServiceTask_AwardContract", "ServiceTask_AbandonLot");
    assertThat(processInstance).variables().containsEntry(STANDSTILL_OUTCOME, "re-evaluate");
    Assertions.assertThat(timesPassed(processInstance, "Task_AssessProvider")).isEqualTo(1);

    // when the reassessment is approved and its standstill runs out
    assessProvider();
    decideAwardApproval("approved", null);
    calledStandstill.letItRunOut(calledStandstill.start(processInstance));

    // then the contract is awarded after a second standstill
    runServiceTask(processInstance, "ServiceTask_AwardContract");
    assertThat(processInstance).isWaitingAt("Task_PublishAwardNotice");
    Assertions.assertThat(calledStandstill.inputsSeen()).hasSize(2);
    Assertions.assertThat(approvalRequestsSeen).hasSize(2);
  }

  @Test
  void representationReviewedToAbandonAbandonsTheLot() {
    // given the approved award is in its standstill
    startProcess("most-suitable-provider");
    assessProvider();
    decideAwardApproval("approved", null);
    var standstill = calledStandstill.start(processInstance);

    // when a representation leads the procurement lead to abandon
    calledStandstill.reviewARepresentation(standstill, REPRESENTATION, "abandon");

    // then the lot is abandoned
    assertThat(standstill).isEnded().hasPassed("EndEvent_ProcurementAbandoned");
    runServiceTask(processInstance, "ServiceTask_AbandonLot");
    assertThat(processInstance).isEnded().hasPassed("Gateway_WhatAfterStandstill", "EndEvent_ProcurementAbandoned")
        .hasNotPassed("ServiceTask_AwardContract");
    Assertions.assertThat(historicValue(processInstance, LOT_OUTCOME)).isEqualTo(ABANDONED);
  }

  // --- Steps ---

  private void startProcess(String route) {
    processInstance = runtimeService().startProcessInstanceByKey(DIRECT_AWARD_PROCESS_KEY, BUSINESS_KEY,
        withVariables("caseReference", BUSINESS_KEY, "caseTitle", CASE_TITLE, LOT_ID, LOT, PSR_ROUTE, route,
            "awardApproverRole", AWARD_APPROVER_ROLE, "awardEscalationRole", AWARD_ESCALATION_ROLE));
    assertThat(processInstance).isStarted().hasBusinessKey(BUSINESS_KEY).isWaitingAt("Task_DeclareAssessorConflicts");
  }

  /** The procurement lead who is to assess declares conflicts of interest in the lot first. */
  private void declareAssessorConflicts(String lead, boolean conflicted) {
    assertThat(processInstance).isWaitingAt("Task_DeclareAssessorConflicts");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "lotName"))
        .isEqualTo("Lot 1: Northshire North");
    Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "conflictCapacity"))
        .isEqualTo("assessor");
    declaringLead = lead;
    complete(task(processInstance), conflicted
        ? withVariables("conflicted", "yes", "conflictInterest", "Was a director of " + PROVIDER)
        : withVariables("conflicted", "no"));
  }

  private void assessProvider() {
    if ("Task_DeclareAssessorConflicts".equals(task(processInstance).getTaskDefinitionKey())) {
      declareAssessorConflicts(LEAD, false);
    }
    assertThat(processInstance).isWaitingAt("Task_AssessProvider");
    assertThat(task(processInstance)).isAssignedTo(LEAD);
    complete(task(processInstance), withVariables(PROVIDER_NAME, PROVIDER, PROVIDER_ASSESSMENT, ASSESSMENT,
        CONFLICTS_OF_INTEREST, "None declared", DECISION_MAKERS, "Primary care commissioning committee"));
    checkExclusions("cleared");
    declareApproverConflicts(COMMITTEE_MEMBER, false);
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveAwardDecision")
        .variables().containsEntry(PREFERRED_PROVIDER, PROVIDER).containsEntry(AWARD_APPROVER, COMMITTEE_MEMBER);
  }

  /** The member of the award approver role who is to decide declares conflicts of interest first. */
  private void declareApproverConflicts(String member, boolean conflicted) {
    assertThat(processInstance).isWaitingAt("Task_DeclareApproverConflicts");
    assertThat(task(processInstance)).hasCandidateGroup(AWARD_APPROVER_ROLE);
    Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "conflictCapacity"))
        .isEqualTo("award-approver");
    declaringMember = member;
    complete(task(processInstance), conflicted
        ? withVariables("conflicted", "yes", "conflictInterest", "Shareholder in " + PROVIDER)
        : withVariables("conflicted", "no"));
  }

  /** The exclusion and debarment check of the assessed provider, before the award is decided. */
  private void checkExclusions(String finding) {
    assertThat(processInstance).isWaitingAt("Task_CheckExclusionsAndDebarment");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), PREFERRED_PROVIDER))
        .isEqualTo(PROVIDER);
    complete(task(processInstance), withVariables("exclusionCheck", finding,
        "exclusionReason", "excluded".equals(finding) ? "On the debarment list" : null));
  }

  /** Runs the called approval to the committee's decision. */
  private void decideAwardApproval(String outcome, String comment) {
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveAwardDecision");
    var approval = approval();
    runServiceTask(approval, "ServiceTask_RequestApproval");
    complete(task(approval), withVariables(StageApprovalVariables.APPROVAL_OUTCOME, outcome,
        StageApprovalVariables.APPROVAL_COMMENT, comment));
    assertThat(approval).isEnded().hasPassed("EndEvent_ApprovalDecided");
    assertThat(processInstance).variables().containsEntry("awardApprovalOutcome", outcome);
  }

  // --- Engine look-ups ---

  private ProcessInstance approval() {
    return calledProcessInstance(StageApprovalVariables.PROCESS_KEY, processInstance);
  }
}
