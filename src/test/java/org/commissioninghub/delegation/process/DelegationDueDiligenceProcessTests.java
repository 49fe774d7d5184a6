package org.commissioninghub.delegation.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.commissioninghub.testsupport.ProcessTestSupport.candidateGroups;
import static org.commissioninghub.testsupport.ProcessTestSupport.justAfter;
import static org.commissioninghub.testsupport.ProcessTestSupport.justBefore;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.time.Instant;
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
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.commissioninghub.workflow.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs DelegationDueDiligenceProcess on its own on an in-memory engine, with the real readiness
 * decision (processes/DelegationReadiness.dmn).
 *
 * <p>Each service task delegate and each form's recording is replaced by a stand-in that sets
 * exactly the variables the real one sets: {@code checklistItemIds} (creating the checklist),
 * {@code selfAssessmentSignedOff} (the sign-off), {@code boardSaysGo}, {@code regionallyApproved}
 * and {@code stopReason} (the decisions), {@code delegationAt} (the agreement) and
 * {@code monitoringEndsAt} (monitoring started). The look-ups the model's expressions call
 * ({@code delegationRecords}) answer from the test's own checklist: each item's lead, and its ICS
 * answer and corroboration as the answering and corroborating stand-ins keep them.
 */
@Deployment(resources = {"processes/DelegationDueDiligenceProcess.bpmn", "processes/DelegationReadiness.dmn"})
class DelegationDueDiligenceProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEL-2021-0001";
  private static final Instant STARTED_AT = Instant.parse("2021-09-16T09:00:00Z");
  private static final Date ALLOCATION_DUE = Date.from(Instant.parse("2022-01-31T00:00:00Z"));
  private static final Date DELEGATION_AT = Date.from(Instant.parse("2022-07-01T00:00:00Z"));
  private static final Date MONITORING_ENDS_AT = Date.from(Instant.parse("2023-01-01T00:00:00Z"));

  /** The framework's items by id: code, the lead's role and the answer that meets it. */
  private static final Map<Long, String[]> ITEMS = new LinkedHashMap<>();

  static {
    String[][] items = {
        {"1A", "head-of-primary-care", "yes"}, {"1B", "head-of-primary-care", "yes"},
        {"2A", "programme-manager", "yes"}, {"2B", "programme-manager", "yes"}, {"2C", "programme-manager", "yes"},
        {"2D", "programme-manager", "yes"}, {"3A", "finance-lead", "no"}, {"3B", "finance-lead", "yes"},
        {"4A", "hr-lead", "yes"}, {"4B", "hr-lead", "yes"}};
    for (int i = 0; i < items.length; i++) {
      ITEMS.put(101L + i, items[i]);
    }
  }

  private final DelegateStandIns delegates = new DelegateStandIns();
  private final Map<Long, String> icsAnswers = new HashMap<>();
  private final Map<Long, String> corroborations = new HashMap<>();
  /** What the RDC will answer for an item, where it differs from the ICS's. */
  private final Map<Long, String> corroborationOverrides = new HashMap<>();
  private final List<Long> remediationsPlanned = new ArrayList<>();
  private final List<String> stopReasons = new ArrayList<>();
  private ProcessInstance processInstance;

  /** Stands in for the look-ups the diagram's expressions make of the case store. */
  public final class Records {
    public String leadRole(Long checklistItemId) {
      return ITEMS.get(checklistItemId)[1];
    }

    public String question(Long checklistItemId) {
      return "Question of item " + ITEMS.get(checklistItemId)[0] + "?";
    }

    public String checklistRows(String caseReference) {
      return "[]";
    }

    public String icsAnswer(Long checklistItemId) {
      return icsAnswers.get(checklistItemId);
    }

    public String corroboration(Long checklistItemId) {
      return corroborations.get(checklistItemId);
    }

    public String passingAnswer(Long checklistItemId) {
      return ITEMS.get(checklistItemId)[2];
    }
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(STARTED_AT));
    Mocks.register("delegationRecords", new Records());
    delegates.answer("delegation-record-expression-of-interest", task -> Map.of());
    delegates.register("delegationCreateChecklistDelegate",
        execution -> execution.setVariable("checklistItemIds", new ArrayList<>(ITEMS.keySet())));
    delegates.answer("delegation-answer-checklist-item", task -> {
      icsAnswers.put(itemOf(task.getVariable("checklistItemId")), ProcessVariables.text(task, "answer"));
      corroborations.remove(itemOf(task.getVariable("checklistItemId")));
      return Map.of();
    });
    delegates.answer("delegation-sign-off-self-assessment",
        task -> Map.of("selfAssessmentSignedOff", "yes".equals(ProcessVariables.text(task, "signedOff"))));
    delegates.answer("delegation-corroborate-checklist", task -> {
      icsAnswers.forEach((item, answer) -> corroborations.put(item, corroborationOverrides.getOrDefault(item, answer)));
      return Map.of();
    });
    delegates.answer("delegation-plan-remediation", task -> {
      remediationsPlanned.add(itemOf(task.getVariable("checklistItemId")));
      return Map.of();
    });
    delegates.answer("delegation-corroborate-checklist-item", task -> {
      corroborations.put(itemOf(task.getVariable("checklistItemId")), ProcessVariables.text(task, "corroboration"));
      return Map.of();
    });
    for (var form : List.of("delegation-assure-finance", "delegation-review-workforce",
        "delegation-review-contract-register", "delegation-review-risks", "delegation-review-it-and-data",
        "delegation-engage-local-committees", "delegation-transfer-staff-and-budget",
        "delegation-review-post-delegation-monitoring")) {
      delegates.answer(form, task -> Map.of());
    }
    delegates.answer("delegation-decide-go-no-go", task -> {
      var go = "go".equals(ProcessVariables.text(task, "boardDecision"));
      var variables = new HashMap<String, Object>();
      variables.put("boardSaysGo", go);
      variables.put("stopReason", go ? null : "ICB Board no-go: " + ProcessVariables.text(task, "boardReason"));
      return variables;
    });
    delegates.answer("delegation-approve-delegation", task -> {
      var approved = "yes".equals(ProcessVariables.text(task, "regionallyApproved"));
      var variables = new HashMap<String, Object>();
      variables.put("regionallyApproved", approved);
      variables.put("stopReason", approved ? null : "NHS England declined: "
          + ProcessVariables.text(task, "approvalComment"));
      return variables;
    });
    delegates.answer("delegation-sign-delegation-agreement", task -> Map.of("delegationAt", DELEGATION_AT));
    delegates.register("delegationStartMonitoringDelegate",
        execution -> execution.setVariable("monitoringEndsAt", MONITORING_ENDS_AT));
    delegates.register("delegationStopDelegationDelegate",
        execution -> stopReasons.add((String) execution.getVariable("stopReason")));
    delegates.register("delegationCloseCaseDelegate", execution -> {});
  }

  @AfterEach
  void tearDown() {
    resetProcessTestState();
  }

  // --- Self-assessment and corroboration ---

  @Test
  void eachItemIsAnsweredAtOnceByTheLeadForItsDomainAndNamesItsItem() {
    startProcess();
    completeTask("Task_RecordExpressionOfInterest", "expressionOfInterestSummary", "Pharmacy and optometry from 2022");
    runServiceTask(processInstance, "ServiceTask_CreateChecklist");

    var answering = tasks("Task_AnswerChecklistItem");
    Assertions.assertThat(answering).hasSize(10);
    Assertions.assertThat(answering).allSatisfy(task -> {
      var item = itemOf(taskService().getVariable(task.getId(), "checklistItemId"));
      Assertions.assertThat(candidateGroups(task)).containsExactly(ITEMS.get(item)[1]);
      Assertions.assertThat(taskService().getVariable(task.getId(), "itemQuestion"))
          .isEqualTo("Question of item " + ITEMS.get(item)[0] + "?");
    });
    Assertions.assertThat(answering.stream().map(task -> candidateGroups(task).get(0)).distinct())
        .containsExactlyInAnyOrder("head-of-primary-care", "programme-manager", "finance-lead", "hr-lead");

    // nine answered: the executive is not asked to sign off until the tenth is
    answering.subList(0, 9).forEach(task -> complete(task, answer(task)));
    assertThat(processInstance).hasNotPassed("Task_SignOffSelfAssessment");
    complete(answering.get(9), answer(answering.get(9)));
    assertThat(processInstance).isWaitingAt("Task_SignOffSelfAssessment");
    assertThat(task("Task_SignOffSelfAssessment")).hasCandidateGroup("ics-executive-group");
  }

  @Test
  void aSelfAssessmentSentBackIsAnsweredAgainItemByItem() {
    reachSignOff();

    completeTask("Task_SignOffSelfAssessment", "signedOff", "no", "signOffComment", "Evidence for 2B is thin");

    Assertions.assertThat(tasks("Task_AnswerChecklistItem")).hasSize(10);
    Assertions.assertThat(timesPassed(processInstance, "SubProcess_SelfAssessEachItem")).isEqualTo(10);
  }

  @Test
  void withEveryItemMetAndAgreedTheDueDiligenceStartsWithoutRemediation() {
    reachCorroboration();
    assertThat(task("Task_CorroborateChecklist")).hasCandidateGroup("regional-director-of-commissioning");

    completeTask("Task_CorroborateChecklist");

    assertDueDiligenceStarted();
    Assertions.assertThat(remediationsPlanned).isEmpty();
    Assertions.assertThat(timesPassed(processInstance, "BusinessRuleTask_DecideItemReadiness")).isEqualTo(10);
  }

  @Test
  void item3AAnsweredYesFailsAndOnlyThatItemIsRemediatedAndAssessedAgain() {
    var item3A = idOf("3A");
    reachCorroboration(Map.of(item3A, "yes"));

    completeTask("Task_CorroborateChecklist");

    // only 3A goes to remediation, led by the finance lead
    var plan = task("Task_PlanRemediation");
    Assertions.assertThat(itemOf(taskService().getVariable(plan.getId(), "checklistItemId"))).isEqualTo(item3A);
    Assertions.assertThat(candidateGroups(plan)).containsExactly("finance-lead");
    Assertions.assertThat(tasks("Task_AnswerChecklistItem")).isEmpty();
    complete(plan, withVariables("remediationPlan", "Recovery plan agreed", "remediationDueDate", "2021-12-01"));

    // 3A alone is answered again, now no, and corroborated
    var reassess = task("Task_ReassessChecklistItem");
    Assertions.assertThat(candidateGroups(reassess)).containsExactly("finance-lead");
    complete(reassess, withVariables("answer", "no", "evidence", "Deficit closed"));
    var corroborate = task("Task_CorroborateChecklistItem");
    Assertions.assertThat(candidateGroups(corroborate)).containsExactly("regional-director-of-commissioning");
    complete(corroborate, withVariables("corroboration", "no"));

    assertDueDiligenceStarted();
    Assertions.assertThat(remediationsPlanned).containsExactly(item3A);
    Assertions.assertThat(timesPassed(processInstance, "BusinessRuleTask_DecideItemReadiness")).isEqualTo(11);
  }

  @Test
  void aDisagreementIsRemediatedUntilTheCorroborationAgrees() {
    var item2B = idOf("2B");
    reachCorroboration();
    corroborationOverrides.put(item2B, "no");

    completeTask("Task_CorroborateChecklist");

    // the RDC disagrees with 2B: remediation, led by the governance lead
    var plan = task("Task_PlanRemediation");
    Assertions.assertThat(itemOf(taskService().getVariable(plan.getId(), "checklistItemId"))).isEqualTo(item2B);
    Assertions.assertThat(candidateGroups(plan)).containsExactly("programme-manager");
    complete(plan, withVariables("remediationPlan", "Clinical governance lead appointed", "remediationDueDate",
        "2021-11-01"));
    complete(task("Task_ReassessChecklistItem"), withVariables("answer", "yes", "evidence", "Lead in post"));

    // still disagreed once: round again
    complete(task("Task_CorroborateChecklistItem"), withVariables("corroboration", "no", "comment", "Not yet"));
    complete(task("Task_PlanRemediation"), withVariables("remediationPlan", "Committee terms", "remediationDueDate",
        "2021-12-01"));
    complete(task("Task_ReassessChecklistItem"), withVariables("answer", "yes", "evidence", "Terms agreed"));
    complete(task("Task_CorroborateChecklistItem"), withVariables("corroboration", "yes"));

    assertDueDiligenceStarted();
    Assertions.assertThat(remediationsPlanned).containsExactly(item2B, item2B);
  }

  // --- Due diligence and the allocation ---

  @Test
  void financeAssuranceWaitsForTheAllocationAndGoesAheadWhenItIsPublished() {
    reachDueDiligence();
    assertThat(processInstance).isWaitingAt("Gateway_IsAllocationKnown");
    Assertions.assertThat(tasks("Task_AssureFinance")).isEmpty();

    runtimeService().createMessageCorrelation("FinanceAllocationPublished").processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();

    assertThat(task("Task_AssureFinance")).hasCandidateGroup("finance-lead");
    Assertions.assertThat(org.commissioninghub.testsupport.ProcessTestSupport.timers(processInstance)).isEmpty();
  }

  @Test
  void anAllocationArrivingLateLetsFinanceAssuranceGoAheadOnTheAllocationDate() {
    reachDueDiligence();
    var allocationDate = timer(processInstance, "IntermediateCatchEvent_AllocationDateReached");
    Assertions.assertThat(allocationDate.getDuedate()).isEqualTo(ALLOCATION_DUE);

    ClockUtil.setCurrentTime(justBefore(ALLOCATION_DUE));
    Assertions.assertThat(org.commissioninghub.testsupport.ProcessTestSupport.dueJobs(processInstance)).isEmpty();
    ClockUtil.setCurrentTime(justAfter(ALLOCATION_DUE));
    execute(allocationDate);

    assertThat(task("Task_AssureFinance")).hasCandidateGroup("finance-lead");
    // the message arriving afterwards finds nothing waiting for it
    Assertions.assertThat(runtimeService().createExecutionQuery().processInstanceId(processInstance.getId())
        .messageEventSubscriptionName("FinanceAllocationPublished").count()).isZero();
  }

  @Test
  void theBoardDecidesOnlyOnceEveryDueDiligenceStrandIsDone() {
    reachDueDiligence();
    runtimeService().createMessageCorrelation("FinanceAllocationPublished").processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();
    assertThat(task("Task_ReviewWorkforceAndTupe")).hasCandidateGroup("hr-lead");
    assertThat(task("Task_ReviewContractRegister")).hasCandidateGroup("contract-manager");
    assertThat(task("Task_ReviewRisksAndIssues")).hasCandidateGroup("head-of-primary-care");
    assertThat(task("Task_ReviewItAndData")).hasCandidateGroup("ig-lead");
    assertThat(task("Task_EngageLocalCommittees")).hasCandidateGroup("head-of-primary-care");

    for (var strand : List.of("Task_ReviewWorkforceAndTupe", "Task_ReviewContractRegister", "Task_ReviewRisksAndIssues",
        "Task_ReviewItAndData", "Task_EngageLocalCommittees")) {
      complete(task(strand));
      Assertions.assertThat(tasks("Task_DecideGoNoGo")).isEmpty();
    }
    complete(task("Task_AssureFinance"));

    assertThat(task("Task_DecideGoNoGo")).hasCandidateGroup("icb-board");
  }

  // --- Decisions and delegation ---

  @Test
  void aBoardNoGoEndsTheCaseWithItsReason() {
    reachBoard();

    completeTask("Task_DecideGoNoGo", "boardDecision", "no-go", "boardDate", "2022-03-10",
        "boardReason", "Dental budget risk too high");
    runServiceTask(processInstance, "ServiceTask_StopDelegation");

    assertThat(processInstance).isEnded().hasPassed("EndEvent_NotDelegated")
        .hasNotPassed("Task_ApproveDelegation");
    Assertions.assertThat(stopReasons).containsExactly("ICB Board no-go: Dental budget risk too high");
  }

  @Test
  void nhsEnglandDecliningEndsTheCaseWithItsReason() {
    reachBoard();
    completeTask("Task_DecideGoNoGo", "boardDecision", "go", "boardDate", "2022-03-10");
    assertThat(task("Task_ApproveDelegation")).hasCandidateGroup("director-of-primary-care");

    completeTask("Task_ApproveDelegation", "regionallyApproved", "no", "approvalComment", "Finance gap unresolved");
    runServiceTask(processInstance, "ServiceTask_StopDelegation");

    assertThat(processInstance).isEnded().hasPassed("EndEvent_NotDelegated")
        .hasNotPassed("Task_SignDelegationAgreement");
    Assertions.assertThat(stopReasons).containsExactly("NHS England declined: Finance gap unresolved");
  }

  @Test
  void afterGoAndApprovalTheFunctionsPassOnTheDelegationDateAndAreMonitoredForThePeriod() {
    reachBoard();
    completeTask("Task_DecideGoNoGo", "boardDecision", "go", "boardDate", "2022-03-10");
    completeTask("Task_ApproveDelegation", "regionallyApproved", "yes", "approvalDate", "2022-03-20");
    assertThat(task("Task_SignDelegationAgreement")).hasCandidateGroup("regional-director-of-commissioning");
    completeTask("Task_SignDelegationAgreement", "agreementSignedDate", "2022-04-01", "delegationDate", "2022-07-01");
    assertThat(task("Task_TransferStaffAndBudget")).hasCandidateGroup("hr-lead");
    completeTask("Task_TransferStaffAndBudget", "staffTransferred", 12);

    // waiting for the delegation date
    var delegationDate = timer(processInstance, "IntermediateCatchEvent_DelegationDateReached");
    Assertions.assertThat(delegationDate.getDuedate()).isEqualTo(DELEGATION_AT);
    ClockUtil.setCurrentTime(justAfter(DELEGATION_AT));
    execute(delegationDate);
    runServiceTask(processInstance, "ServiceTask_StartMonitoring");

    // monitoring runs its period, then is reviewed and the case closes
    var monitoringEnded = timer(processInstance, "IntermediateCatchEvent_MonitoringPeriodEnded");
    Assertions.assertThat(monitoringEnded.getDuedate()).isEqualTo(MONITORING_ENDS_AT);
    ClockUtil.setCurrentTime(justAfter(MONITORING_ENDS_AT));
    execute(monitoringEnded);
    assertThat(task("Task_ReviewPostDelegationMonitoring")).hasCandidateGroup("head-of-primary-care");
    completeTask("Task_ReviewPostDelegationMonitoring", "monitoringSummary", "No emerging risks");
    runServiceTask(processInstance, "ServiceTask_CloseCase");

    assertThat(processInstance).isEnded().hasPassed("EndEvent_FunctionsDelegated");
    Assertions.assertThat(stopReasons).isEmpty();
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  // --- Helpers ---

  private void startProcess() {
    processInstance = runtimeService().startProcessInstanceByKey("DelegationDueDiligenceProcess", BUSINESS_KEY,
        withVariables("caseReference", BUSINESS_KEY, "caseTitle", "BNSSG delegation", "financeAllocationDueAt",
            ALLOCATION_DUE));
    assertThat(processInstance).isStarted().isWaitingAt("Task_RecordExpressionOfInterest");
    assertThat(task("Task_RecordExpressionOfInterest")).hasCandidateGroup("head-of-primary-care");
  }

  private void reachSignOff(Map<Long, String> answers) {
    startProcess();
    completeTask("Task_RecordExpressionOfInterest");
    runServiceTask(processInstance, "ServiceTask_CreateChecklist");
    for (var task : tasks("Task_AnswerChecklistItem")) {
      var item = itemOf(taskService().getVariable(task.getId(), "checklistItemId"));
      complete(task, withVariables("answer", answers.getOrDefault(item, ITEMS.get(item)[2]), "evidence", "Papers"));
    }
    assertThat(processInstance).isWaitingAt("Task_SignOffSelfAssessment");
  }

  private void reachSignOff() {
    reachSignOff(Map.of());
  }

  private void reachCorroboration(Map<Long, String> answers) {
    reachSignOff(answers);
    completeTask("Task_SignOffSelfAssessment", "signedOff", "yes");
    assertThat(processInstance).isWaitingAt("Task_CorroborateChecklist");
  }

  private void reachCorroboration() {
    reachCorroboration(Map.of());
  }

  private void reachDueDiligence() {
    reachCorroboration();
    completeTask("Task_CorroborateChecklist");
    assertDueDiligenceStarted();
  }

  private void reachBoard() {
    reachDueDiligence();
    runtimeService().createMessageCorrelation("FinanceAllocationPublished").processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();
    for (var strand : List.of("Task_ReviewWorkforceAndTupe", "Task_ReviewContractRegister", "Task_ReviewRisksAndIssues",
        "Task_ReviewItAndData", "Task_EngageLocalCommittees", "Task_AssureFinance")) {
      complete(task(strand));
    }
    assertThat(processInstance).isWaitingAt("Task_DecideGoNoGo");
  }

  private void assertDueDiligenceStarted() {
    assertThat(processInstance).isWaitingAt("Task_ReviewWorkforceAndTupe", "Task_ReviewContractRegister",
        "Task_ReviewRisksAndIssues", "Task_ReviewItAndData", "Task_EngageLocalCommittees");
    Assertions.assertThat(tasks("Task_PlanRemediation")).isEmpty();
  }

  private static Map<String, Object> answer(Task task) {
    var item = itemOf(taskService().getVariable(task.getId(), "checklistItemId"));
    return withVariables("answer", ITEMS.get(item)[2], "evidence", "Papers");
  }

  private static long idOf(String code) {
    return ITEMS.entrySet().stream().filter(item -> item.getValue()[0].equals(code)).findFirst().orElseThrow()
        .getKey();
  }

  private static long itemOf(Object id) {
    return ((Number) id).longValue();
  }

  private void completeTask(String taskDefinitionKey, Object... keysAndValues) {
    assertThat(processInstance).isWaitingAt(taskDefinitionKey);
    var variables = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    complete(task(taskDefinitionKey), variables);
  }

  private Task task(String taskDefinitionKey) {
    var found = tasks(taskDefinitionKey);
    Assertions.assertThat(found).as("tasks at %s", taskDefinitionKey).hasSize(1);
    return found.get(0);
  }

  private List<Task> tasks(String taskDefinitionKey) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId())
        .taskDefinitionKey(taskDefinitionKey).list();
  }
}
