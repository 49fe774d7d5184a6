package org.commissioninghub.procurement.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.procurement.ProcurementVariables.*;
import static org.commissioninghub.testsupport.ProcessTestSupport.dueJobs;
import static org.commissioninghub.testsupport.ProcessTestSupport.historicValue;
import static org.commissioninghub.testsupport.ProcessTestSupport.justAfter;
import static org.commissioninghub.testsupport.ProcessTestSupport.justBefore;
import static org.commissioninghub.testsupport.ProcessTestSupport.now;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.sendRepresentation;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.commissioninghub.testsupport.ProcessTestSupport.timers;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs StandstillProcess on its own on an in-memory engine, with its service task delegates
 * replaced by stand-ins that keep the real ones' contract with the model: the intention to award
 * sets {@code standstillEnd} (read by the standstill timer) and {@code standstillOutcome} proceed;
 * the representation review sets {@code standstillOutcome} to the review's outcome and, on proceed,
 * a later {@code standstillEnd}. Representations arrive as the application sends them: the message
 * RepresentationReceived correlated by business key and lot.
 */
@Deployment(resources = "processes/StandstillProcess.bpmn")
class StandstillProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2026-0001";
  private static final long LOT = 11L;
  private static final String CASE_TITLE = "Dental access in Northshire";
  private static final String PREFERRED = "Smile Dental Ltd";

  private static final String PUBLISH_INTENTION_TO_AWARD = "procurementPublishIntentionToAwardDelegate";
  private static final String RECORD_REPRESENTATION = "procurementRecordRepresentationDelegate";
  /** The review's answer, recorded when the review task is completed. */
  private static final String RECORD_REPRESENTATION_REVIEW = "procurement-review-representation";

  private static final Instant PUBLISHED_AT = Instant.parse("2026-05-04T10:00:00Z");
  /** The stand-ins' working-day arithmetic: the standstill and its extension, from the engine's clock. */
  private static final Duration STANDSTILL = Duration.ofDays(12);
  private static final Duration EXTENSION = Duration.ofDays(7);

  private final DelegateStandIns delegates = new DelegateStandIns();
  /** The lot and preferred provider the intention to award was published for. */
  private final List<String> intentionsSeen = new ArrayList<>();
  /** The representation summaries recorded, and the review outcomes. */
  private final List<String> representationsSeen = new ArrayList<>();
  private final List<String> reviewsSeen = new ArrayList<>();

  /** The standstill's end as the stand-ins last set it. */
  private Date standstillEndSet;
  private ProcessInstance processInstance;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(PUBLISHED_AT));
    delegates.register(PUBLISH_INTENTION_TO_AWARD, execution -> {
      intentionsSeen.add(execution.getVariable(LOT_ID) + ":" + execution.getVariable(PREFERRED_PROVIDER));
      standstillEndSet = Date.from(now().plus(STANDSTILL));
      execution.setVariable(STANDSTILL_END, standstillEndSet);
      execution.setVariable(STANDSTILL_OUTCOME, PROCEED);
    });
    delegates.register(RECORD_REPRESENTATION,
        execution -> representationsSeen.add((String) execution.getVariable(REPRESENTATION_SUMMARY)));
    delegates.answer(RECORD_REPRESENTATION_REVIEW, task -> {
      var outcome = (String) task.getVariable(REPRESENTATION_OUTCOME);
      reviewsSeen.add(outcome + ":" + task.getVariable(REPRESENTATION_REASON));
      var answered = new HashMap<String, Object>();
      if (PROCEED.equals(outcome)) {
        standstillEndSet = Date.from(now().plus(EXTENSION));
        answered.put(STANDSTILL_END, standstillEndSet);
      }
      answered.put(STANDSTILL_OUTCOME, outcome);
      return answered;
    });
  }

  @AfterEach
  void tearDown() {
    resetProcessTestState();
  }

  @Test
  void intentionToAwardIsPublishedAndTheStandstillHoldsUntilItsEnd() {
    // given the award to the preferred provider is intended
    startProcess();

    // when the intention to award is published
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");

    // then the standstill holds, its timer due at the end the publication set
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_StandstillEnded")
        .hasPassed("Gateway_JoinStandstill", "StartEvent_StandstillStarted");
    Assertions.assertThat(standstillTimer().getDuedate()).isEqualTo(standstillEndSet);
    Assertions.assertThat(intentionsSeen).containsExactly(LOT + ":" + PREFERRED);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    // and nothing is due until then
    ClockUtil.setCurrentTime(justBefore(standstillEndSet));
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();
  }

  @Test
  void standstillEndingWithoutARepresentationCompletesWithProceed() {
    // given the standstill is holding
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");

    // when its end passes with no representation
    ClockUtil.setCurrentTime(justAfter(standstillEndSet));
    Assertions.assertThat(dueJobs(processInstance)).extracting(Job::getId).containsExactly(standstillTimer().getId());
    execute(standstillTimer());

    // then the standstill completes and the award may proceed
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("ServiceTask_PublishIntentionToAward", "IntermediateCatchEvent_StandstillEnded",
            "EndEvent_StandstillPeriodOver", "EndEvent_StandstillCompleted")
        .hasNotPassed("BoundaryEvent_RepresentationReceived", "Task_ReviewRepresentation");
    Assertions.assertThat(historicValue(processInstance, STANDSTILL_OUTCOME)).isEqualTo(PROCEED);
    Assertions.assertThat(delegates.calls()).containsExactly(PUBLISH_INTENTION_TO_AWARD);
  }

  @Test
  void representationInterruptsTheStandstillForTheProcurementLeadToReview() {
    // given the standstill is holding
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");

    // when a bidder makes a representation
    ClockUtil.setCurrentTime(Date.from(PUBLISHED_AT.plus(Duration.ofDays(3))));
    sendRepresentation(BUSINESS_KEY, LOT, "Northshire Dental Care disputes its quality score");

    // then the hold is interrupted: the standstill timer is gone
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordRepresentation")
        .hasPassed("BoundaryEvent_RepresentationReceived");
    Assertions.assertThat(timers(processInstance)).isEmpty();

    // and the representation is recorded and goes to the procurement lead for review
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");
    assertThat(processInstance).isWaitingAt("Task_ReviewRepresentation");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead").isNotAssigned();
    Assertions.assertThat(representationsSeen).containsExactly("Northshire Dental Care disputes its quality score");
    assertThat(processInstance).variables()
        .containsEntry(REPRESENTATION_SUMMARY, "Northshire Dental Care disputes its quality score");
    // and the old end passing changes nothing while the review is open
    ClockUtil.setCurrentTime(justAfter(standstillEndSet));
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();
    assertThat(processInstance).isWaitingAt("Task_ReviewRepresentation");
  }

  @Test
  void reviewDecidingToProceedHoldsTheStandstillAgainUntilItsExtendedEnd() {
    // given a representation is being reviewed
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");
    var originalEnd = standstillEndSet;
    ClockUtil.setCurrentTime(Date.from(PUBLISHED_AT.plus(Duration.ofDays(10))));
    sendRepresentation(BUSINESS_KEY, LOT, "Northshire Dental Care disputes its quality score");
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");

    // when the procurement lead decides to proceed
    reviewRepresentation(PROCEED, "Scores were consistent with the criteria");

    // then the standstill holds again, until the later end the review set
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_StandstillEnded")
        .hasPassed("Gateway_WhatAfterReview");
    Assertions.assertThat(standstillEndSet).isAfter(originalEnd);
    assertThat(processInstance).variables().containsEntry(STANDSTILL_END, standstillEndSet);
    Assertions.assertThat(standstillTimer().getDuedate()).isEqualTo(standstillEndSet);
    Assertions.assertThat(timers(processInstance)).hasSize(1);
    // and the original end passing does not end it
    ClockUtil.setCurrentTime(justAfter(originalEnd));
    Assertions.assertThat(dueJobs(processInstance)).isEmpty();

    // when the extended end passes
    ClockUtil.setCurrentTime(justAfter(standstillEndSet));
    execute(standstillTimer());

    // then the standstill completes with proceed
    assertThat(processInstance).isEnded().hasPassed("EndEvent_StandstillCompleted")
        .hasNotPassed("EndEvent_ProcurementAbandoned", "EndEvent_ReturnedToEvaluation");
    Assertions.assertThat(timesPassed(processInstance, "SubProcess_HoldStandstill")).isEqualTo(2);
    Assertions.assertThat(historicValue(processInstance, STANDSTILL_OUTCOME)).isEqualTo(PROCEED);
    Assertions.assertThat(reviewsSeen).containsExactly("proceed:Scores were consistent with the criteria");
    Assertions.assertThat(delegates.calls()).containsExactly(
        PUBLISH_INTENTION_TO_AWARD, RECORD_REPRESENTATION, RECORD_REPRESENTATION_REVIEW);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  @ParameterizedTest(name = "{0} ends at {1}")
  @CsvSource({
      "abandon, EndEvent_ProcurementAbandoned",
      "re-evaluate, EndEvent_ReturnedToEvaluation"})
  void reviewDecidingNotToProceedEndsTheStandstillWithThatOutcome(String outcome, String endEvent) {
    // given a representation is being reviewed
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");
    var originalEnd = standstillEndSet;
    sendRepresentation(BUSINESS_KEY, LOT, "Bright Teeth Partnership says the panel had a conflict of interest");
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");

    // when the procurement lead decides not to proceed
    reviewRepresentation(outcome, "The representation is upheld");

    // then the standstill ends there, telling the caller what to do, and the end is unchanged
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("BoundaryEvent_RepresentationReceived", "ServiceTask_RecordRepresentation",
            "Task_ReviewRepresentation", "Gateway_WhatAfterReview", endEvent)
        .hasNotPassed("EndEvent_StandstillPeriodOver", "EndEvent_StandstillCompleted");
    Assertions.assertThat(historicValue(processInstance, STANDSTILL_OUTCOME)).isEqualTo(outcome);
    Assertions.assertThat(historicValue(processInstance, STANDSTILL_END)).isEqualTo(originalEnd);
    Assertions.assertThat(timesPassed(processInstance, "SubProcess_HoldStandstill")).isEqualTo(1);
  }

  @Test
  void secondRepresentationDuringTheExtendedStandstillIsReviewedInTurn() {
    // given a first representation was reviewed and the standstill extended
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");
    sendRepresentation(BUSINESS_KEY, LOT, "First representation");
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");
    reviewRepresentation(PROCEED, "No merit");
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_StandstillEnded");
    var extendedEnd = standstillEndSet;

    // when a second representation arrives during the extension
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    sendRepresentation(BUSINESS_KEY, LOT, "Second representation");

    // then it interrupts the extended hold and is reviewed in turn
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordRepresentation");
    Assertions.assertThat(timers(processInstance)).isEmpty();
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");
    assertThat(processInstance).isWaitingAt("Task_ReviewRepresentation");
    assertThat(task(processInstance)).hasCandidateGroup("procurement-lead");
    assertThat(processInstance).variables().containsEntry(REPRESENTATION_SUMMARY, "Second representation");

    // when that review proceeds too
    reviewRepresentation(PROCEED, "No merit either");

    // then the standstill is extended again, from the second review
    Assertions.assertThat(standstillEndSet).isAfter(extendedEnd);
    Assertions.assertThat(standstillTimer().getDuedate()).isEqualTo(standstillEndSet);
    ClockUtil.setCurrentTime(justAfter(standstillEndSet));
    execute(standstillTimer());
    assertThat(processInstance).isEnded().hasPassed("EndEvent_StandstillCompleted");
    Assertions.assertThat(representationsSeen).containsExactly("First representation", "Second representation");
    Assertions.assertThat(reviewsSeen).containsExactly("proceed:No merit", "proceed:No merit either");
    Assertions.assertThat(timesPassed(processInstance, "Task_ReviewRepresentation")).isEqualTo(2);
    Assertions.assertThat(historicValue(processInstance, STANDSTILL_OUTCOME)).isEqualTo(PROCEED);
  }

  @Test
  void secondRepresentationAfterAReviewToReEvaluateStillEndsForReEvaluation() {
    // given a first representation was reviewed, the standstill extended, and a second one arrives
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");
    sendRepresentation(BUSINESS_KEY, LOT, "First representation");
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");
    reviewRepresentation(PROCEED, "No merit");
    sendRepresentation(BUSINESS_KEY, LOT, "Second representation, with new evidence");
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");

    // when the second review sends the bids back to evaluation
    reviewRepresentation("re-evaluate", "New evidence on access");

    // then the standstill ends for re-evaluation, not with the earlier proceed
    assertThat(processInstance).isEnded().hasPassed("EndEvent_ReturnedToEvaluation")
        .hasNotPassed("EndEvent_StandstillCompleted");
    Assertions.assertThat(historicValue(processInstance, STANDSTILL_OUTCOME)).isEqualTo("re-evaluate");
  }

  @Test
  void representationWhileTheLastOneIsUnderReviewIsRefused() {
    // given a representation is being reviewed
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");
    sendRepresentation(BUSINESS_KEY, LOT, "First representation");
    runServiceTask(processInstance, "ServiceTask_RecordRepresentation");
    assertThat(processInstance).isWaitingAt("Task_ReviewRepresentation");

    // when another arrives before the review is decided
    // then nothing is waiting for it
    assertThatThrownBy(() -> sendRepresentation(BUSINESS_KEY, LOT, "Second representation"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(processInstance).isWaitingAt("Task_ReviewRepresentation");
    Assertions.assertThat(representationsSeen).containsExactly("First representation");
  }

  @Test
  void representationForAnotherLotOfTheCaseLeavesThisStandstillAlone() {
    // given this lot's standstill is holding
    startProcess();
    runServiceTask(processInstance, "ServiceTask_PublishIntentionToAward");

    // when a representation is sent for lot 12 of the same case
    // then it does not reach this lot's standstill
    assertThatThrownBy(() -> sendRepresentation(BUSINESS_KEY, 12L, "About lot 12"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_StandstillEnded");
    Assertions.assertThat(standstillTimer().getDuedate()).isEqualTo(standstillEndSet);
  }

  private void startProcess() {
    processInstance = runtimeService().startProcessInstanceByKey(STANDSTILL_PROCESS_KEY, BUSINESS_KEY,
        withVariables("caseReference", BUSINESS_KEY, "caseTitle", CASE_TITLE, LOT_ID, LOT,
            PREFERRED_PROVIDER, PREFERRED));
    assertThat(processInstance).isStarted().hasBusinessKey(BUSINESS_KEY)
        .isWaitingAt("ServiceTask_PublishIntentionToAward");
  }

  private void reviewRepresentation(String outcome, String reason) {
    assertThat(processInstance).isWaitingAt("Task_ReviewRepresentation");
    complete(task(processInstance), withVariables(REPRESENTATION_OUTCOME, outcome, REPRESENTATION_REASON, reason));
  }

  private Job standstillTimer() {
    return timer(processInstance, "IntermediateCatchEvent_StandstillEnded");
  }
}
