package org.commissioninghub.dental.contract.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.dental.contract.DentalContractVariables.*;
import static org.commissioninghub.testsupport.ProcessTestSupport.candidateGroups;
import static org.commissioninghub.testsupport.ProcessTestSupport.justAfter;
import static org.commissioninghub.testsupport.ProcessTestSupport.justBefore;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.commissioninghub.dental.contract.ContractPolicy;
import org.commissioninghub.dental.contract.ContractYears;
import org.commissioninghub.dental.contract.DeliveryReconciliation;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs DentalContractProcess on its own on an in-memory engine, for one awarded lot with 10,000
 * UDAs a year and an annual contract value of 300,000 (30 a UDA), from 1 April 2027.
 *
 * <p>The hub's recording of each form and its service tasks are stand-ins that answer what the
 * real ones answer, computing with the hub's own {@link ContractYears} (contract years and their
 * timers) and {@link DeliveryReconciliation} (delivery %, outcome, undelivered value) under the
 * default {@link ContractPolicy}; a small ledger stands in for the contract record. Timers are driven
 * by the engine clock.
 */
@Deployment(resources = "processes/DentalContractProcess.bpmn")
class DentalContractProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2027-0007";
  private static final long LOT = 7L;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ContractPolicy POLICY = ContractPolicy.defaults();
  private static final int CONTRACTED_UDAS = 10_000;
  private static final BigDecimal ANNUAL_VALUE = BigDecimal.valueOf(300_000);
  private static final LocalDate START = LocalDate.of(2027, 4, 1);

  private final DelegateStandIns delegates = new DelegateStandIns();

  /** The contract record as the stand-ins keep it: per year, what was reconciled and chosen. */
  private final Map<Integer, DeliveryReconciliation.Result> reconciled = new HashMap<>();
  private final Map<Integer, BigDecimal> clawbacks = new HashMap<>();
  private final Map<Integer, String> recoveryPlans = new HashMap<>();
  private final Map<Long, Map<String, Object>> variations = new LinkedHashMap<>();
  private final List<String> notices = new ArrayList<>();
  private int termYears = 2;

  @BeforeEach
  void standIns() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 3, 20)));
    delegates.register("dentalContractOpenContractDelegate", execution -> {
      execution.setVariable(LOT_NAME, "Lot 1 Torbay");
      execution.setVariable(PROVIDER_NAME, "Smile Dental Ltd");
    });
    delegates.register("dentalContractOpenContractYearDelegate", execution -> {
      var number = (Integer) execution.getVariable(CONTRACT_YEAR);
      var period = ContractYears.of(START, termYears, POLICY.contractYearStart()).get(number - 1);
      execution.setVariable(CONTRACT_YEAR_LABEL, period.label(POLICY.contractYearStart()));
      execution.setVariable(MID_YEAR_REVIEW_DATE, at(period.midYearReviewOn()));
      execution.setVariable(CONTRACT_YEAR_END_DATE, at(period.endsOn().plusDays(1)));
    });
    delegates.register("dentalContractApplyOverPerformanceRuleDelegate", execution ->
        Assertions.assertThat(reconciled.get(year(execution.getVariable(CONTRACT_YEAR))).outcome())
            .isEqualTo(DeliveryReconciliation.Outcome.OVER_DELIVERED));
    delegates.register("dentalContractPutVariationIntoEffectDelegate", execution -> {
      var variation = variations.get(((Number) execution.getVariable(VARIATION_ID)).longValue());
      if ((Boolean) variation.get("noticeRequired") && variation.get("notice") == null) {
        throw new IllegalStateException("the variation takes effect only once its transparency notice is published");
      }
      variation.put("inEffect", true);
    });
    delegates.register("dentalContractOpenProcurementCaseDelegate",
        execution -> execution.setVariable(SUCCESSOR_CASE_REFERENCE, "DEN-2031-0001"));
    delegates.register("dentalContractEndContractDelegate", execution -> {});

    delegates.answer("dental-contract-confirm-premises", task -> Map.of());
    delegates.answer("dental-contract-check-performer-list", task -> Map.of());
    delegates.answer("dental-contract-confirm-cqc-registration", task -> Map.of());
    delegates.answer("dental-contract-set-up-nhsbsa-contract", task -> Map.of());
    delegates.answer("dental-contract-hand-over", task -> {
      var years = new ArrayList<Integer>();
      ContractYears.of(START, termYears, POLICY.contractYearStart()).forEach(period -> years.add(period.number()));
      var today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
      return Map.of(CONTRACT_YEARS, years, RECOMMISSIONING_DECISION_DUE,
          at(POLICY.recommissioningDecisionDue(ContractYears.endOfTerm(START, termYears), today)));
    });
    delegates.answer("dental-contract-review-mid-year", task ->
        Map.of(CONCERN_RAISED, "yes".equals(task.getVariable(CONTRACT_CONCERN))));
    delegates.answer("dental-contract-issue-remedial-notice", task -> {
      notices.add("remedial");
      return Map.of(REMEDIAL_DEADLINE_DATE,
          at(LocalDate.parse((String) task.getVariable(REMEDIAL_DEADLINE)).plusDays(1)));
    });
    delegates.answer("dental-contract-check-remedial-action", task ->
        Map.of(CONCERN_REMEDIED, "yes".equals(task.getVariable(REMEDIAL_ACTION_TAKEN))));
    delegates.answer("dental-contract-issue-breach-notice", task -> {
      notices.add("breach");
      return Map.of();
    });
    delegates.answer("dental-contract-reconcile-year-end", task -> {
      var result = DeliveryReconciliation.reconcile(POLICY, CONTRACTED_UDAS,
          ((Number) task.getVariable(DELIVERED_UNITS)).intValue(), ANNUAL_VALUE);
      reconciled.put(year(task.getVariable(CONTRACT_YEAR)), result);
      return Map.of(DELIVERY_OUTCOME, result.outcome().id(), DELIVERY_PERCENT, result.deliveryPercent() + "%",
          UNDELIVERED_VALUE, result.undeliveredValue().toPlainString(),
          VARIATION_PROPOSED, "yes".equals(task.getVariable(VARIATION_PROPOSAL)));
    });
    delegates.answer("dental-contract-choose-under-delivery-remedy", task -> {
      var year = year(task.getVariable(CONTRACT_YEAR));
      if ("clawback".equals(task.getVariable(UNDER_DELIVERY_REMEDY))) {
        clawbacks.put(year, reconciled.get(year).undeliveredValue());
      } else {
        recoveryPlans.put(year, (String) task.getVariable(RECOVERY_PLAN));
      }
      return Map.of();
    });
    delegates.answer("dental-contract-record-variation", task -> {
      var id = (long) variations.size() + 1;
      var value = new BigDecimal(task.getVariable(VARIATION_VALUE).toString());
      var variation = new HashMap<String, Object>();
      variation.put("value", value);
      variation.put("noticeRequired", value.compareTo(POLICY.transparencyNoticeThreshold()) >= 0);
      variations.put(id, variation);
      return Map.of(TRANSPARENCY_NOTICE_REQUIRED, variation.get("noticeRequired"), VARIATION_ID, id);
    });
    delegates.answer("dental-contract-publish-transparency-notice", task -> {
      variations.get(((Number) task.getVariable(VARIATION_ID)).longValue())
          .put("notice", task.getVariable(TRANSPARENCY_NOTICE_REFERENCE));
      return Map.of();
    });
    delegates.answer("dental-contract-decide-recommissioning", task ->
        Map.of(RECOMMISSION_SERVICE, "yes".equals(task.getVariable(RECOMMISSIONING))));
  }

  @AfterEach
  void reset() {
    resetProcessTestState();
  }

  @Test
  void shouldRunTwoContractYearsWithAClawbackInOneAndAVariationNeedingATransparencyNotice() {
    var instance = start();
    mobiliseAndHandOver(instance);

    // 2027/28: 9,000 of 10,000 UDAs is 90%, below the 96% tolerance: the commissioner claws back
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2028, 4, 1));
    reconcile(instance, 9_000, "no");
    assertThat(instance).isWaitingAt("Task_ChooseUnderDeliveryRemedy");
    Assertions.assertThat(candidateGroups(task(instance, "Task_ChooseUnderDeliveryRemedy")))
        .containsExactly("commissioning-manager");
    Assertions.assertThat(taskService().getVariable(task(instance, "Task_ChooseUnderDeliveryRemedy").getId(),
        UNDELIVERED_VALUE)).isEqualTo("30000.00");
    complete(task(instance, "Task_ChooseUnderDeliveryRemedy"), withVariables(UNDER_DELIVERY_REMEDY, "clawback"));
    Assertions.assertThat(clawbacks).containsExactly(Map.entry(1, new BigDecimal("30000.00")));

    // 2028/29: 9,800 UDAs is 98%, within tolerance; a variation of 600,000 needs a transparency notice
    reachMidYear(instance, LocalDate.of(2028, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2029, 4, 1));
    reconcile(instance, 9_800, "yes");
    Assertions.assertThat(reconciled.get(2).outcome()).isEqualTo(DeliveryReconciliation.Outcome.WITHIN_TOLERANCE);
    assertThat(instance).isWaitingAt("Task_RecordContractVariation");
    complete(task(instance, "Task_RecordContractVariation"), withVariables(VARIATION_DESCRIPTION,
        "Add 2,000 UDAs for the new surgery", VARIATION_VALUE, 600_000, VARIATION_EFFECTIVE_DATE, "2029-05-01"));
    assertThat(instance).isWaitingAt("Task_PublishTransparencyNotice");
    Assertions.assertThat(variations.get(1L)).doesNotContainKey("inEffect");
    complete(task(instance, "Task_PublishTransparencyNotice"), withVariables(TRANSPARENCY_NOTICE_REFERENCE,
        "FTS-2029-001", TRANSPARENCY_NOTICE_PUBLISHED_ON, "2029-04-10"));
    runServiceTask(instance, "ServiceTask_PutVariationIntoEffect");
    Assertions.assertThat(variations.get(1L)).containsEntry("notice", "FTS-2029-001").containsEntry("inEffect", true);

    decideOnRecommissioning(instance, "no");
    Assertions.assertThat(clawbacks).hasSize(1);
    Assertions.assertThat(timesPassed(instance, "Task_ChooseUnderDeliveryRemedy")).isEqualTo(1);
    Assertions.assertThat(timesPassed(instance, "ServiceTask_ApplyOverPerformanceRule")).isZero();
    Assertions.assertThat(timesPassed(instance, "Task_ReconcileYearEndDelivery")).isEqualTo(2);
    Assertions.assertThat(timesPassed(instance, "ServiceTask_OpenProcurementCase")).isZero();
    assertThat(instance).isEnded().hasPassed("ServiceTask_EndContract", "EndEvent_ContractEnded");
  }

  @Test
  void shouldRecordARecoveryPlanInsteadOfAClawback() {
    termYears = 1;
    var instance = start();
    mobiliseAndHandOver(instance);
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2028, 4, 1));
    reconcile(instance, 9_599, "no");

    complete(task(instance, "Task_ChooseUnderDeliveryRemedy"), withVariables(UNDER_DELIVERY_REMEDY, "recovery-plan",
        RECOVERY_PLAN, "Extra evening sessions from May"));

    Assertions.assertThat(recoveryPlans).containsExactly(Map.entry(1, "Extra evening sessions from May"));
    Assertions.assertThat(clawbacks).isEmpty();
    reachRecommissioningDecision(instance);
  }

  @Test
  void shouldApplyTheOverPerformanceRuleAboveOneHundredPercent() {
    termYears = 1;
    var instance = start();
    mobiliseAndHandOver(instance);
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2028, 4, 1));
    reconcile(instance, 10_001, "no");

    runServiceTask(instance, "ServiceTask_ApplyOverPerformanceRule");

    Assertions.assertThat(reconciled.get(1).carriedForwardUnits()).isEqualTo(1);
    Assertions.assertThat(timesPassed(instance, "Task_ChooseUnderDeliveryRemedy")).isZero();
    reachRecommissioningDecision(instance);
  }

  @Test
  void shouldGoStraightOnAtExactlyTheToleranceAndAtOneHundredPercent() {
    var instance = start();
    mobiliseAndHandOver(instance);
    for (var year = 1; year <= 2; year++) {
      reachMidYear(instance, LocalDate.of(2026 + year, 10, 1));
      reviewMidYear(instance, "no");
      reachYearEnd(instance, LocalDate.of(2027 + year, 4, 1));
      reconcile(instance, year == 1 ? 9_600 : 10_000, "no");
    }

    reachRecommissioningDecision(instance);
    Assertions.assertThat(timesPassed(instance, "Task_ChooseUnderDeliveryRemedy")).isZero();
    Assertions.assertThat(timesPassed(instance, "ServiceTask_ApplyOverPerformanceRule")).isZero();
  }

  @Test
  void shouldServeABreachNoticeWhenTheRemedialNoticeIsNotMetByItsDeadline() {
    termYears = 1;
    var instance = start();
    mobiliseAndHandOver(instance);
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "yes");
    issueRemedialNoticeAndReachItsDeadline(instance);
    complete(task(instance, "Task_CheckRemedialAction"), withVariables(REMEDIAL_ACTION_TAKEN, "no"));
    assertThat(instance).isWaitingAt("Task_IssueBreachNotice");
    Assertions.assertThat(candidateGroups(task(instance, "Task_IssueBreachNotice")))
        .containsExactly("commissioning-manager");
    complete(task(instance, "Task_IssueBreachNotice"), withVariables(BREACH_SUMMARY, "Urgent sessions not restored",
        BREACH_NOTICE_REFERENCE, "BN-2027-01"));

    Assertions.assertThat(notices).containsExactly("remedial", "breach");
    assertThat(instance).isWaitingAt("IntermediateCatchEvent_ContractYearEnded");
  }

  @Test
  void shouldServeNoBreachNoticeWhenTheConcernIsRemedied() {
    termYears = 1;
    var instance = start();
    mobiliseAndHandOver(instance);
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "yes");
    issueRemedialNoticeAndReachItsDeadline(instance);

    complete(task(instance, "Task_CheckRemedialAction"), withVariables(REMEDIAL_ACTION_TAKEN, "yes"));

    Assertions.assertThat(notices).containsExactly("remedial");
    assertThat(instance).isWaitingAt("IntermediateCatchEvent_ContractYearEnded");
  }

  @Test
  void shouldPutASmallVariationIntoEffectWithoutATransparencyNotice() {
    termYears = 1;
    var instance = start();
    mobiliseAndHandOver(instance);
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2028, 4, 1));
    reconcile(instance, 9_900, "yes");
    complete(task(instance, "Task_RecordContractVariation"), withVariables(VARIATION_DESCRIPTION,
        "Move 200 UDAs to the branch surgery", VARIATION_VALUE, 499_999.99, VARIATION_EFFECTIVE_DATE, "2028-05-01"));

    runServiceTask(instance, "ServiceTask_PutVariationIntoEffect");

    Assertions.assertThat(timesPassed(instance, "Task_PublishTransparencyNotice")).isZero();
    Assertions.assertThat(variations.get(1L)).containsEntry("inEffect", true).doesNotContainKey("notice");
  }

  @Test
  void shouldOpenANewProcurementCaseAtTheEndOfTheTermWhenTheServiceIsRecommissioned() {
    termYears = 1;
    var instance = start();
    mobiliseAndHandOver(instance);
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2028, 4, 1));
    reconcile(instance, 10_000, "no");

    reachRecommissioningDecision(instance);
    complete(task(instance, "Task_DecideWhetherToProcureAgain"), withVariables(RECOMMISSIONING, "yes"));
    runServiceTask(instance, "ServiceTask_OpenProcurementCase");
    runServiceTask(instance, "ServiceTask_EndContract");

    assertThat(instance).isEnded().hasPassed("EndEvent_ContractEnded")
        .variables().containsEntry(SUCCESSOR_CASE_REFERENCE, "DEN-2031-0001");
  }

  @Test
  void shouldAskWhetherToProcureAgainEighteenMonthsBeforeTheEndAndOpenTheNewCaseWhileTheContractRuns() {
    termYears = 3;
    var instance = start();
    mobiliseAndHandOver(instance);
    // a three-year term ends on 31 March 2030: the decision falls due on 1 October 2028
    var due = timer(instance, "IntermediateCatchEvent_RecommissioningDecisionDue");
    Assertions.assertThat(due.getDuedate()).isEqualTo(at(LocalDate.of(2028, 10, 1)));
    reachMidYear(instance, LocalDate.of(2027, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2028, 4, 1));
    reconcile(instance, 10_000, "no");
    reachMidYear(instance, LocalDate.of(2028, 10, 1));

    // the decision is taken in the contract's second year, and the new procurement starts at once
    reachRecommissioningDecision(instance);
    complete(task(instance, "Task_DecideWhetherToProcureAgain"), withVariables(RECOMMISSIONING, "yes"));
    runServiceTask(instance, "ServiceTask_OpenProcurementCase");
    assertThat(instance).isWaitingAt("Task_ReviewMidYearDelivery", "Gateway_JoinContractTerm")
        .variables().containsEntry(SUCCESSOR_CASE_REFERENCE, "DEN-2031-0001");

    // the contract runs its term to the end before it ends
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2029, 4, 1));
    reconcile(instance, 10_000, "no");
    reachMidYear(instance, LocalDate.of(2029, 10, 1));
    reviewMidYear(instance, "no");
    reachYearEnd(instance, LocalDate.of(2030, 4, 1));
    reconcile(instance, 10_000, "no");
    runServiceTask(instance, "ServiceTask_EndContract");
    assertThat(instance).isEnded().hasPassed("EndEvent_ContractEnded");
    Assertions.assertThat(timesPassed(instance, "Task_ReconcileYearEndDelivery")).isEqualTo(3);
    Assertions.assertThat(timesPassed(instance, "Task_DecideWhetherToProcureAgain")).isEqualTo(1);
  }

  @Test
  void shouldMobiliseTheLotInParallelAndHandOverOnlyOnceAllFourAreDone() {
    var instance = start();
    runServiceTask(instance, "ServiceTask_OpenContract");
    assertThat(instance).isWaitingAt("Task_ConfirmPremises", "Task_CheckPerformerList",
        "Task_ConfirmCqcRegistration", "Task_SetUpNhsbsaContract");
    Assertions.assertThat(candidateGroups(task(instance, "Task_CheckPerformerList"))).containsExactly("dental-adviser");
    Assertions.assertThat(taskService().getVariable(task(instance, "Task_ConfirmPremises").getId(), LOT_NAME))
        .isEqualTo("Lot 1 Torbay");
    complete(task(instance, "Task_ConfirmPremises"), withVariables(PREMISES_ADDRESS, "1 Harbour Street"));
    complete(task(instance, "Task_CheckPerformerList"), withVariables(PERFORMERS_CHECKED, "A. Dentist"));
    complete(task(instance, "Task_ConfirmCqcRegistration"), withVariables(CQC_PROVIDER_ID, "1-234"));

    assertThat(instance).isWaitingAt("Task_SetUpNhsbsaContract").isNotWaitingAt("Task_HandOverToContractManagement");
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  // --- steps ---

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
        Map.of(CASE_REFERENCE, BUSINESS_KEY, CASE_TITLE, "Torbay dental access", LOT_ID, LOT));
  }

  private void mobiliseAndHandOver(ProcessInstance instance) {
    runServiceTask(instance, "ServiceTask_OpenContract");
    complete(task(instance, "Task_ConfirmPremises"), withVariables(PREMISES_ADDRESS, "1 Harbour Street"));
    complete(task(instance, "Task_CheckPerformerList"), withVariables(PERFORMERS_CHECKED, "A. Dentist"));
    complete(task(instance, "Task_ConfirmCqcRegistration"), withVariables(CQC_PROVIDER_ID, "1-234"));
    complete(task(instance, "Task_SetUpNhsbsaContract"), withVariables(NHSBSA_CONTRACT_NUMBER, "123456/0001",
        ANNUAL_CONTRACT_VALUE, 300_000, TERM_YEARS, termYears));
    complete(task(instance, "Task_HandOverToContractManagement"), withVariables(CONTRACT_START_DATE,
        START.toString(), HANDOVER_NOTES, "Reconciled through NHSBSA"));
  }

  /** The year opens; its mid-year review waits for midnight starting that day, in UK time. */
  private void reachMidYear(ProcessInstance instance, LocalDate midYear) {
    runServiceTask(instance, "ServiceTask_OpenContractYear");
    assertThat(instance).isWaitingAt("IntermediateCatchEvent_MidYearReached");
    var reached = timer(instance, "IntermediateCatchEvent_MidYearReached");
    Assertions.assertThat(reached.getDuedate()).isEqualTo(at(midYear));
    ClockUtil.setCurrentTime(justBefore(reached.getDuedate()));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("IntermediateCatchEvent_MidYearReached").executable().count()).isZero();
    ClockUtil.setCurrentTime(justAfter(reached.getDuedate()));
    execute(reached);
  }

  private void reviewMidYear(ProcessInstance instance, String concern) {
    var review = task(instance, "Task_ReviewMidYearDelivery");
    Assertions.assertThat(candidateGroups(review)).containsExactly("contract-manager");
    var answers = new HashMap<String, Object>();
    answers.put(DELIVERED_TO_DATE, 4_800);
    answers.put(CONTRACT_CONCERN, concern);
    if ("yes".equals(concern)) {
      answers.put(CONCERN_SUMMARY, "Urgent sessions stopped in August");
    }
    complete(review, answers);
  }

  /** A remedial notice with a deadline of 30 November 2027; its timer fires at midnight after it, in UK time. */
  private void issueRemedialNoticeAndReachItsDeadline(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_IssueRemedialNotice");
    complete(task(instance, "Task_IssueRemedialNotice"), withVariables(REMEDIAL_ACTION,
        "Open the Saturday urgent sessions again", REMEDIAL_DEADLINE, "2027-11-30"));
    assertThat(instance).isWaitingAt("IntermediateCatchEvent_RemedialDeadlineReached");
    var deadline = timer(instance, "IntermediateCatchEvent_RemedialDeadlineReached");
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(at(LocalDate.of(2027, 12, 1)));
    ClockUtil.setCurrentTime(justAfter(deadline.getDuedate()));
    execute(deadline);
  }

  private void reachYearEnd(ProcessInstance instance, LocalDate nextYearStarts) {
    assertThat(instance).isWaitingAt("IntermediateCatchEvent_ContractYearEnded");
    var ended = timer(instance, "IntermediateCatchEvent_ContractYearEnded");
    Assertions.assertThat(ended.getDuedate()).isEqualTo(at(nextYearStarts));
    ClockUtil.setCurrentTime(justAfter(ended.getDuedate()));
    execute(ended);
  }

  private void reconcile(ProcessInstance instance, int delivered, String variationProposal) {
    complete(task(instance, "Task_ReconcileYearEndDelivery"), withVariables(DELIVERED_UNITS, delivered,
        VARIATION_PROPOSAL, variationProposal));
  }

  /** The decision whether to procure again falls due (at once for a term shorter than the lead time). */
  private void reachRecommissioningDecision(ProcessInstance instance) {
    var due = managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("IntermediateCatchEvent_RecommissioningDecisionDue").singleResult();
    if (due != null) {
      Assertions.assertThat(due.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
      execute(due);
    }
    assertThat(instance).isWaitingAt("Task_DecideWhetherToProcureAgain");
  }

  private void decideOnRecommissioning(ProcessInstance instance, String recommission) {
    reachRecommissioningDecision(instance);
    complete(task(instance, "Task_DecideWhetherToProcureAgain"), withVariables(RECOMMISSIONING, recommission));
    if ("yes".equals(recommission)) {
      runServiceTask(instance, "ServiceTask_OpenProcurementCase");
    }
    runServiceTask(instance, "ServiceTask_EndContract");
  }

  private static Task task(ProcessInstance instance, String key) {
    var task = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
    Assertions.assertThat(task).as("open task %s", key).isNotNull();
    return task;
  }

  private static org.camunda.bpm.engine.ManagementService managementService() {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService();
  }

  private static int year(Object contractYear) {
    return ((Number) contractYear).intValue();
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }
}
