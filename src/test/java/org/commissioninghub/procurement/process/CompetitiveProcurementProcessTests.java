package org.commissioninghub.procurement.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.testsupport.ProcessTestSupport.dueJobs;
import static org.commissioninghub.testsupport.ProcessTestSupport.justAfter;
import static org.commissioninghub.testsupport.ProcessTestSupport.justBefore;
import static org.commissioninghub.testsupport.ProcessTestSupport.now;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.commissioninghub.testsupport.ProcessTestSupport.timers;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.commissioninghub.approval.StageApprovalVariables;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.CalledStandstill;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs CompetitiveProcurementProcess on an in-memory engine together with the processes it calls,
 * StageApprovalProcess and StandstillProcess, every service task delegate replaced by a stand-in
 * that sets exactly the variables the real delegate sets:
 *
 * <ul>
 *   <li>recordTenderPlanDelegate: {@code clarificationDeadlineDate} and {@code tenderDeadlineDate}
 *       (the end of the day of each form date, read by the two timers) and {@code panelMembers} (the
 *       panel typed into the plan, the collection of the individual evaluation);
 *   <li>recordBidsDelegate: {@code bidIds} (the collection of the compliance checks);
 *   <li>listCompliantBidsDelegate: {@code bidsToEvaluate} and {@code anyBidCompliant};
 *   <li>rankBidsDelegate, and recordExclusionCheckDelegate when a bidder is excluded:
 *       {@code preferredBidId}, {@code preferredProvider} and {@code rankingSummary}; the exclusion
 *       check also {@code exclusionCheckOutcome};
 *   <li>awardContractDelegate: {@code awardNoticeDueDate} and {@code lotOutcome} awarded;
 *       abandonLotDelegate: {@code lotOutcome} abandoned;
 *   <li>in the called processes, requestApprovalDelegate: the approval's dates and approvers;
 *       publishIntentionToAwardDelegate: {@code standstillEnd} and {@code standstillOutcome};
 *       recordRepresentationReviewDelegate: {@code standstillOutcome} (and on proceed a later
 *       {@code standstillEnd}).
 * </ul>
 *
 * <p>The look-ups the task input parameters call, {@code procurementRecords.bidderName(bidId)} and
 * {@code procurementRecords.individualScores(bidId)}, answer from the bids the stand-ins recorded.
 */
@Deployment(resources = {
    "processes/CompetitiveProcurementProcess.bpmn",
    "processes/StageApprovalProcess.bpmn",
    "processes/StandstillProcess.bpmn"})
class CompetitiveProcurementProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2026-0001";
  private static final long LOT = 11L;
  private static final String CASE_TITLE = "Dental access in Northshire";
  private static final String AWARD_APPROVER_ROLE = "primary-care-commissioning-committee";
  private static final String AWARD_ESCALATION_ROLE = "director-of-primary-care";

  /** The representation a bidder makes in the standstill. */
  private static final String REPRESENTATION = "Northshire Dental Care disputes the quality scores";

  private static final Instant STARTED_AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final String CLARIFICATION_DEADLINE_DAY = "2026-03-20";
  private static final String TENDER_DEADLINE_DAY = "2026-04-03";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final String ALICE = "alice.evaluator";
  private static final String BOB = "bob.evaluator";
  private static final String CAROL = "carol.evaluator";
  private static final List<String> PANEL = List.of(ALICE, BOB, CAROL);
  private static final String COMMITTEE_MEMBER = "kim.committee";
  private static final String DAVE = "dave.evaluator";

  private static final String SMILE = "Smile Dental Ltd";
  private static final String NORTHSHIRE = "Northshire Dental Care";
  private static final String BRIGHT = "Bright Teeth Partnership";
  /** The stand-in case store numbers bids from here, in the order the bidders were listed. */
  private static final long FIRST_BID_ID = 101L;

  /** The forms whose answers the hub records on completion, in the order the calls list them. */
  private static final String RECORD_TENDER_PLAN = "procurement-set-evaluation-criteria";
  private static final String RECORD_TENDER_NOTICE = "procurement-publish-tender";
  private static final String RECORD_BIDS = "procurement-record-bids";
  private static final String RECORD_BID_COMPLIANCE = "procurement-check-bid-compliance";
  private static final String RECORD_EVALUATION_SCORES = "procurement-score-bid";
  private static final String RECORD_CONSENSUS_SCORES = "procurement-agree-consensus-scores";
  private static final String RECORD_EXCLUSION_CHECK = "procurement-check-exclusions";
  private static final String RECORD_AWARD_NOTICE = "procurement-publish-award-notice";
  private static final String RECORD_APPROVAL_DECISION = "stage-approval";
  private static final String RECORD_REPRESENTATION_REVIEW = "procurement-review-representation";
  /** The delegates of the steps where the hub computes or decides something. */
  private static final String LIST_COMPLIANT_BIDS = "procurementListCompliantBidsDelegate";
  private static final String RANK_BIDS = "procurementRankBidsDelegate";
  private static final String AWARD_CONTRACT = "procurementAwardContractDelegate";
  private static final String ABANDON_LOT = "procurementAbandonLotDelegate";
  private static final String REQUEST_APPROVAL = "approvalRequestApprovalDelegate";
  private static final String PUBLISH_INTENTION_TO_AWARD = "procurementPublishIntentionToAwardDelegate";

  /** The stand-ins' working-day arithmetic, counted from the engine's clock. */
  private static final Duration AWARD_NOTICE_DUE_AFTER = Duration.ofDays(30);

  private final DelegateStandIns delegates = new DelegateStandIns();
  private final CalledStandstill calledStandstill = new CalledStandstill(BUSINESS_KEY, LOT);

  /** The stand-in case store: bidders by bid id, compliance, consensus totals, exclusions. */
  private final Map<Long, String> bidders = new LinkedHashMap<>();
  private final Map<Long, Boolean> compliance = new LinkedHashMap<>();
  private final Map<Long, Integer> consensusTotals = new HashMap<>();
  private final Set<Long> excluded = new HashSet<>();

  /** What the score-recording stand-ins read, one entry per recorded score sheet. */
  private final List<ScoreSheet> individualScoresSeen = new ArrayList<>();
  private final List<ScoreSheet> consensusScoresSeen = new ArrayList<>();
  /** The approval inputs each call of the approval saw. */
  private final List<Map<String, Object>> approvalRequestsSeen = new ArrayList<>();

  private Date clarificationDeadlineSet;
  private Date tenderDeadlineSet;
  private Date awardNoticeDueSet;
  private ProcessInstance processInstance;
  /** The approval chain the caller gives, if any (a SARC's co-commissioners): none for a single approver. */
  private String awardApprovalSteps;
  private String chainStubDeploymentId;

  /** One score sheet as a score-recording delegate reads it from its execution. */
  record ScoreSheet(String evaluator, Long bidId, Integer quality, Integer value, Integer integration,
      Integer access, Integer socialValue, String comment) {

    static ScoreSheet of(String evaluator, VariableScope execution) {
      return new ScoreSheet(evaluator, (Long) execution.getVariable(BID_ID),
          number(execution, "scoreQuality"), number(execution, "scoreValue"),
          number(execution, "scoreIntegration"), number(execution, "scoreAccess"),
          number(execution, "scoreSocialValue"), (String) execution.getVariable(SCORE_COMMENT));
    }

    static ScoreSheet of(String evaluator, long bidId, int score, String comment) {
      return new ScoreSheet(evaluator, bidId, score, score, score, score, score, comment);
    }

    private static Integer number(VariableScope execution, String name) {
      var value = execution.getVariable(name);
      return value == null ? null : ((Number) value).intValue();
    }

    Map<String, Object> asFormInput() {
      var input = new HashMap<String, Object>();
      input.put("scoreQuality", quality);
      input.put("scoreValue", value);
      input.put("scoreIntegration", integration);
      input.put("scoreAccess", access);
      input.put("scoreSocialValue", socialValue);
      input.put(SCORE_COMMENT, comment);
      return input;
    }

    int total() {
      return quality + value + integration + access + socialValue;
    }
  }

  /** Each declaration of conflicts of interest recorded: the panel member and whether they are conflicted. */
  private final List<Map.Entry<String, Boolean>> declarations = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(STARTED_AT));
    Mocks.register("procurementRecords", new ProcurementRecords(null) {
      @Override
      public String bidderName(Long bidId) {
        return bidders.get(bidId);
      }

      @Override
      public String lotName(Long lotId) {
        return "Lot 1: Northshire orthodontics";
      }

      @Override
      public String individualScores(Long bidId) {
        return individualScoresSeen.stream().filter(sheet -> sheet.bidId().equals(bidId))
            .map(sheet -> sheet.evaluator() + ": " + sheet.total())
            .collect(Collectors.joining("\n"));
      }
    });

    delegates.answer(RECORD_TENDER_PLAN, task -> {
      clarificationDeadlineSet = endOfDay(task.getVariable(CLARIFICATION_DEADLINE));
      tenderDeadlineSet = endOfDay(task.getVariable(TENDER_DEADLINE));
      return Map.of(CLARIFICATION_DEADLINE_DATE, clarificationDeadlineSet, TENDER_DEADLINE_DATE, tenderDeadlineSet,
          PANEL_MEMBERS, new ArrayList<>(List.of(((String) task.getVariable(EVALUATION_PANEL)).split("[,\\s]+"))));
    });
    delegates.answer(RECORD_TENDER_NOTICE, task -> Map.of());
    delegates.answer("procurement-replace-panel-member", task -> {
      var answer = new java.util.HashMap<String, Object>();
      answer.put(EVALUATOR, task.getVariable("replacementPanelMember"));
      answer.put(PANEL_MEMBER_CONFLICTED, null);
      answer.put("conflicted", null);
      return answer;
    });
    delegates.answer("procurement-declare-conflicts", task -> {
      var conflicted = "yes".equals(task.getVariable("conflicted"));
      if ("award-approver".equals(task.getVariable("conflictCapacity"))) {
        var answer = new java.util.HashMap<String, Object>();
        answer.put(APPROVER_CONFLICTED, conflicted);
        answer.put(AWARD_APPROVER, conflicted ? null : COMMITTEE_MEMBER);
        return answer;
      }
      declarations.add(Map.entry((String) task.getVariable(EVALUATOR), conflicted));
      return Map.of(PANEL_MEMBER_CONFLICTED, conflicted);
    });
    delegates.answer(RECORD_BIDS, task -> {
      var bidIds = new ArrayList<Long>();
      for (var bidder : ((String) task.getVariable(BIDDERS_RECEIVED)).lines().toList()) {
        var bidId = FIRST_BID_ID + bidders.size();
        bidders.put(bidId, bidder);
        bidIds.add(bidId);
      }
      return Map.of(BID_IDS, bidIds);
    });
    delegates.answer(RECORD_BID_COMPLIANCE, task -> {
      compliance.put((Long) task.getVariable(BID_ID), COMPLIANT.equals(task.getVariable(BID_COMPLIANT)));
      return Map.of();
    });
    delegates.register(LIST_COMPLIANT_BIDS, execution -> {
      var inTheRunning = new ArrayList<>(bidsInTheRunning());
      execution.setVariable(BIDS_TO_EVALUATE, inTheRunning);
      execution.setVariable(ANY_BID_COMPLIANT, !inTheRunning.isEmpty());
    });
    delegates.answer(RECORD_EVALUATION_SCORES, task -> {
      individualScoresSeen.add(ScoreSheet.of((String) task.getVariable(EVALUATOR), task));
      return Map.of();
    });
    delegates.answer(RECORD_CONSENSUS_SCORES, task -> {
      var sheet = ScoreSheet.of("panel", task);
      consensusScoresSeen.add(sheet);
      consensusTotals.put(sheet.bidId(), sheet.total());
      return Map.of();
    });
    delegates.register(RANK_BIDS, execution -> preferred().forEach(execution::setVariable));
    delegates.answer(RECORD_EXCLUSION_CHECK, task -> {
      var preferredBidId = (Long) task.getVariable(PREFERRED_BID_ID);
      var answered = new HashMap<String, Object>();
      if (!EXCLUDED.equals(task.getVariable(EXCLUSION_CHECK))) {
        answered.put(EXCLUSION_CHECK_OUTCOME, "cleared");
      } else {
        excluded.add(preferredBidId);
        answered.putAll(preferred());
        answered.put(EXCLUSION_CHECK_OUTCOME, ranking().isEmpty() ? "none-left" : "next-bidder");
      }
      answered.put(EXCLUSION_CHECK, null);
      answered.put(EXCLUSION_REASON, null);
      return answered;
    });
    delegates.register(AWARD_CONTRACT, execution -> {
      awardNoticeDueSet = Date.from(now().plus(AWARD_NOTICE_DUE_AFTER));
      execution.setVariable(AWARD_NOTICE_DUE_DATE, awardNoticeDueSet);
      execution.setVariable(LOT_OUTCOME, AWARDED);
    });
    delegates.answer(RECORD_AWARD_NOTICE, task -> Map.of());
    delegates.register(ABANDON_LOT, execution -> execution.setVariable(LOT_OUTCOME, ABANDONED));

    delegates.registerCalledApproval(approvalRequestsSeen);
    calledStandstill.registerStandIns(delegates);
  }

  @AfterEach
  void tearDown() {
    if (chainStubDeploymentId != null) {
      org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService()
          .deleteDeployment(chainStubDeploymentId, true);
    }
    resetProcessTestState();
  }

  // --- Tender and deadlines ---

  @Test
  void tenderPlanSetsTheDeadlinesAndClarificationsStayOpenUntilTheClarificationDeadline() {
    // given a competition has started for the lot
    startProcess();

    // when the market has been engaged, the plan set and the tender published
    openTender();

    // then the procurement lead answers clarifications until the clarification deadline
    assertThat(processInstance).isWaitingAt("Task_AnswerClarificationQuestions")
        .hasPassedInOrder("Task_EngageMarket", "Task_SetEvaluationCriteria",
            "Task_PublishTender");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(timer(processInstance, "BoundaryEvent_ClarificationDeadlineReached").getDuedate())
        .isEqualTo(clarificationDeadlineSet);
    // and the plan's panel is the evaluation's collection
    assertThat(processInstance).variables().containsEntry(PANEL_MEMBERS, PANEL);
    // and nothing is due before the clarification deadline
    ClockUtil.setCurrentTime(justBefore(clarificationDeadlineSet));
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();
    Assertions.assertThat(delegates.calls()).containsExactly(RECORD_TENDER_PLAN, RECORD_TENDER_NOTICE);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  @Test
  void clarificationDeadlinePassingClosesClarificationsAndBidsWaitForTheTenderDeadline() {
    // given clarifications are open
    startProcess();
    openTender();

    // when the clarification deadline passes
    ClockUtil.setCurrentTime(justAfter(clarificationDeadlineSet));
    Assertions.assertThat(dueJobs(processInstance)).extracting(Job::getId)
        .containsExactly(timer(processInstance, "BoundaryEvent_ClarificationDeadlineReached").getId());
    execute(timer(processInstance, "BoundaryEvent_ClarificationDeadlineReached"));

    // then clarifications are closed and the tender waits for its deadline, which is not yet due
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_TenderDeadlineReached")
        .hasPassed("BoundaryEvent_ClarificationDeadlineReached", "Gateway_JoinClarificationsClosed");
    Assertions.assertThat(openTasks("Task_AnswerClarificationQuestions")).isEmpty();
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
            .processInstanceId(processInstance.getId()).activityId("Task_AnswerClarificationQuestions").singleResult()
            .isCanceled())
        .as("clarification task cancelled by the deadline").isTrue();
    Assertions.assertThat(timer(processInstance, "IntermediateCatchEvent_TenderDeadlineReached").getDuedate())
        .isEqualTo(tenderDeadlineSet);
    ClockUtil.setCurrentTime(justBefore(tenderDeadlineSet));
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();

    // when the tender deadline passes
    ClockUtil.setCurrentTime(justAfter(tenderDeadlineSet));
    execute(timer(processInstance, "IntermediateCatchEvent_TenderDeadlineReached"));

    // then the bids received are recorded
    assertThat(processInstance).isWaitingAt("Task_RecordBidsReceived")
        .hasPassed("IntermediateCatchEvent_TenderDeadlineReached");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
  }

  @Test
  void clarificationsClosedEarlyCancelTheirDeadlineButBidsStillWaitForTheTenderDeadline() {
    // given clarifications are open
    startProcess();
    openTender();

    // when the procurement lead closes them before the clarification deadline
    complete(task(processInstance), withVariables("clarificationLog", "Q1: TUPE applies? A: yes"));

    // then the clarification deadline no longer matters and the tender deadline is awaited
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_TenderDeadlineReached")
        .hasPassed("Task_AnswerClarificationQuestions", "Gateway_JoinClarificationsClosed")
        .hasNotPassed("BoundaryEvent_ClarificationDeadlineReached");
    Assertions.assertThat(timers(processInstance)).extracting(Job::getDuedate).containsExactly(tenderDeadlineSet);
    ClockUtil.setCurrentTime(justAfter(clarificationDeadlineSet));
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();

    // when the tender deadline passes
    ClockUtil.setCurrentTime(justAfter(tenderDeadlineSet));
    execute(timer(processInstance, "IntermediateCatchEvent_TenderDeadlineReached"));

    // then the bids received are recorded
    assertThat(processInstance).isWaitingAt("Task_RecordBidsReceived");
  }

  // --- Compliance ---

  @Test
  void eachBidReceivedIsCheckedForComplianceInTurn() {
    // given two bids arrived by the tender deadline
    startProcess();
    openTender();
    closeClarificationsAndReachTheTenderDeadline();
    receiveBids(SMILE, NORTHSHIRE);

    // then the first bid's compliance check names its bidder
    assertThat(processInstance).isWaitingAt("Task_CheckBidCompliance");
    Assertions.assertThat(openTasks("Task_CheckBidCompliance")).hasSize(1);
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "bidderName")).isEqualTo(SMILE);
    complete(task(processInstance), withVariables(BID_COMPLIANT, COMPLIANT, COMPLIANCE_NOTE, "All documents in order"));

    // and then the second bid's
    Assertions.assertThat(openTasks("Task_CheckBidCompliance")).hasSize(1);
    Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "bidderName")).isEqualTo(NORTHSHIRE);
    complete(task(processInstance),
        withVariables(BID_COMPLIANT, "non-compliant", COMPLIANCE_NOTE, "No CQC registration"));

    // then both results are recorded and only the compliant bid goes on to evaluation
    Assertions.assertThat(compliance)
        .containsExactly(Map.entry(FIRST_BID_ID, true), Map.entry(FIRST_BID_ID + 1, false));
    Assertions.assertThat(timesPassed(processInstance, "Task_CheckBidCompliance")).isEqualTo(2);
    listCompliantBids();
    assertThat(processInstance).isWaitingAt("Task_ScoreBid").hasPassed("Gateway_IsAnyBidCompliant");
    assertThat(processInstance).variables()
        .containsEntry(BID_IDS, List.of(FIRST_BID_ID, FIRST_BID_ID + 1))
        .containsEntry(BIDS_TO_EVALUATE, List.of(FIRST_BID_ID))
        .containsEntry(ANY_BID_COMPLIANT, true);
  }

  @Test
  void noCompliantBidAbandonsTheLot() {
    // given two bids arrived by the tender deadline
    startProcess();
    openTender();
    closeClarificationsAndReachTheTenderDeadline();
    receiveBids(SMILE, NORTHSHIRE);

    // when neither passes compliance
    checkCompliance("non-compliant", "non-compliant");

    // then the lot is abandoned without any evaluation
    runServiceTask(processInstance, "ServiceTask_AbandonNoCompliantBid");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("ServiceTask_ListCompliantBids", "Gateway_IsAnyBidCompliant",
            "ServiceTask_AbandonNoCompliantBid", "EndEvent_NoCompliantBid")
        .hasNotPassed("Task_ScoreBid", "Task_AgreeConsensusScores", "ServiceTask_AbandonLot");
    Assertions.assertThat(historicValue(ANY_BID_COMPLIANT)).isEqualTo(false);
    Assertions.assertThat(historicValue(LOT_OUTCOME)).isEqualTo(ABANDONED);
    Assertions.assertThat(delegates.calls()).endsWith(LIST_COMPLIANT_BIDS, ABANDON_LOT);
  }

  // --- Individual evaluation ---

  @Test
  void aPanelMemberWhoDeclaresAConflictIsStoodDownAndAnotherMemberCoversAfterDeclaring() {
    // given two compliant bids and a panel of three, each asked first to declare conflicts of interest
    startProcess();
    openTender();
    closeClarificationsAndReachTheTenderDeadline();
    receiveBids(SMILE, NORTHSHIRE);
    for (var i = 0; i < 2; i++) {
      complete(task(processInstance), withVariables(BID_COMPLIANT, COMPLIANT, COMPLIANCE_NOTE, "Checked"));
    }
    runServiceTask(processInstance, "ServiceTask_ListCompliantBids");
    assertThat(processInstance).isWaitingAt("Task_DeclareConflictsOfInterest").hasNotPassed("Task_ScoreBid");
    Assertions.assertThat(openTasks("Task_DeclareConflictsOfInterest")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(PANEL);
    Assertions.assertThat(openTasks("Task_ScoreBid")).isEmpty();

    // when Bob declares a conflict and the others none
    declareConflicts(List.of(BOB));

    // then Bob is stood down with nothing to score, and the procurement lead names someone to cover
    Assertions.assertThat(declarations).containsExactlyInAnyOrder(Map.entry(ALICE, false), Map.entry(BOB, true),
        Map.entry(CAROL, false));
    Assertions.assertThat(openTasks("Task_ScoreBid")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(ALICE, CAROL);
    var replacement = openTasks("Task_NameReplacementPanelMember");
    Assertions.assertThat(replacement).singleElement().satisfies(task -> {
      assertThat(task).hasCandidateGroup("procurement-lead");
      Assertions.assertThat(taskService().getVariable(task.getId(), EVALUATOR)).isEqualTo(BOB);
    });
    complete(replacement.get(0), withVariables("replacementPanelMember", DAVE));

    // and Dave declares before he scores, then scores as the others do
    Assertions.assertThat(openTasks("Task_DeclareConflictsOfInterest")).extracting(Task::getAssignee)
        .containsExactly(DAVE);
    Assertions.assertThat(openTasks("Task_ScoreBid")).extracting(Task::getAssignee).doesNotContain(DAVE);
    declareConflicts(List.of());
    for (var evaluator : List.of(ALICE, CAROL, DAVE)) {
      score(evaluator, FIRST_BID_ID, 3);
      score(evaluator, FIRST_BID_ID + 1, 2);
    }
    assertThat(processInstance).isWaitingAt("Task_AgreeConsensusScores");
    Assertions.assertThat(individualScoresSeen).extracting(ScoreSheet::evaluator).doesNotContain(BOB).contains(DAVE);
  }

  @Test
  void eachPanelMemberScoresEachBidInTheirOwnTasksAlongsideTheOthers() {
    // given two compliant bids and a panel of three
    reachIndividualEvaluation(SMILE, NORTHSHIRE);

    // then each panel member has their own task for the first bid, at the same time as the others
    Assertions.assertThat(openTasks("Task_ScoreBid")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(PANEL);
    for (var evaluator : PANEL) {
      var scoreTask = scoreTaskOf(evaluator);
      assertThat(scoreTask).isAssignedTo(evaluator);
      Assertions.assertThat(taskService().getIdentityLinksForTask(scoreTask.getId()))
          .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .extracting(IdentityLink::getGroupId)
          .containsExactly("evaluation-panel");
      Assertions.assertThat(taskService().getVariable(scoreTask.getId(), BID_ID)).isEqualTo(FIRST_BID_ID);
      Assertions.assertThat(taskService().getVariable(scoreTask.getId(), "bidderName")).isEqualTo(SMILE);
    }

    // when one panel member scores the first bid before the others have
    score(BOB, FIRST_BID_ID, 3);

    // then that member moves on to the second bid while the others are still on the first
    Assertions.assertThat(openTasks("Task_ScoreBid")).hasSize(3);
    Assertions.assertThat(taskService().getVariable(scoreTaskOf(BOB).getId(), BID_ID)).isEqualTo(FIRST_BID_ID + 1);
    Assertions.assertThat(taskService().getVariable(scoreTaskOf(BOB).getId(), "bidderName")).isEqualTo(NORTHSHIRE);
    Assertions.assertThat(taskService().getVariable(scoreTaskOf(ALICE).getId(), BID_ID)).isEqualTo(FIRST_BID_ID);
    Assertions.assertThat(taskService().getVariable(scoreTaskOf(CAROL).getId(), BID_ID)).isEqualTo(FIRST_BID_ID);

    // when everyone has scored both bids
    score(BOB, FIRST_BID_ID + 1, 2);
    score(ALICE, FIRST_BID_ID, 4);
    score(CAROL, FIRST_BID_ID, 5);
    score(CAROL, FIRST_BID_ID + 1, 1);
    Assertions.assertThat(openTasks("Task_ScoreBid")).extracting(Task::getAssignee).containsExactly(ALICE);
    assertThat(processInstance).isWaitingAt("Task_ScoreBid").hasNotPassed("Task_AgreeConsensusScores");
    score(ALICE, FIRST_BID_ID + 1, 0);

    // then there were six scoring tasks, one per panel member and bid, and moderation begins
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery()
            .processInstanceId(processInstance.getId()).taskDefinitionKey("Task_ScoreBid").finished().list())
        .extracting(HistoricTaskInstance::getAssignee)
        .containsExactlyInAnyOrder(ALICE, ALICE, BOB, BOB, CAROL, CAROL);
    Assertions.assertThat(individualScoresSeen).extracting(ScoreSheet::evaluator, ScoreSheet::bidId)
        .containsExactlyInAnyOrder(
            Assertions.tuple(ALICE, FIRST_BID_ID), Assertions.tuple(ALICE, FIRST_BID_ID + 1),
            Assertions.tuple(BOB, FIRST_BID_ID), Assertions.tuple(BOB, FIRST_BID_ID + 1),
            Assertions.tuple(CAROL, FIRST_BID_ID), Assertions.tuple(CAROL, FIRST_BID_ID + 1));
    assertThat(processInstance).isWaitingAt("Task_AgreeConsensusScores")
        .hasPassed("SubProcess_EvaluateBidsIndividually");
  }

  @Test
  void scoresSubmittedByOneEvaluatorStayInThatEvaluatorsScope() {
    // given every panel member has a scoring task for the first bid
    reachIndividualEvaluation(SMILE, NORTHSHIRE);
    var firstBidSheets = List.of(
        new ScoreSheet(ALICE, FIRST_BID_ID, 5, 4, 3, 2, 1, "Alice on Smile"),
        new ScoreSheet(BOB, FIRST_BID_ID, 3, 3, 3, 3, 3, "Bob on Smile"),
        new ScoreSheet(CAROL, FIRST_BID_ID, 1, 2, 3, 4, 5, "Carol on Smile"));

    // when all three submit their scores, each recorded as it is submitted
    for (var sheet : firstBidSheets) {
      complete(scoreTaskOf(sheet.evaluator()), sheet.asFormInput());
    }

    // then each record holds that evaluator's own scores for that bid, and nobody else's
    Assertions.assertThat(individualScoresSeen).containsExactlyInAnyOrderElementsOf(firstBidSheets);

    // when they score the second bid, in another order
    var secondBidSheets = List.of(
        new ScoreSheet(CAROL, FIRST_BID_ID + 1, 0, 1, 0, 1, 0, "Carol on Northshire"),
        new ScoreSheet(ALICE, FIRST_BID_ID + 1, 2, 2, 2, 2, 2, "Alice on Northshire"),
        new ScoreSheet(BOB, FIRST_BID_ID + 1, 4, 5, 4, 5, 4, "Bob on Northshire"));
    for (var sheet : secondBidSheets) {
      var scoreTask = scoreTaskOf(sheet.evaluator());
      // and each new task starts blank, not showing the scores given to the first bid
      var scoreFields = List.of("scoreQuality", "scoreValue", "scoreIntegration", "scoreAccess", "scoreSocialValue",
          SCORE_COMMENT);
      Assertions.assertThat(taskService().getVariables(scoreTask.getId(), scoreFields))
          .as("score fields of %s's second task", sheet.evaluator())
          .containsOnlyKeys(scoreFields)
          .allSatisfy((name, value) -> Assertions.assertThat(value).isNull());
      complete(scoreTask, sheet.asFormInput());
    }

    // then the second bid's records are each evaluator's own too
    Assertions.assertThat(individualScoresSeen.subList(3, 6)).containsExactlyInAnyOrderElementsOf(secondBidSheets);
    // and no score, evaluator or bid leaked into the process's own variables
    assertThat(processInstance).isWaitingAt("Task_AgreeConsensusScores");
    assertThat(processInstance).variables().doesNotContainKeys("scoreQuality", "scoreValue", "scoreIntegration",
        "scoreAccess", "scoreSocialValue", SCORE_COMMENT, EVALUATOR, BID_ID);
  }

  // --- Moderation, ranking and exclusions ---

  @Test
  void onlyCompliantBidsAreEvaluatedAndEachIsModeratedBeforeTheBidsAreRanked() {
    // given three bids, of which the second fails compliance
    startProcess();
    openTender();
    closeClarificationsAndReachTheTenderDeadline();
    receiveBids(SMILE, NORTHSHIRE, BRIGHT);
    checkCompliance(COMPLIANT, "non-compliant", COMPLIANT);
    var smile = FIRST_BID_ID;
    var bright = FIRST_BID_ID + 2;

    // when the panel scores the compliant bids
    scoreEveryBid(Map.of(smile, 2, bright, 4));

    // then only they were scored, three times each
    Assertions.assertThat(individualScoresSeen).extracting(ScoreSheet::bidId)
        .containsExactlyInAnyOrder(smile, smile, smile, bright, bright, bright);

    // and each is moderated in turn, with the panel's individual scores in front of the chair
    for (var bidId : List.of(smile, bright)) {
      assertThat(processInstance).isWaitingAt("Task_AgreeConsensusScores");
      Assertions.assertThat(openTasks("Task_AgreeConsensusScores")).hasSize(1);
      assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
      Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "bidderName"))
          .isEqualTo(bidders.get(bidId));
      Assertions.assertThat((String) taskService().getVariable(task(processInstance).getId(), "individualScores"))
          .contains(ALICE, BOB, CAROL);
      var consensus = ScoreSheet.of("panel", bidId, bidId == smile ? 2 : 4, "Agreed");
      complete(task(processInstance), consensus.asFormInput());
    }
    Assertions.assertThat(consensusScoresSeen).containsExactly(
        ScoreSheet.of("panel", smile, 2, "Agreed"), ScoreSheet.of("panel", bright, 4, "Agreed"));

    // then the bids are ranked and the top one goes to the exclusion check
    runServiceTask(processInstance, "ServiceTask_RankBids");
    assertThat(processInstance).isWaitingAt("Task_CheckExclusionsAndDebarment")
        .hasPassedInOrder("SubProcess_EvaluateBidsIndividually", "SubProcess_ModerateScores", "ServiceTask_RankBids");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    assertThat(processInstance).variables()
        .containsEntry(PREFERRED_BID_ID, bright)
        .containsEntry(PREFERRED_PROVIDER, BRIGHT);
    Assertions.assertThat(timesPassed(processInstance, "Task_AgreeConsensusScores")).isEqualTo(2);
  }

  @Test
  void clearedPreferredBidderGoesForwardToTheAwardRecommendation() {
    // given the bids are ranked
    reachExclusionCheck();

    // when the preferred bidder is cleared of exclusions and debarment
    checkExclusion("cleared");

    // then the procurement lead writes the award recommendation for that bidder
    assertThat(processInstance).isWaitingAt("Task_WriteAwardRecommendation")
        .hasPassed("Gateway_IsPreferredBidderCleared");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    assertThat(processInstance).variables()
        .containsEntry(EXCLUSION_CHECK_OUTCOME, "cleared")
        .containsEntry(PREFERRED_PROVIDER, SMILE);
    Assertions.assertThat(timesPassed(processInstance, "Task_CheckExclusionsAndDebarment")).isEqualTo(1);
  }

  @Test
  void excludedPreferredBidderIsReplacedByTheNextBidderWhoIsCheckedInTurn() {
    // given the bids are ranked with Smile first
    reachExclusionCheck();
    assertThat(processInstance).variables().containsEntry(PREFERRED_PROVIDER, SMILE);

    // when Smile is found on the debarment list
    checkExclusion(EXCLUDED);

    // then the next bidder becomes preferred and is checked in turn
    assertThat(processInstance).isWaitingAt("Task_CheckExclusionsAndDebarment")
        .hasPassed("Gateway_IsPreferredBidderCleared", "Gateway_JoinExclusionCheck")
        .hasNotPassed("Task_WriteAwardRecommendation");
    assertThat(processInstance).variables()
        .containsEntry(EXCLUSION_CHECK_OUTCOME, "next-bidder")
        .containsEntry(PREFERRED_BID_ID, FIRST_BID_ID + 1)
        .containsEntry(PREFERRED_PROVIDER, NORTHSHIRE);

    // when that bidder is cleared
    checkExclusion("cleared");

    // then the award recommendation is written for them
    assertThat(processInstance).isWaitingAt("Task_WriteAwardRecommendation");
    assertThat(processInstance).variables().containsEntry(PREFERRED_PROVIDER, NORTHSHIRE);
    Assertions.assertThat(timesPassed(processInstance, "Task_CheckExclusionsAndDebarment")).isEqualTo(2);
  }

  @Test
  void excludingEveryBidderEndsTheCompetitionWithNoBidderLeft() {
    // given the bids are ranked
    reachExclusionCheck();

    // when both bidders in turn are excluded
    checkExclusion(EXCLUDED);
    checkExclusion(EXCLUDED);

    // then the lot is abandoned and the competition ends with no bidder left
    runServiceTask(processInstance, "ServiceTask_AbandonNoBidderLeft");
    assertThat(processInstance).isEnded()
        .hasPassed("ServiceTask_AbandonNoBidderLeft", "EndEvent_NoBidderLeft")
        .hasNotPassed("Task_WriteAwardRecommendation", "CallActivity_ApproveAwardRecommendation",
            "EndEvent_ContractAwarded");
    Assertions.assertThat(historicValue(EXCLUSION_CHECK_OUTCOME)).isEqualTo("none-left");
    Assertions.assertThat(historicValue(PREFERRED_PROVIDER)).isNull();
    Assertions.assertThat(timesPassed(processInstance, "Task_CheckExclusionsAndDebarment")).isEqualTo(2);
    Assertions.assertThat(historicValue(LOT_OUTCOME)).isEqualTo(ABANDONED);
  }

  // --- Award approval and standstill ---

  @Test
  void awardRecommendationIsSentForApprovalToTheAwardApproverRole() {
    // given the award recommendation has been written
    reachAwardApproval();

    // then the approval is requested for this case, with the recommendation as its summary
    var approval = approval();
    assertThat(approval).hasBusinessKey(BUSINESS_KEY);
    runServiceTask(approval, "ServiceTask_RequestApproval");
    Assertions.assertThat(approvalRequestsSeen).singleElement().satisfies(inputs -> Assertions.assertThat(inputs)
        .containsEntry(StageApprovalVariables.CASE_REFERENCE, BUSINESS_KEY)
        .containsEntry("caseTitle", CASE_TITLE)
        .containsEntry(StageApprovalVariables.STAGE, "Award recommendation")
        .containsEntry(StageApprovalVariables.APPROVAL_SUMMARY, "Award to Smile Dental Ltd: best on quality")
        .containsEntry(StageApprovalVariables.APPROVER_ROLE, AWARD_APPROVER_ROLE)
        .containsEntry("approverUser", COMMITTEE_MEMBER)
        .containsEntry(StageApprovalVariables.ESCALATION_ROLE, AWARD_ESCALATION_ROLE)
        .hasEntrySatisfying(StageApprovalVariables.DUE_IN_WORKING_DAYS,
            days -> Assertions.assertThat(String.valueOf(days)).isEqualTo("5")));
    // and the committee is asked to approve
    assertThat(approval).isWaitingAt(StageApprovalVariables.APPROVAL_TASK);
    assertThat(task(approval)).hasCandidateGroup(AWARD_APPROVER_ROLE);
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveAwardRecommendation");
  }

  @Test
  void approvedAwardWithAnUncontestedStandstillAwardsTheContract() {
    // given a competition runs from tender to the award recommendation, the clarification deadline passing
    startProcess();
    openTender();
    ClockUtil.setCurrentTime(justAfter(clarificationDeadlineSet));
    execute(timer(processInstance, "BoundaryEvent_ClarificationDeadlineReached"));
    ClockUtil.setCurrentTime(justAfter(tenderDeadlineSet));
    execute(timer(processInstance, "IntermediateCatchEvent_TenderDeadlineReached"));
    receiveBids(SMILE, NORTHSHIRE);
    checkCompliance(COMPLIANT, COMPLIANT);
    scoreEveryBid(Map.of(FIRST_BID_ID, 4, FIRST_BID_ID + 1, 3));
    moderateEveryBid(Map.of(FIRST_BID_ID, 4, FIRST_BID_ID + 1, 3));
    runServiceTask(processInstance, "ServiceTask_RankBids");
    checkExclusion("cleared");
    writeAwardRecommendation();

    // when the committee approves the award
    decideAwardApproval("approved", null);

    // then the intention to award is published and the standstill holds the award for the preferred bidder
    assertThat(processInstance).isWaitingAt("CallActivity_HoldStandstill")
        .hasPassed("Gateway_IsAwardApproved")
        .variables().containsEntry("awardApprovalOutcome", "approved");
    var standstill = calledStandstill.start(processInstance);
    Assertions.assertThat(calledStandstill.inputsSeen()).singleElement()
        .satisfies(inputs -> Assertions.assertThat(inputs)
            .containsEntry(LOT_ID, LOT)
            .containsEntry(PREFERRED_PROVIDER, SMILE)
            .containsEntry("caseReference", BUSINESS_KEY)
            .containsEntry("caseTitle", CASE_TITLE));
    assertThat(standstill).hasBusinessKey(BUSINESS_KEY);

    // when the standstill ends without a representation
    calledStandstill.letItRunOut(standstill);

    // then the contract is awarded and the award notice is due when the award said
    assertThat(processInstance).hasPassed("Gateway_WhatAfterStandstill")
        .variables().containsEntry(STANDSTILL_OUTCOME, PROCEED);
    runServiceTask(processInstance, "ServiceTask_AwardContract");
    assertThat(processInstance).isWaitingAt("Task_PublishAwardNotice");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(task(processInstance).getDueDate()).isEqualTo(awardNoticeDueSet);
    complete(task(processInstance), withVariables(AWARD_NOTICE_REFERENCE, "FTS-2026-000123"));

    // and the lot ends awarded
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_EngageMarket", "Task_SetEvaluationCriteria", "Task_PublishTender",
            "BoundaryEvent_ClarificationDeadlineReached", "IntermediateCatchEvent_TenderDeadlineReached",
            "Task_RecordBidsReceived", "SubProcess_CheckBidCompliance", "SubProcess_EvaluateBidsIndividually",
            "SubProcess_ModerateScores", "ServiceTask_RankBids", "Task_CheckExclusionsAndDebarment",
            "Task_WriteAwardRecommendation", "CallActivity_ApproveAwardRecommendation", "CallActivity_HoldStandstill",
            "ServiceTask_AwardContract", "Task_PublishAwardNotice", "EndEvent_ContractAwarded")
        .hasNotPassed("ServiceTask_AbandonLot", "EndEvent_ProcurementAbandoned");
    Assertions.assertThat(historicValue(LOT_OUTCOME)).isEqualTo(AWARDED);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    Assertions.assertThat(delegates.calls()).endsWith(REQUEST_APPROVAL, RECORD_APPROVAL_DECISION,
        PUBLISH_INTENTION_TO_AWARD, AWARD_CONTRACT, RECORD_AWARD_NOTICE);
  }

  @Test
  void changesRequestedToTheAwardRecommendationSendItBackToBeRewritten() {
    // given the award recommendation is with the committee
    reachAwardApproval();

    // when the committee asks for changes
    decideAwardApproval("changes-requested", "Say more about social value");

    // then the recommendation is rewritten, with the committee's comment to hand
    assertThat(processInstance).isWaitingAt("Task_WriteAwardRecommendation")
        .hasPassed("Gateway_IsAwardApproved", "Gateway_JoinAwardRecommendation")
        .hasNotPassed("CallActivity_HoldStandstill");
    assertThat(processInstance).variables()
        .containsEntry("awardApprovalOutcome", "changes-requested")
        .containsEntry("awardApprovalComment", "Say more about social value");

    // when it is rewritten and approved
    writeAwardRecommendation();
    decideAwardApproval("approved", null);

    // then the award goes into its standstill, having been approved at the second request
    assertThat(processInstance).isWaitingAt("CallActivity_HoldStandstill");
    Assertions.assertThat(timesPassed(processInstance, "Task_WriteAwardRecommendation")).isEqualTo(2);
    Assertions.assertThat(approvalRequestsSeen).hasSize(2);
  }

  @Test
  void rejectedAwardRecommendationAbandonsTheLot() {
    // given the award recommendation is with the committee
    reachAwardApproval();

    // when the committee rejects it
    decideAwardApproval("rejected", "Affordability not shown");

    // then the lot is abandoned without a standstill
    runServiceTask(processInstance, "ServiceTask_AbandonLot");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("CallActivity_ApproveAwardRecommendation", "Gateway_IsAwardApproved", "Gateway_JoinAbandon",
            "ServiceTask_AbandonLot", "EndEvent_ProcurementAbandoned")
        .hasNotPassed("CallActivity_HoldStandstill", "ServiceTask_AwardContract");
    Assertions.assertThat(historicValue(LOT_OUTCOME)).isEqualTo(ABANDONED);
    Assertions.assertThat(historicValue("awardApprovalComment")).isEqualTo("Affordability not shown");
  }

  // --- Award approval through the caller's approval chain ---

  private static final String APPROVAL_CHAIN = "ApprovalChainProcess";
  private static final String CO_COMMISSIONER_STEPS = "[{\"name\": \"Procurement\", \"role\": \"procurement-lead\"},"
      + " {\"name\": \"NHS England\", \"role\": \"director-of-commissioning\"},"
      + " {\"name\": \"PCCs and police\", \"role\": \"pcc-representative\", \"parties\": ["
      + "{\"name\": \"Avon and Somerset PCC\", \"user\": \"alex.avon\"},"
      + " {\"name\": \"Devon and Cornwall PCC\", \"user\": \"sam.devon\"}]}]";

  @Test
  void anApprovalChainGivenByTheCallerApprovesTheAwardInsteadOfTheAwardApproverRole() {
    // given a caller whose award is approved by a chain of co-commissioners
    deployApprovalChainStub();
    awardApprovalSteps = CO_COMMISSIONER_STEPS;

    // when the award recommendation is written
    reachAwardApproval();

    // then the chain is asked, with the recommendation and the caller's steps, and no single approver is
    var chain = calledProcessInstance(APPROVAL_CHAIN, processInstance);
    assertThat(chain).hasBusinessKey(BUSINESS_KEY);
    Assertions.assertThat(taskService().getVariables(task(chain).getId()))
        .containsEntry("approvalSteps", CO_COMMISSIONER_STEPS)
        .containsEntry("stage", "Award recommendation")
        .containsEntry("approvalSummary", "Award to Smile Dental Ltd: best on quality")
        .containsEntry("escalationRole", AWARD_ESCALATION_ROLE)
        .containsEntry("caseReference", BUSINESS_KEY);

    // when every step approves
    complete(task(chain), withVariables("approvalOutcome", "approved", "approvalComment", null, "approvalStep", null));

    // then the award goes into its standstill
    assertThat(processInstance).isWaitingAt("CallActivity_HoldStandstill")
        .hasPassedInOrder("Gateway_IsApprovalChainGiven", "CallActivity_ApproveAwardThroughChain",
            "Gateway_IsEveryStepApproved", "Gateway_JoinAwardApproved")
        .hasNotPassed("CallActivity_ApproveAwardRecommendation");
    Assertions.assertThat(approvalRequestsSeen).isEmpty();
  }

  @Test
  void aCommissionerRejectingTheAwardOnceSendsItBackWithTheReasonAndItIsApprovedWhenRewritten() {
    // given the award recommendation is with a chain of two commissioners
    deployApprovalChainStub();
    awardApprovalSteps = CO_COMMISSIONER_STEPS;
    reachAwardApproval();

    // when one commissioner rejects it
    complete(task(calledProcessInstance(APPROVAL_CHAIN, processInstance)), withVariables("approvalOutcome",
        "rejected", "approvalComment", "Our share is not in the recommendation",
        "approvalStep", "PCCs and police: Devon and Cornwall PCC"));

    // then the recommendation goes back to be rewritten, with the reason and who gave it, and the lot is kept
    assertThat(processInstance).isWaitingAt("Task_WriteAwardRecommendation")
        .hasPassed("Gateway_IsEveryStepApproved", "Gateway_JoinAwardRecommendation")
        .hasNotPassed("CallActivity_HoldStandstill", "ServiceTask_AbandonLot");
    assertThat(processInstance).variables()
        .containsEntry("awardApprovalOutcome", "rejected")
        .containsEntry("awardApprovalComment", "Our share is not in the recommendation")
        .containsEntry("awardApprovalStep", "PCCs and police: Devon and Cornwall PCC");

    // when it is rewritten and every step approves
    writeAwardRecommendation();
    complete(task(calledProcessInstance(APPROVAL_CHAIN, processInstance)),
        withVariables("approvalOutcome", "approved", "approvalComment", null, "approvalStep", null));

    // then the award goes into its standstill, the chain having been asked twice
    assertThat(processInstance).isWaitingAt("CallActivity_HoldStandstill");
    Assertions.assertThat(timesPassed(processInstance, "CallActivity_ApproveAwardThroughChain")).isEqualTo(2);
    Assertions.assertThat(timesPassed(processInstance, "Task_WriteAwardRecommendation")).isEqualTo(2);
  }

  /** ApprovalChainProcess as a stub: one task the test completes with the chain's outputs. */
  private void deployApprovalChainStub() {
    chainStubDeploymentId = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService()
        .createDeployment().name("approval-chain-stub")
        .addModelInstance(APPROVAL_CHAIN + "-stub.bpmn", org.camunda.bpm.model.bpmn.Bpmn
            .createExecutableProcess(APPROVAL_CHAIN).camundaHistoryTimeToLive(180)
            .startEvent().userTask("Task_StubDecision").endEvent().done())
        .deploy().getId();
  }

  @Test
  void representationReviewedToAbandonInTheStandstillAbandonsTheLot() {
    // given the approved award is in its standstill
    reachAwardApproval();
    decideAwardApproval("approved", null);
    var standstill = calledStandstill.start(processInstance);

    // when a bidder's representation leads the procurement lead to abandon
    calledStandstill.reviewARepresentation(standstill, REPRESENTATION, "abandon");

    // then the standstill returns abandon and the lot is abandoned
    assertThat(standstill).isEnded().hasPassed("EndEvent_ProcurementAbandoned");
    assertThat(processInstance).hasPassed("CallActivity_HoldStandstill", "Gateway_WhatAfterStandstill");
    runServiceTask(processInstance, "ServiceTask_AbandonLot");
    assertThat(processInstance).isEnded().hasPassed("EndEvent_ProcurementAbandoned")
        .hasNotPassed("ServiceTask_AwardContract", "EndEvent_ContractAwarded");
    Assertions.assertThat(historicValue(STANDSTILL_OUTCOME)).isEqualTo("abandon");
    Assertions.assertThat(historicValue(LOT_OUTCOME)).isEqualTo(ABANDONED);
  }

  @Test
  void representationReviewedToProceedAwardsTheContractOnceTheExtendedStandstillEnds() {
    // given the approved award is in its standstill
    reachAwardApproval();
    decideAwardApproval("approved", null);
    var standstill = calledStandstill.start(processInstance);

    // when a representation is reviewed and the award proceeds
    calledStandstill.reviewARepresentation(standstill, REPRESENTATION, PROCEED);
    assertThat(standstill).isWaitingAt("IntermediateCatchEvent_StandstillEnded");
    calledStandstill.letItRunOut(standstill);

    // then the contract is awarded
    runServiceTask(processInstance, "ServiceTask_AwardContract");
    assertThat(processInstance).isWaitingAt("Task_PublishAwardNotice");
    complete(task(processInstance), withVariables(AWARD_NOTICE_REFERENCE, "FTS-2026-000124"));
    assertThat(processInstance).isEnded().hasPassed("EndEvent_ContractAwarded");
    Assertions.assertThat(historicValue(LOT_OUTCOME)).isEqualTo(AWARDED);
  }

  @Test
  void representationReviewedToReEvaluateSendsTheBidsBackToThePanel() {
    // given the approved award is in its standstill
    reachAwardApproval();
    decideAwardApproval("approved", null);
    var standstill = calledStandstill.start(processInstance);
    var scoredBefore = individualScoresSeen.size();

    // when a representation leads the procurement lead to go back to evaluation
    calledStandstill.reviewARepresentation(standstill, REPRESENTATION, "re-evaluate");

    // then the bids still in the running are listed again and the panel scores them again,
    // each member in their own task
    assertThat(standstill).isEnded().hasPassed("EndEvent_ReturnedToEvaluation");
    assertThat(processInstance).isWaitingAt("ServiceTask_ListCompliantBids");
    listCompliantBids();
    assertThat(processInstance).isWaitingAt("Task_ScoreBid")
        .hasPassed("Gateway_WhatAfterStandstill", "Gateway_JoinEvaluation")
        .hasNotPassed("ServiceTask_AwardContract", "ServiceTask_AbandonLot");
    assertThat(processInstance).variables().containsEntry(STANDSTILL_OUTCOME, "re-evaluate");
    Assertions.assertThat(openTasks("Task_ScoreBid")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(PANEL);

    // when the re-evaluation, moderation and checks put the other bidder first
    scoreEveryBid(Map.of(FIRST_BID_ID, 2, FIRST_BID_ID + 1, 5));
    moderateEveryBid(Map.of(FIRST_BID_ID, 2, FIRST_BID_ID + 1, 5));
    runServiceTask(processInstance, "ServiceTask_RankBids");

    // then the new preferred bidder goes through the exclusion check again
    assertThat(processInstance).isWaitingAt("Task_CheckExclusionsAndDebarment");
    assertThat(processInstance).variables().containsEntry(PREFERRED_PROVIDER, NORTHSHIRE);
    Assertions.assertThat(individualScoresSeen.size() - scoredBefore).isEqualTo(6);
    Assertions.assertThat(timesPassed(processInstance, "Gateway_JoinEvaluation")).isEqualTo(2);
  }

  // --- Steps ---

  private void startProcess() {
    var variables = withVariables("caseReference", BUSINESS_KEY, "caseTitle", CASE_TITLE, LOT_ID, LOT, PSR_ROUTE,
        "competitive", "awardApproverRole", AWARD_APPROVER_ROLE, "awardEscalationRole", AWARD_ESCALATION_ROLE);
    if (awardApprovalSteps != null) {
      variables.put("awardApprovalSteps", awardApprovalSteps);
    }
    processInstance = runtimeService().startProcessInstanceByKey(COMPETITIVE_PROCESS_KEY, BUSINESS_KEY, variables);
    assertThat(processInstance).isStarted().hasBusinessKey(BUSINESS_KEY).isWaitingAt("Task_EngageMarket");
  }

  private void openTender() {
    assertThat(processInstance).isWaitingAt("Task_EngageMarket");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    complete(task(processInstance),
        withVariables("marketEngagementSummary", "Two market events, six providers interested"));
    assertThat(processInstance).isWaitingAt("Task_SetEvaluationCriteria");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    complete(task(processInstance), withVariables("specificationSummary", "Urgent dental care, 40 sessions a week",
        "weightQuality", 40, "weightValue", 20, "weightIntegration", 15, "weightAccess", 15, "weightSocialValue", 10,
        EVALUATION_PANEL, ALICE + ", " + BOB + " " + CAROL,
        CLARIFICATION_DEADLINE, CLARIFICATION_DEADLINE_DAY, TENDER_DEADLINE, TENDER_DEADLINE_DAY));
    assertThat(processInstance).isWaitingAt("Task_PublishTender");
    complete(task(processInstance), withVariables(TENDER_NOTICE_REFERENCE, "FTS-2026-000042"));
    assertThat(processInstance).isWaitingAt("Task_AnswerClarificationQuestions");
  }

  private void closeClarificationsAndReachTheTenderDeadline() {
    complete(task(processInstance), withVariables("clarificationLog", "No questions"));
    ClockUtil.setCurrentTime(justAfter(tenderDeadlineSet));
    execute(timer(processInstance, "IntermediateCatchEvent_TenderDeadlineReached"));
    assertThat(processInstance).isWaitingAt("Task_RecordBidsReceived");
  }

  private void receiveBids(String... bidderNames) {
    assertThat(processInstance).isWaitingAt("Task_RecordBidsReceived");
    complete(task(processInstance), withVariables(BIDDERS_RECEIVED, String.join("\n", bidderNames)));
  }

  /** One result per bid, in the order the bids were received; then the compliant bids are listed. */
  private void checkCompliance(String... results) {
    for (var result : results) {
      assertThat(processInstance).isWaitingAt("Task_CheckBidCompliance");
      complete(task(processInstance), withVariables(BID_COMPLIANT, result, COMPLIANCE_NOTE, "Checked against the ITT"));
    }
    listCompliantBids();
  }

  /** Lists the compliant bids; each panel member then declares no conflict of interest in the lot. */
  private void listCompliantBids() {
    runServiceTask(processInstance, "ServiceTask_ListCompliantBids");
    declareConflicts(List.of());
  }

  /** Each panel member with an open declaration declares: the named ones a conflict, the others none. */
  private void declareConflicts(List<String> conflicted) {
    for (var declaration : openTasks("Task_DeclareConflictsOfInterest")) {
      var member = declaration.getAssignee();
      Assertions.assertThat(taskService().getVariable(declaration.getId(), "lotName"))
          .isEqualTo("Lot 1: Northshire orthodontics");
      complete(declaration, conflicted.contains(member)
          ? withVariables("conflicted", "yes", "conflictInterest", "Partner works for a bidder")
          : withVariables("conflicted", "no"));
    }
  }

  private void reachIndividualEvaluation(String... bidderNames) {
    startProcess();
    openTender();
    closeClarificationsAndReachTheTenderDeadline();
    receiveBids(bidderNames);
    checkCompliance(Collections.nCopies(bidderNames.length, COMPLIANT).toArray(String[]::new));
    assertThat(processInstance).isWaitingAt("Task_ScoreBid");
  }

  private void reachExclusionCheck() {
    reachIndividualEvaluation(SMILE, NORTHSHIRE);
    scoreEveryBid(Map.of(FIRST_BID_ID, 4, FIRST_BID_ID + 1, 3));
    moderateEveryBid(Map.of(FIRST_BID_ID, 4, FIRST_BID_ID + 1, 3));
    runServiceTask(processInstance, "ServiceTask_RankBids");
    assertThat(processInstance).isWaitingAt("Task_CheckExclusionsAndDebarment");
  }

  private void reachAwardApproval() {
    reachExclusionCheck();
    checkExclusion("cleared");
    writeAwardRecommendation();
  }

  /** Scores one bid as one panel member, and records the scores. */
  private void score(String evaluator, long bidId, int score) {
    var scoreTask = scoreTaskOf(evaluator);
    Assertions.assertThat(taskService().getVariable(scoreTask.getId(), BID_ID)).isEqualTo(bidId);
    complete(scoreTask, ScoreSheet.of(evaluator, bidId, score, evaluator + " on bid " + bidId).asFormInput());
  }

  /** Every panel member gives every bid in the running the same score, here by bid. */
  private void scoreEveryBid(Map<Long, Integer> scores) {
    for (var evaluator : PANEL) {
      for (var bidId : bidsInTheRunning()) {
        score(evaluator, bidId, scores.get(bidId));
      }
    }
    assertThat(processInstance).hasPassed("SubProcess_EvaluateBidsIndividually");
  }

  private void moderateEveryBid(Map<Long, Integer> scores) {
    for (var bidId : bidsInTheRunning()) {
      assertThat(processInstance).isWaitingAt("Task_AgreeConsensusScores");
      Assertions.assertThat(taskService().getVariable(task(processInstance).getId(), "bidderName"))
          .isEqualTo(bidders.get(bidId));
      complete(task(processInstance), ScoreSheet.of("panel", bidId, scores.get(bidId), "Agreed").asFormInput());
    }
  }

  private void checkExclusion(String result) {
    assertThat(processInstance).isWaitingAt("Task_CheckExclusionsAndDebarment");
    complete(task(processInstance), withVariables(EXCLUSION_CHECK, result,
        EXCLUSION_REASON, EXCLUDED.equals(result) ? "On the debarment list" : null));
  }

  private void writeAwardRecommendation() {
    assertThat(processInstance).isWaitingAt("Task_WriteAwardRecommendation");
    complete(task(processInstance), withVariables("awardRecommendation", "Award to Smile Dental Ltd: best on quality"));
    // the committee member who is to decide declares no conflict of interest first
    assertThat(processInstance).isWaitingAt("Task_DeclareApproverConflicts");
    assertThat(task(processInstance)).hasCandidateGroup(AWARD_APPROVER_ROLE);
    complete(task(processInstance), withVariables("conflicted", "no"));
    assertThat(processInstance).isWaitingAt(awardApprovalSteps == null
            ? "CallActivity_ApproveAwardRecommendation" : "CallActivity_ApproveAwardThroughChain")
        .variables().containsEntry(AWARD_APPROVER, COMMITTEE_MEMBER);
  }

  /** Runs the called approval to the committee's decision. */
  private void decideAwardApproval(String outcome, String comment) {
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveAwardRecommendation");
    var approval = approval();
    runServiceTask(approval, "ServiceTask_RequestApproval");
    assertThat(task(approval)).hasCandidateGroup(AWARD_APPROVER_ROLE);
    complete(task(approval), withVariables(StageApprovalVariables.APPROVAL_OUTCOME, outcome,
        StageApprovalVariables.APPROVAL_COMMENT, comment));
    assertThat(approval).isEnded().hasPassed("EndEvent_ApprovalDecided");
  }

  // --- Stand-in case store ---

  private List<Long> bidsInTheRunning() {
    return compliance.entrySet().stream()
        .filter(entry -> entry.getValue() && !excluded.contains(entry.getKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Bids in the running by consensus total, best first. */
  private List<Long> ranking() {
    return bidsInTheRunning().stream()
        .sorted(Comparator.comparing((Long bidId) -> consensusTotals.getOrDefault(bidId, 0)).reversed())
        .toList();
  }

  /** As the real ranking does: the preferred bidder (or none) and the ranking's summary. */
  private Map<String, Object> preferred() {
    var ranking = ranking();
    var variables = new HashMap<String, Object>();
    variables.put(PREFERRED_BID_ID, ranking.isEmpty() ? null : ranking.get(0));
    variables.put(PREFERRED_PROVIDER, ranking.isEmpty() ? null : bidders.get(ranking.get(0)));
    variables.put(RANKING_SUMMARY, ranking.stream()
        .map(bidId -> (ranking.indexOf(bidId) + 1) + ". " + bidders.get(bidId))
        .collect(Collectors.joining("\n")));
    return variables;
  }

  private static Date endOfDay(Object formDate) {
    return Date.from(LocalDate.parse(formDate.toString()).plusDays(1).atStartOfDay(LONDON).toInstant());
  }

  // --- Engine look-ups ---

  private ProcessInstance approval() {
    return calledProcessInstance(StageApprovalVariables.PROCESS_KEY, processInstance);
  }

  private List<Task> openTasks(String taskDefinitionKey) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId())
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  private Task scoreTaskOf(String evaluator) {
    var scoreTask = taskService().createTaskQuery().processInstanceId(processInstance.getId())
        .taskDefinitionKey("Task_ScoreBid").taskAssignee(evaluator).singleResult();
    Assertions.assertThat(scoreTask).as("%s's scoring task", evaluator).isNotNull();
    return scoreTask;
  }

  /** A variable of the process instance itself (not of a task or sub-process scope), from history. */
  private Object historicValue(String name) {
    List<HistoricVariableInstance> variables = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstance.getId())
        .variableName(name)
        .list()
        .stream()
        .filter(variable -> processInstance.getId().equals(variable.getActivityInstanceId()))
        .toList();
    Assertions.assertThat(variables).as("process variable %s", name).hasSize(1);
    return variables.get(0).getValue();
  }
}
