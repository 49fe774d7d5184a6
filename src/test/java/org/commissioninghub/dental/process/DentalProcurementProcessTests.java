package org.commissioninghub.dental.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.commissioninghub.dental.DentalProcurementVariables.ACCESS_GAP_IDENTIFIED;
import static org.commissioninghub.dental.DentalProcurementVariables.ANNUAL_CONTRACT_VALUE;
import static org.commissioninghub.dental.DentalProcurementVariables.ANY_LOT_AWARDED;
import static org.commissioninghub.dental.DentalProcurementVariables.AWARDED_LOT_IDS;
import static org.commissioninghub.dental.DentalProcurementVariables.BUDGET_CODE;
import static org.commissioninghub.dental.DentalProcurementVariables.BUSINESS_CASE_AFFORDABLE;
import static org.commissioninghub.dental.DentalProcurementVariables.BUSINESS_CASE_APPROVAL_COMMENT;
import static org.commissioninghub.dental.DentalProcurementVariables.BUSINESS_CASE_SUMMARY;
import static org.commissioninghub.dental.DentalProcurementVariables.CASE_REFERENCE;
import static org.commissioninghub.dental.DentalProcurementVariables.CASE_TITLE;
import static org.commissioninghub.dental.DentalProcurementVariables.CHANGE_VALUE;
import static org.commissioninghub.dental.DentalProcurementVariables.CONFIRMED_ROUTE;
import static org.commissioninghub.dental.DentalProcurementVariables.CONSIDERABLE_CHANGE_MINIMUM_SHARE;
import static org.commissioninghub.dental.DentalProcurementVariables.CONSIDERABLE_CHANGE_MINIMUM_VALUE;
import static org.commissioninghub.dental.DentalProcurementVariables.EXISTING_VALUE;
import static org.commissioninghub.dental.DentalProcurementVariables.EXTENSION_YEARS;
import static org.commissioninghub.dental.DentalProcurementVariables.FINANCE_COMMENTS;
import static org.commissioninghub.dental.DentalProcurementVariables.FINANCE_OUTCOME;
import static org.commissioninghub.dental.DentalProcurementVariables.INCUMBENT_PERFORMING;
import static org.commissioninghub.dental.DentalProcurementVariables.LOT_DESIGN_SUMMARY;
import static org.commissioninghub.dental.DentalProcurementVariables.LOT_ID;
import static org.commissioninghub.dental.DentalProcurementVariables.LOT_IDS;
import static org.commissioninghub.dental.DentalProcurementVariables.LOT_NAME;
import static org.commissioninghub.dental.DentalProcurementVariables.MATERIALLY_DIFFERENT_IN_CHARACTER;
import static org.commissioninghub.dental.DentalProcurementVariables.LOTS;
import static org.commissioninghub.dental.DentalProcurementVariables.MOST_SUITABLE_PROVIDER_IDENTIFIABLE;
import static org.commissioninghub.dental.DentalProcurementVariables.NEEDS_OUTCOME;
import static org.commissioninghub.dental.DentalProcurementVariables.NEEDS_SUMMARY;
import static org.commissioninghub.dental.DentalProcurementVariables.NEW_SERVICE;
import static org.commissioninghub.dental.DentalProcurementVariables.ONLY_ONE_CAPABLE_PROVIDER;
import static org.commissioninghub.dental.DentalProcurementVariables.PATIENT_CHOICE_ALL_QUALIFYING;
import static org.commissioninghub.dental.DentalProcurementVariables.POPULATION_COVERED;
import static org.commissioninghub.dental.DentalProcurementVariables.PROCESS_KEY;
import static org.commissioninghub.dental.DentalProcurementVariables.PROCUREMENT_NEEDED;
import static org.commissioninghub.dental.DentalProcurementVariables.PSR_RECOMMENDATION;
import static org.commissioninghub.dental.DentalProcurementVariables.PSR_ROUTE;
import static org.commissioninghub.dental.DentalProcurementVariables.RECOMMENDED_ROUTE;
import static org.commissioninghub.dental.DentalProcurementVariables.ROUTE_REASON;
import static org.commissioninghub.dental.DentalProcurementVariables.TERM_YEARS;
import static org.commissioninghub.testsupport.ProcessTestSupport.historicValue;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.commissioninghub.testsupport.LotNames;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.commissioninghub.workflow.FormRows;
import org.commissioninghub.workflow.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs DentalProcurementProcess on its own on an in-memory engine, with the real PSR route decision
 * table ({@code processes/PsrRouteDecision.dmn}) so that route recommendations are the table's own.
 *
 * <p>Every service task delegate is replaced by a stand-in that sets exactly the variables the real
 * delegate sets: {@code procurementNeeded} (needs assessment), {@code lotIds} (lot design, an
 * {@code ArrayList<Long>}), {@code businessCaseAffordable} (finance check), the PSR answers as
 * booleans and doubles plus the two considerable change thresholds (PSR answers), {@code psrRoute}
 * and {@code lotIds} (procurement route) and {@code anyLotAwarded} (procurement outcome). The
 * delegates that only write to the case store set nothing. A small map of lots stands in for the
 * case store's lots: lot design creates them, and the procurement outcome reads their status, which
 * the called procurement processes set in the real application.
 *
 * <p>The called processes are stubs, each a single user task: the test decides what the called
 * process returns by completing the task with the variables the real process would return
 * (StageApprovalProcess: {@code approvalOutcome}, {@code approvalComment}; CompetitiveProcurementProcess
 * and DirectAwardProcess: {@code lotOutcome}), and reads what was passed in from the task's
 * variables.
 */
@Deployment(resources = {"processes/DentalProcurementProcess.bpmn", "processes/PsrRouteDecision.dmn"})
class DentalProcurementProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "DEN-2026-0001";
  private static final String CASE_TITLE_TEXT = "Dental access in Northshire";

  // The forms whose answers the hub records when their task is completed
  private static final String RECORD_NEEDS_ASSESSMENT = "dental-assess-oral-health-needs";
  private static final String RECORD_LOT_DESIGN = "dental-design-lots";
  private static final String RECORD_BUSINESS_CASE = "dental-prepare-business-case";
  private static final String RECORD_FINANCE_CHECK = "dental-check-affordability";
  private static final String RECORD_PSR_ANSWERS = "dental-answer-psr-questions";
  private static final String RECORD_PROCUREMENT_ROUTE = "dental-confirm-procurement-route";

  // Delegate beans named in the model, where the hub computes or ends something
  private static final String CLOSE_CASE = "dentalCloseCaseDelegate";
  private static final String CLOSE_CASE_AFTER_CONTRACTS = "dentalCloseCaseAfterContractsDelegate";
  private static final String STOP_PROCUREMENT = "dentalStopProcurementDelegate";
  private static final String RECORD_PROCUREMENT_OUTCOME = "dentalRecordProcurementOutcomeDelegate";
  private static final String RECORD_ROUTE_RECOMMENDATION = "dentalRecordRouteRecommendationDelegate";

  // The called processes, stubbed
  private static final String STAGE_APPROVAL = "StageApprovalProcess";
  private static final String COMPETITIVE = "CompetitiveProcurementProcess";
  private static final String DIRECT_AWARD = "DirectAwardProcess";
  private static final String CONTRACT = "DentalContractProcess";
  private static final String STUB_TASK = "Task_StubDecision";

  // Route values
  private static final String ROUTE_COMPETITIVE = "competitive";
  private static final String ROUTE_DIRECT_AWARD_A = "direct-award-a";
  private static final String ROUTE_DIRECT_AWARD_C = "direct-award-c";
  private static final String ROUTE_MOST_SUITABLE_PROVIDER = "most-suitable-provider";

  // Lot outcomes returned by the procurement processes
  private static final String AWARDED = "awarded";
  private static final String ABANDONED = "abandoned";

  private static final String LOT_NORTH = "Northshire North: general and urgent";
  private static final String LOT_SOUTH = "Northshire South: orthodontic";
  private static final long FIRST_LOT_ID = 1001L;

  private static final String BUSINESS_CASE_TEXT = "Two lots of general and urgent care across Northshire";
  private static final double MINIMUM_VALUE = 500000.0;
  private static final double MINIMUM_SHARE = 0.25;

  private final DelegateStandIns delegates = new DelegateStandIns();
  /** Stand-in for the case's lots in the case store: id to name, and id to status. */
  private final Map<Long, String> lots = new LinkedHashMap<>();
  private final Map<Long, String> lotStatuses = new LinkedHashMap<>();
  /** What the route recording read: the lot, its confirmed route, reason and recommended route. */
  private final List<RouteRecorded> routesRecorded = new ArrayList<>();
  /** The route the recommendation delegate kept for each lot. */
  private final Map<Long, String> recommendations = new LinkedHashMap<>();
  /** The reasons the stop delegate read. */
  private final List<String> stopReasons = new ArrayList<>();
  /** Every stub instance the test decided, with the variables passed into it. */
  private final List<CalledProcess> calledProcesses = new ArrayList<>();

  private String stubDeploymentId;
  private ProcessInstance processInstance;

  private record RouteRecorded(long lotId, String confirmedRoute, String reason, String recommendedRoute) {}

  private record CalledProcess(String processKey, String businessKey, Map<String, Object> inputs) {}

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    delegates.answer(RECORD_NEEDS_ASSESSMENT, task -> Map.of(PROCUREMENT_NEEDED,
        "procure".equals(ProcessVariables.text(task, NEEDS_OUTCOME))));
    delegates.register(CLOSE_CASE, execution -> {});
    delegates.answer(RECORD_LOT_DESIGN, task -> {
      var lotIds = new ArrayList<Long>();
      for (var lot : FormRows.of(task.getVariable(LOTS))) {
        var id = FIRST_LOT_ID + lots.size();
        lots.put(id, (String) lot.get("name"));
        lotIds.add(id);
      }
      return Map.of(LOT_IDS, lotIds);
    });
    delegates.answer(RECORD_BUSINESS_CASE, task -> Map.of());
    delegates.answer(RECORD_FINANCE_CHECK, task -> {
      var outcome = ProcessVariables.text(task, FINANCE_OUTCOME);
      if (!"affordable".equals(outcome) && !"revise".equals(outcome)) {
        throw new IllegalArgumentException("unknown finance check outcome '" + outcome + "'");
      }
      return Map.of(BUSINESS_CASE_AFFORDABLE, "affordable".equals(outcome));
    });
    delegates.register(STOP_PROCUREMENT,
        execution -> stopReasons.add(ProcessVariables.text(execution, BUSINESS_CASE_APPROVAL_COMMENT)));
    delegates.answer(RECORD_PSR_ANSWERS, task -> {
      var answered = new LinkedHashMap<String, Object>();
      for (var answer : List.of(NEW_SERVICE, ONLY_ONE_CAPABLE_PROVIDER, PATIENT_CHOICE_ALL_QUALIFYING,
          INCUMBENT_PERFORMING, MATERIALLY_DIFFERENT_IN_CHARACTER, MOST_SUITABLE_PROVIDER_IDENTIFIABLE)) {
        answered.put(answer, ProcessVariables.flag(task, answer));
      }
      answered.put(EXISTING_VALUE, ProcessVariables.decimal(task, EXISTING_VALUE).doubleValue());
      answered.put(CHANGE_VALUE, ProcessVariables.decimal(task, CHANGE_VALUE).doubleValue());
      answered.put(CONSIDERABLE_CHANGE_MINIMUM_VALUE, MINIMUM_VALUE);
      answered.put(CONSIDERABLE_CHANGE_MINIMUM_SHARE, MINIMUM_SHARE);
      return answered;
    });
    delegates.register(RECORD_ROUTE_RECOMMENDATION, execution -> recommendations.put(
        ((Number) execution.getVariable(LOT_ID)).longValue(),
        (String) ((Map<?, ?>) execution.getVariable(PSR_RECOMMENDATION)).get("psrRoute")));
    delegates.answer(RECORD_PROCUREMENT_ROUTE, task -> {
      var route = ProcessVariables.text(task, CONFIRMED_ROUTE);
      var lotId = ((Number) task.getVariable(LOT_ID)).longValue();
      routesRecorded.add(new RouteRecorded(lotId, route, ProcessVariables.text(task, ROUTE_REASON),
          recommendations.get(lotId)));
      return Map.of(PSR_ROUTE, route);
    });
    Mocks.register("procurementRecords", new LotNames(lots));
    delegates.register(RECORD_PROCUREMENT_OUTCOME, execution -> {
      var awarded = new ArrayList<>(lotStatuses.entrySet().stream()
          .filter(lot -> AWARDED.equals(lot.getValue())).map(Map.Entry::getKey).toList());
      execution.setVariable(AWARDED_LOT_IDS, awarded);
      execution.setVariable(ANY_LOT_AWARDED, !awarded.isEmpty());
    });
    delegates.register(CLOSE_CASE_AFTER_CONTRACTS, execution -> {});

    var deployment = repositoryService().createDeployment().name("dental-procurement-called-process-stubs");
    for (var processKey : List.of(STAGE_APPROVAL, COMPETITIVE, DIRECT_AWARD, CONTRACT)) {
      deployment.addModelInstance(processKey + "-stub.bpmn", stub(processKey));
    }
    stubDeploymentId = deployment.deploy().getId();
  }

  @AfterEach
  void tearDown() {
    if (stubDeploymentId != null) {
      repositoryService().deleteDeployment(stubDeploymentId, true);
    }
    resetProcessTestState();
  }

  // ---------------------------------------------------------------------------------------------
  // Needs assessment
  // ---------------------------------------------------------------------------------------------

  @Test
  void noProcurementNeededClosesTheCaseAndEnds() {
    // given a dental procurement case has been opened
    startProcess();
    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds");
    assertThat(task("Task_AssessOralHealthNeeds", processInstance)).hasCandidateGroup("commissioning-manager");

    // when the commissioning manager finds no procurement is needed
    assessNeeds("no-procurement");

    // then the case is closed and the process ends there
    runServiceTask(processInstance, "ServiceTask_CloseCase");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_AssessOralHealthNeeds",
            "Gateway_IsProcurementNeeded", "ServiceTask_CloseCase", "EndEvent_ProcurementNotNeeded")
        .hasNotPassed("Task_DesignLots", "Task_PrepareBusinessCase", "CallActivity_ApproveBusinessCase");
    Assertions.assertThat(delegates.calls()).containsExactly(RECORD_NEEDS_ASSESSMENT, CLOSE_CASE);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    Assertions.assertThat(historicValue(processInstance, PROCUREMENT_NEEDED)).isEqualTo(false);
  }

  @Test
  void procurementNeededGoesToLotDesignAndTheLotsAreCreated() {
    // given a dental procurement case has been opened
    startProcess();

    // when the commissioning manager finds a procurement is needed and designs two lots
    assessNeeds("procure");
    assertThat(processInstance).isWaitingAt("Task_DesignLots");
    assertThat(task("Task_DesignLots", processInstance)).hasCandidateGroup("commissioning-manager");
    designLots(LOT_NORTH, LOT_SOUTH);

    // then the lots are created and the programme manager prepares the business case
    assertThat(processInstance).isWaitingAt("Task_PrepareBusinessCase")
        .hasPassedInOrder("Task_DesignLots",
            "Gateway_JoinBusinessCase")
        .hasNotPassed("ServiceTask_CloseCase");
    assertThat(task("Task_PrepareBusinessCase", processInstance)).hasCandidateGroup("programme-manager");
    Assertions.assertThat(runtimeService().getVariable(processInstance.getId(), LOT_IDS))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactly(FIRST_LOT_ID, FIRST_LOT_ID + 1);
    Assertions.assertThat(delegates.calls()).containsExactly(RECORD_NEEDS_ASSESSMENT, RECORD_LOT_DESIGN);
  }

  // ---------------------------------------------------------------------------------------------
  // Business case, finance check and approval
  // ---------------------------------------------------------------------------------------------

  @Test
  void unaffordableBusinessCaseGoesBackForRevisionUntilFinanceFindsItAffordable() {
    // given a business case has reached the finance check
    startProcess();
    assessNeeds("procure");
    designLots(LOT_NORTH, LOT_SOUTH);
    prepareBusinessCase("First business case: two lots at 400k a year each");
    assertThat(processInstance).isWaitingAt("Task_CheckAffordability");
    assertThat(task("Task_CheckAffordability", processInstance)).hasCandidateGroup("finance-lead");

    // when the finance lead asks for a revision
    checkAffordability("revise");

    // then the programme manager prepares the business case again, and no approval is asked for
    assertThat(processInstance).isWaitingAt("Task_PrepareBusinessCase")
        .hasNotPassed("CallActivity_ApproveBusinessCase");
    Assertions.assertThat(calledInstances(STAGE_APPROVAL)).isEmpty();
    Assertions.assertThat(timesPassed(processInstance, "Gateway_JoinBusinessCase")).isEqualTo(2);

    // when the revised business case is found affordable
    prepareBusinessCase(BUSINESS_CASE_TEXT);
    checkAffordability("affordable");

    // then it goes for approval, having been prepared and checked twice
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveBusinessCase");
    Assertions.assertThat(timesPassed(processInstance, "Task_PrepareBusinessCase")).isEqualTo(2);
    Assertions.assertThat(timesPassed(processInstance, "Task_CheckAffordability")).isEqualTo(2);
    Assertions.assertThat(delegates.calls()).containsExactly(
        RECORD_NEEDS_ASSESSMENT, RECORD_LOT_DESIGN,
        RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK,
        RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK);
  }

  @Test
  void affordableBusinessCaseIsSentToTheHeadOfPrimaryCareForApproval() {
    // given a business case has reached the finance check
    startProcess();
    assessNeeds("procure");
    designLots(LOT_NORTH, LOT_SOUTH);
    prepareBusinessCase(BUSINESS_CASE_TEXT);

    // when the finance lead finds it affordable
    checkAffordability("affordable");

    // then one stage approval is called for the case, for the head of primary care, with the summary
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveBusinessCase");
    Assertions.assertThat(calledInstances(STAGE_APPROVAL)).hasSize(1);
    var approval = calledInstances(STAGE_APPROVAL).get(0);
    Assertions.assertThat(approval.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    Assertions.assertThat(stubTaskVariables(approval))
        .containsEntry("stage", "Business case approval")
        .containsEntry("approverRole", "head-of-primary-care")
        .containsEntry("escalationRole", "director-of-primary-care")
        .containsEntry("approvalSummary", BUSINESS_CASE_TEXT)
        .containsEntry("approvalDueInWorkingDays", 5L)
        .containsEntry(CASE_REFERENCE, BUSINESS_KEY)
        .containsEntry(CASE_TITLE, CASE_TITLE_TEXT);
    Assertions.assertThat(calledInstances(COMPETITIVE)).isEmpty();
    Assertions.assertThat(calledInstances(DIRECT_AWARD)).isEmpty();
  }

  @Test
  void approvedBusinessCaseGoesToThePsrRouteQuestions() {
    // given an affordable business case is waiting for approval
    reachBusinessCaseApproval();

    // when the head of primary care approves it
    decideApproval("approved", "Good value");

    // then the procurement lead answers the PSR route questions of each lot, in parallel, each task naming its lot
    assertThat(processInstance).isWaitingAt("Task_AnswerPsrQuestions")
        .hasPassedInOrder("CallActivity_ApproveBusinessCase", "Gateway_IsBusinessCaseApproved")
        .hasNotPassed("ServiceTask_StopProcurement");
    Assertions.assertThat(activeInstancesOf("Task_AnswerPsrQuestions")).isEqualTo(2);
    assertThat(lotTask("Task_AnswerPsrQuestions", FIRST_LOT_ID)).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(taskService().getVariable(lotTask("Task_AnswerPsrQuestions", FIRST_LOT_ID).getId(), LOT_NAME))
        .isEqualTo("Lot 1: " + LOT_NORTH);
    Assertions.assertThat(taskService().getVariable(lotTask("Task_AnswerPsrQuestions", FIRST_LOT_ID + 1).getId(),
        LOT_NAME)).isEqualTo("Lot 2: " + LOT_SOUTH);
    Assertions.assertThat(historicValue(processInstance, "businessCaseApprovalOutcome")).isEqualTo("approved");
    Assertions.assertThat(historicValue(processInstance, BUSINESS_CASE_APPROVAL_COMMENT)).isEqualTo("Good value");
    Assertions.assertThat(calledInstances(STAGE_APPROVAL)).isEmpty();
  }

  @Test
  void businessCaseWithChangesRequestedGoesBackToTheProgrammeManagerAndIsApprovedAgain() {
    // given an affordable business case is waiting for approval
    reachBusinessCaseApproval();

    // when the head of primary care asks for changes
    decideApproval("changes-requested", "Show the UDA rate per lot");

    // then the programme manager prepares the business case again
    assertThat(processInstance).isWaitingAt("Task_PrepareBusinessCase")
        .hasNotPassed("Task_AnswerPsrQuestions", "ServiceTask_StopProcurement");
    assertThat(task("Task_PrepareBusinessCase", processInstance)).hasCandidateGroup("programme-manager");
    Assertions.assertThat(runtimeService().getVariable(processInstance.getId(), BUSINESS_CASE_APPROVAL_COMMENT))
        .isEqualTo("Show the UDA rate per lot");

    // when the revised business case passes finance and is approved
    prepareBusinessCase("Revised: two lots, UDA rate 32 pounds in each");
    checkAffordability("affordable");
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveBusinessCase");
    decideApproval("approved", null);

    // then the revised summary was the one sent for the second approval, and the PSR questions follow
    assertThat(processInstance).isWaitingAt("Task_AnswerPsrQuestions");
    Assertions.assertThat(calledProcesses).extracting(CalledProcess::processKey)
        .containsExactly(STAGE_APPROVAL, STAGE_APPROVAL);
    Assertions.assertThat(calledProcesses.get(0).inputs()).containsEntry("approvalSummary", BUSINESS_CASE_TEXT);
    Assertions.assertThat(calledProcesses.get(1).inputs())
        .containsEntry("approvalSummary", "Revised: two lots, UDA rate 32 pounds in each");
    Assertions.assertThat(timesPassed(processInstance, "Task_PrepareBusinessCase")).isEqualTo(2);
    Assertions.assertThat(timesPassed(processInstance, "CallActivity_ApproveBusinessCase")).isEqualTo(2);
    Assertions.assertThat(delegates.calls()).doesNotContain(STOP_PROCUREMENT);
  }

  @Test
  void rejectedBusinessCaseStopsTheProcurement() {
    // given an affordable business case is waiting for approval
    reachBusinessCaseApproval();

    // when the head of primary care rejects it
    decideApproval("rejected", "No budget for a second lot this year");

    // then the procurement is stopped with the approver's reason, and the process ends there
    runServiceTask(processInstance, "ServiceTask_StopProcurement");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("CallActivity_ApproveBusinessCase", "Gateway_IsBusinessCaseApproved",
            "ServiceTask_StopProcurement", "EndEvent_ProcurementStopped")
        .hasNotPassed("Task_AnswerPsrQuestions", "Task_ConfirmProcurementRoute");
    Assertions.assertThat(timesPassed(processInstance, "Task_PrepareBusinessCase")).isEqualTo(1);
    Assertions.assertThat(stopReasons).containsExactly("No budget for a second lot this year");
    Assertions.assertThat(delegates.calls()).containsExactly(
        RECORD_NEEDS_ASSESSMENT, RECORD_LOT_DESIGN, RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK, STOP_PROCUREMENT);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  // ---------------------------------------------------------------------------------------------
  // PSR route recommendation and confirmation
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {8}")
  @CsvSource({
      // case,                                         new,   one,   choice, perf,  ident, existing, change, route
      "routine renewal of a performing contract,       false, false, false,  true,  false, 2000000,  100000, direct-award-c",
      "only one capable provider,                      false, true,  false,  false, false, 1000000,  0,      direct-award-a",
      "unrestricted patient choice,                    false, false, true,   true,  false, 1000000,  0,      direct-award-b",
      "new service without an identifiable provider,   true,  false, false,  false, false, 0,        800000, competitive",
      "new service with an identifiable provider,      true,  false, false,  false, true,  0,        800000, most-suitable-provider",
      "under-performing provider,                      false, false, false,  false, false, 1000000,  0,      competitive",
      "considerable change with identifiable provider, false, false, false,  true,  true,  1600000,  600000, most-suitable-provider",
      "considerable change,                            false, false, false,  true,  false, 1600000,  600000, competitive",
      "large change below the share threshold,         false, false, false,  true,  false, 4000000,  600000, direct-award-c",
  })
  void psrAnswersGiveTheDecisionTablesRecommendationToConfirm(String answerSet, boolean newService,
      boolean onlyOneCapableProvider, boolean patientChoiceAllQualifying, boolean incumbentPerforming,
      boolean mostSuitableProviderIdentifiable, long existingValue, long changeValue, String expectedRoute) {
    // given the business case has been approved
    reachPsrQuestions();

    // when the procurement lead answers the PSR route questions
    answerPsrQuestions(newService, onlyOneCapableProvider, patientChoiceAllQualifying, incumbentPerforming,
        mostSuitableProviderIdentifiable, existingValue, changeValue);

    // then the decision table recommends each lot's route, the lot keeps it, and its confirmation task shows it
    assertThat(processInstance).isWaitingAt("Task_ConfirmProcurementRoute")
        .hasPassedInOrder("BusinessRuleTask_DecidePsrRoute", "ServiceTask_RecordRouteRecommendation");
    Assertions.assertThat(recommendations).containsEntry(FIRST_LOT_ID, expectedRoute)
        .containsEntry(FIRST_LOT_ID + 1, expectedRoute);
    var confirmTask = lotTask("Task_ConfirmProcurementRoute", FIRST_LOT_ID);
    assertThat(confirmTask).hasCandidateGroup("procurement-lead");
    Assertions.assertThat(taskService().getVariable(confirmTask.getId(), RECOMMENDED_ROUTE))
        .as(answerSet).isEqualTo(expectedRoute);
    Assertions.assertThat((String) taskService().getVariable(confirmTask.getId(), "recommendedRouteReason"))
        .contains("Provider Selection Regime Regulations 2023");
    Assertions.assertThat(taskService().getVariable(confirmTask.getId(), PSR_RECOMMENDATION))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("psrRoute", expectedRoute);
    // and the answers are the lot's own, not the case process's
    Assertions.assertThat(runtimeService().getVariables(processInstance.getId()))
        .doesNotContainKeys(NEW_SERVICE, PSR_RECOMMENDATION, CHANGE_VALUE);
    // and the answers the table read were set as booleans and numbers, with the thresholds
    Assertions.assertThat(taskService().getVariables(confirmTask.getId()))
        .containsEntry(NEW_SERVICE, newService)
        .containsEntry(ONLY_ONE_CAPABLE_PROVIDER, onlyOneCapableProvider)
        .containsEntry(PATIENT_CHOICE_ALL_QUALIFYING, patientChoiceAllQualifying)
        .containsEntry(INCUMBENT_PERFORMING, incumbentPerforming)
        .containsEntry(MOST_SUITABLE_PROVIDER_IDENTIFIABLE, mostSuitableProviderIdentifiable)
        .containsEntry(EXISTING_VALUE, (double) existingValue)
        .containsEntry(CHANGE_VALUE, (double) changeValue)
        .containsEntry(CONSIDERABLE_CHANGE_MINIMUM_VALUE, MINIMUM_VALUE)
        .containsEntry(CONSIDERABLE_CHANGE_MINIMUM_SHARE, MINIMUM_SHARE);
  }

  @Test
  void confirmedRecommendationIsRecordedWithTheRecommendedRoute() {
    // given the table recommends direct award C for a routine renewal
    reachRouteConfirmation(routineRenewal());
    assertThat(processInstance).isWaitingAt("Task_ConfirmProcurementRoute");

    // when the procurement lead confirms it
    confirmRoute(ROUTE_DIRECT_AWARD_C, "Provider performing well, no considerable change");

    // then each lot's route is recorded as confirmed, with its recommendation beside it, and becomes its route
    Assertions.assertThat(routesRecorded).containsExactly(
        new RouteRecorded(FIRST_LOT_ID, ROUTE_DIRECT_AWARD_C, "Provider performing well, no considerable change",
            ROUTE_DIRECT_AWARD_C),
        new RouteRecorded(FIRST_LOT_ID + 1, ROUTE_DIRECT_AWARD_C, "Provider performing well, no considerable change",
            ROUTE_DIRECT_AWARD_C));
    Assertions.assertThat(calledInstances(DIRECT_AWARD)).hasSize(2)
        .allSatisfy(lot -> Assertions.assertThat(stubTaskVariables(lot)).containsEntry(PSR_ROUTE, ROUTE_DIRECT_AWARD_C));
    Assertions.assertThat(runtimeService().getVariables(processInstance.getId())).doesNotContainKey(PSR_ROUTE);
  }

  @Test
  void overriddenRouteIsPassedOnAsTheConfirmedRouteAndRunsThatRoute() {
    // given the table recommends direct award C for a routine renewal
    reachRouteConfirmation(routineRenewal());
    Assertions.assertThat(taskService().getVariable(lotTask("Task_ConfirmProcurementRoute", FIRST_LOT_ID).getId(),
        RECOMMENDED_ROUTE)).isEqualTo(ROUTE_DIRECT_AWARD_C);

    // when the procurement lead chooses the competitive process instead, with a reason
    confirmRoute(ROUTE_COMPETITIVE, "The market has changed: three new practices opened nearby");

    // then the choice is recorded against the recommendation and the lots are competed
    Assertions.assertThat(routesRecorded).extracting(RouteRecorded::confirmedRoute, RouteRecorded::recommendedRoute)
        .containsOnly(Assertions.tuple(ROUTE_COMPETITIVE, ROUTE_DIRECT_AWARD_C));
    assertThat(processInstance).isWaitingAt("CallActivity_RunCompetitiveProcurement");
    Assertions.assertThat(calledInstances(COMPETITIVE)).hasSize(2)
        .allSatisfy(lot -> Assertions.assertThat(stubTaskVariables(lot)).containsEntry(PSR_ROUTE, ROUTE_COMPETITIVE));
    Assertions.assertThat(calledInstances(DIRECT_AWARD)).isEmpty();
  }

  @Test
  void overridingACompetitiveRecommendationWithADirectAwardRunsTheDirectAward() {
    // given the table recommends the competitive process for a new service
    reachRouteConfirmation(newServiceWithoutIdentifiableProvider());
    Assertions.assertThat(taskService().getVariable(lotTask("Task_ConfirmProcurementRoute", FIRST_LOT_ID).getId(),
        RECOMMENDED_ROUTE)).isEqualTo(ROUTE_COMPETITIVE);

    // when the procurement lead chooses the most suitable provider process instead
    confirmRoute(ROUTE_MOST_SUITABLE_PROVIDER, "A provider has since been identified by the ICB");

    // then the override is passed on and the direct award process runs for every lot
    Assertions.assertThat(routesRecorded).extracting(RouteRecorded::confirmedRoute, RouteRecorded::reason,
        RouteRecorded::recommendedRoute).containsOnly(Assertions.tuple(ROUTE_MOST_SUITABLE_PROVIDER,
        "A provider has since been identified by the ICB", ROUTE_COMPETITIVE));
    assertThat(processInstance).isWaitingAt("CallActivity_RunDirectAward");
    Assertions.assertThat(calledInstances(DIRECT_AWARD)).hasSize(2)
        .allSatisfy(lot -> Assertions.assertThat(stubTaskVariables(lot))
            .containsEntry(PSR_ROUTE, ROUTE_MOST_SUITABLE_PROVIDER));
    Assertions.assertThat(calledInstances(COMPETITIVE)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Procuring each lot
  // ---------------------------------------------------------------------------------------------

  @Test
  void competitiveRouteRunsOneCompetitiveProcurementPerLotInParallel() {
    // given two lots and the competitive process recommended for a new service
    reachRouteConfirmation(newServiceWithoutIdentifiableProvider());

    // when the procurement lead confirms the competitive process
    confirmRoute(ROUTE_COMPETITIVE, "No provider can be identified without a competition");

    // then both lots are competed at the same time, each in its own competitive procurement
    assertThat(processInstance).isWaitingAt("CallActivity_RunCompetitiveProcurement")
        .hasPassed("StartEvent_LotProcurementStarted", "Gateway_IsCompetitive")
        .hasNotPassed("CallActivity_RunDirectAward");
    Assertions.assertThat(activeInstancesOf("CallActivity_RunCompetitiveProcurement")).isEqualTo(2);
    var competitions = calledInstances(COMPETITIVE);
    Assertions.assertThat(competitions).hasSize(2)
        .allSatisfy(lot -> Assertions.assertThat(lot.getBusinessKey()).isEqualTo(BUSINESS_KEY));
    Assertions.assertThat(competitions).extracting(lot -> stubTaskVariables(lot).get("lotId"))
        .containsExactlyInAnyOrder(FIRST_LOT_ID, FIRST_LOT_ID + 1);
    Assertions.assertThat(competitions).allSatisfy(lot -> Assertions.assertThat(stubTaskVariables(lot))
        .containsEntry(PSR_ROUTE, ROUTE_COMPETITIVE)
        .containsEntry("awardApproverRole", "primary-care-commissioning-committee")
        .containsEntry("awardEscalationRole", "director-of-primary-care")
        .containsEntry(CASE_REFERENCE, BUSINESS_KEY)
        .containsEntry(CASE_TITLE, CASE_TITLE_TEXT));
    Assertions.assertThat(calledInstances(DIRECT_AWARD)).isEmpty();

    // when the first lot is awarded the second is still being competed
    finishLot(COMPETITIVE, FIRST_LOT_ID, AWARDED);
    assertThat(processInstance).isWaitingAt("CallActivity_RunCompetitiveProcurement");
    Assertions.assertThat(calledInstances(COMPETITIVE)).hasSize(1);

    // and when the second finishes the outcome is recorded
    finishLot(COMPETITIVE, FIRST_LOT_ID + 1, AWARDED);
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordProcurementOutcome");
    Assertions.assertThat(timesPassed(processInstance, "CallActivity_RunCompetitiveProcurement")).isEqualTo(2);
    Assertions.assertThat(timesPassed(processInstance, "EndEvent_LotProcured")).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct-award-a", "direct-award-b", "direct-award-c", "most-suitable-provider"})
  void everyRouteOtherThanCompetitiveRunsTheDirectAwardProcessForEachLot(String route) {
    // given two lots at route confirmation
    reachRouteConfirmation(routineRenewal());

    // when the procurement lead confirms a route without a competition
    confirmRoute(route, "Route chosen after reviewing the PSR answers");

    // then each lot is procured by its own direct award process, in parallel, with that route
    assertThat(processInstance).isWaitingAt("CallActivity_RunDirectAward")
        .hasNotPassed("CallActivity_RunCompetitiveProcurement");
    Assertions.assertThat(activeInstancesOf("CallActivity_RunDirectAward")).isEqualTo(2);
    var awards = calledInstances(DIRECT_AWARD);
    Assertions.assertThat(awards).hasSize(2)
        .allSatisfy(lot -> Assertions.assertThat(lot.getBusinessKey()).isEqualTo(BUSINESS_KEY));
    Assertions.assertThat(awards).extracting(lot -> stubTaskVariables(lot).get("lotId"))
        .containsExactlyInAnyOrder(FIRST_LOT_ID, FIRST_LOT_ID + 1);
    Assertions.assertThat(awards).allSatisfy(lot -> Assertions.assertThat(stubTaskVariables(lot))
        .containsEntry(PSR_ROUTE, route)
        .containsEntry("awardApproverRole", "primary-care-commissioning-committee")
        .containsEntry("awardEscalationRole", "director-of-primary-care")
        .containsEntry(CASE_REFERENCE, BUSINESS_KEY));
    Assertions.assertThat(calledInstances(COMPETITIVE)).isEmpty();

    // when both lots are awarded the outcome is recorded
    finishLot(DIRECT_AWARD, FIRST_LOT_ID, AWARDED);
    finishLot(DIRECT_AWARD, FIRST_LOT_ID + 1, AWARDED);
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordProcurementOutcome");
  }

  @Test
  void twoLotsWithDifferentAnswersTakeDifferentRoutesInOneCase() {
    // given two lots whose PSR questions are waiting
    reachPsrQuestions();

    // when the north lot's incumbent is performing on a routine renewal, and the south lot's is not
    answerPsrQuestions(FIRST_LOT_ID, false, false, false, true, false, false, 2000000, 100000);
    answerPsrQuestions(FIRST_LOT_ID + 1, false, false, false, false, false, false, 1000000, 0);

    // then each lot has its own recommendation
    Assertions.assertThat(recommendations).containsEntry(FIRST_LOT_ID, ROUTE_DIRECT_AWARD_C)
        .containsEntry(FIRST_LOT_ID + 1, ROUTE_COMPETITIVE);

    // when each recommendation is confirmed
    confirmRoute(FIRST_LOT_ID, ROUTE_DIRECT_AWARD_C, null);
    confirmRoute(FIRST_LOT_ID + 1, ROUTE_COMPETITIVE, null);

    // then the north lot is directly awarded and the south lot competed, at the same time
    assertThat(processInstance).isWaitingAt("CallActivity_RunDirectAward", "CallActivity_RunCompetitiveProcurement");
    Assertions.assertThat(calledInstances(DIRECT_AWARD)).singleElement().satisfies(lot ->
        Assertions.assertThat(stubTaskVariables(lot)).containsEntry("lotId", FIRST_LOT_ID)
            .containsEntry(PSR_ROUTE, ROUTE_DIRECT_AWARD_C));
    Assertions.assertThat(calledInstances(COMPETITIVE)).singleElement().satisfies(lot ->
        Assertions.assertThat(stubTaskVariables(lot)).containsEntry("lotId", FIRST_LOT_ID + 1)
            .containsEntry(PSR_ROUTE, ROUTE_COMPETITIVE));

    // and when both finish the case records the procurement outcome
    finishLot(DIRECT_AWARD, FIRST_LOT_ID, AWARDED);
    finishLot(COMPETITIVE, FIRST_LOT_ID + 1, AWARDED);
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordProcurementOutcome");
  }

  @Test
  void eachLotKeepsItsOwnOutcome() {
    // given two lots are being competed
    reachLotProcurement(ROUTE_COMPETITIVE);

    // when one is awarded and the other abandoned
    finishLot(COMPETITIVE, FIRST_LOT_ID + 1, ABANDONED);
    finishLot(COMPETITIVE, FIRST_LOT_ID, AWARDED);

    // then each lot's outcome came back into its own lot procurement, not onto the case process
    var outcomes = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstance.getId())
        .variableName("lotOutcome")
        .list();
    Assertions.assertThat(outcomes).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder(AWARDED, ABANDONED);
    Assertions.assertThat(outcomes).extracting(HistoricVariableInstance::getExecutionId)
        .doesNotHaveDuplicates()
        .doesNotContain(processInstance.getId());
    Assertions.assertThat(runtimeService().getVariables(processInstance.getId())).doesNotContainKey("lotOutcome");
  }

  @Test
  void noLotAwardedEndsTheProcurementWithoutAContract() {
    // given two lots are being competed
    reachLotProcurement(ROUTE_COMPETITIVE);

    // when both procurements are abandoned
    finishLot(COMPETITIVE, FIRST_LOT_ID, ABANDONED);
    finishLot(COMPETITIVE, FIRST_LOT_ID + 1, ABANDONED);
    runServiceTask(processInstance, "ServiceTask_RecordProcurementOutcome");

    // then the process ends with no lot awarded
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("SubProcess_ProcureEachLot", "ServiceTask_RecordProcurementOutcome",
            "Gateway_IsAnyLotAwarded", "EndEvent_NoLotAwarded")
        .hasNotPassed("CallActivity_ManageEachContract", "ServiceTask_CloseCaseAfterContracts",
            "EndEvent_ContractsEnded");
    Assertions.assertThat(calledInstances(CONTRACT)).isEmpty();
    Assertions.assertThat(historicValue(processInstance, ANY_LOT_AWARDED)).isEqualTo(false);
    Assertions.assertThat(delegates.calls()).endsWith(RECORD_PROCUREMENT_ROUTE, RECORD_PROCUREMENT_OUTCOME);
  }

  // ---------------------------------------------------------------------------------------------
  // Contracts: one per awarded lot, mobilised and managed by DentalContractProcess
  // ---------------------------------------------------------------------------------------------

  @Test
  void eachAwardedLotBecomesAContractOfItsOwnAndAnAbandonedLotNone() {
    // given two lots are being procured by direct award
    reachLotProcurement(ROUTE_DIRECT_AWARD_A);

    // when one lot is awarded and the other abandoned
    finishLot(DIRECT_AWARD, FIRST_LOT_ID, ABANDONED);
    finishLot(DIRECT_AWARD, FIRST_LOT_ID + 1, AWARDED);
    runServiceTask(processInstance, "ServiceTask_RecordProcurementOutcome");

    // then one contract runs, for the awarded lot, in the case
    assertThat(processInstance).isWaitingAt("CallActivity_ManageEachContract")
        .hasPassed("Gateway_IsAnyLotAwarded")
        .hasNotPassed("EndEvent_NoLotAwarded");
    Assertions.assertThat(historicValue(processInstance, ANY_LOT_AWARDED)).isEqualTo(true);
    var contracts = calledInstances(CONTRACT);
    Assertions.assertThat(contracts).singleElement().satisfies(contract -> {
      Assertions.assertThat(contract.getBusinessKey()).isEqualTo(BUSINESS_KEY);
      Assertions.assertThat(stubTaskVariables(contract)).containsEntry("lotId", FIRST_LOT_ID + 1)
          .containsEntry("caseReference", BUSINESS_KEY).containsKey("caseTitle");
    });
  }

  @Test
  void theCaseClosesOnlyWhenTheLastContractHasEnded() {
    // given both lots were awarded and their contracts run at once
    reachContracts();
    Assertions.assertThat(calledInstances(CONTRACT)).extracting(contract -> stubTaskVariables(contract).get("lotId"))
        .containsExactlyInAnyOrder(FIRST_LOT_ID, FIRST_LOT_ID + 1);

    // when the first contract reaches the end of its term
    completeStub(calledInstances(CONTRACT).get(0), Map.of());

    // then the case waits for the other
    assertThat(processInstance).isWaitingAt("CallActivity_ManageEachContract");
    Assertions.assertThat(delegates.calls()).doesNotContain(CLOSE_CASE_AFTER_CONTRACTS);

    // when the second ends too
    completeStub(calledInstances(CONTRACT).get(0), Map.of());
    runServiceTask(processInstance, "ServiceTask_CloseCaseAfterContracts");

    // then the case is closed and the process ends with its contracts
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Gateway_IsAnyLotAwarded", "CallActivity_ManageEachContract",
            "ServiceTask_CloseCaseAfterContracts", "EndEvent_ContractsEnded")
        .hasNotPassed("EndEvent_NoLotAwarded", "EndEvent_ProcurementStopped", "EndEvent_ProcurementNotNeeded");
    Assertions.assertThat(delegates.calls()).containsExactly(
        RECORD_NEEDS_ASSESSMENT, RECORD_LOT_DESIGN, RECORD_BUSINESS_CASE, RECORD_FINANCE_CHECK,
        RECORD_PSR_ANSWERS, RECORD_ROUTE_RECOMMENDATION, RECORD_PSR_ANSWERS, RECORD_ROUTE_RECOMMENDATION,
        RECORD_PROCUREMENT_ROUTE, RECORD_PROCUREMENT_ROUTE, RECORD_PROCUREMENT_OUTCOME, CLOSE_CASE_AFTER_CONTRACTS);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
    Assertions.assertThat(calledProcesses).extracting(CalledProcess::processKey)
        .containsExactly(STAGE_APPROVAL, COMPETITIVE, COMPETITIVE, CONTRACT, CONTRACT);
    Assertions.assertThat(calledProcesses).extracting(CalledProcess::businessKey).containsOnly(BUSINESS_KEY);
  }

  // ---------------------------------------------------------------------------------------------
  // Failing service tasks
  // ---------------------------------------------------------------------------------------------

  @Test
  void failingDelegateLeavesTheJobWaitingAtTheServiceTaskWithOneRetryFewer() {
    // given working out the procurement outcome fails, after setting the gateway variable
    reachLotProcurement(ROUTE_COMPETITIVE);
    delegates.register(RECORD_PROCUREMENT_OUTCOME, execution -> {
      execution.setVariable(ANY_LOT_AWARDED, true);
      throw new IllegalStateException("case store unavailable");
    });
    var failedAt = Instant.parse("2026-03-02T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(failedAt));
    finishLot(COMPETITIVE, FIRST_LOT_ID, AWARDED);
    finishLot(COMPETITIVE, FIRST_LOT_ID + 1, AWARDED);

    // when the job runs
    assertThat(processInstance).isWaitingAt("ServiceTask_RecordProcurementOutcome");
    assertThatThrownBy(() -> execute(job("ServiceTask_RecordProcurementOutcome", processInstance)))
        .hasMessageContaining("case store unavailable");

    // then the job is kept with two of its three tries left, due again in five minutes
    Job failedJob = job("ServiceTask_RecordProcurementOutcome", processInstance);
    Assertions.assertThat(failedJob.getRetries()).isEqualTo(2);
    Assertions.assertThat(failedJob.getExceptionMessage()).contains("case store unavailable");
    Assertions.assertThat(failedJob.getDuedate().toInstant()).isEqualTo(failedAt.plus(Duration.ofMinutes(5)));
    // and the process still waits at the service task, with what the delegate set rolled back
    assertThat(processInstance).isNotEnded()
        .isWaitingAt("ServiceTask_RecordProcurementOutcome")
        .hasNotPassed("ServiceTask_RecordProcurementOutcome", "Gateway_IsAnyLotAwarded", "CallActivity_ManageEachContract");
    assertThat(processInstance).variables().doesNotContainKey(ANY_LOT_AWARDED);
    Assertions.assertThat(incidents()).isEmpty();
  }

  @Test
  void delegateFailingThreeTimesUsesUpTheRetriesAndRaisesAnIncident() {
    // given closing the case keeps failing
    startProcess();
    delegates.register(CLOSE_CASE, execution -> {
      throw new IllegalStateException("case store unavailable");
    });
    assessNeeds("no-procurement");

    // when the job has been tried three times
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> execute(job("ServiceTask_CloseCase", processInstance)))
          .hasMessageContaining("case store unavailable");
    }

    // then no retries are left, an incident is raised, and the process still waits at the task
    Assertions.assertThat(job("ServiceTask_CloseCase", processInstance).getRetries()).isZero();
    Assertions.assertThat(incidents()).singleElement().satisfies(incident -> {
      Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      Assertions.assertThat(incident.getActivityId()).isEqualTo("ServiceTask_CloseCase");
    });
    assertThat(processInstance).isNotEnded().isWaitingAt("ServiceTask_CloseCase")
        .hasNotPassed("EndEvent_ProcurementNotNeeded");
  }

  @Test
  void failedJobContinuesTheProcessWhenItSucceedsOnRetry() {
    // given stopping the procurement failed once
    reachBusinessCaseApproval();
    delegates.register(STOP_PROCUREMENT, execution -> {
      throw new IllegalStateException("case store unavailable");
    });
    decideApproval("rejected", "Not affordable this year");
    assertThatThrownBy(() -> execute(job("ServiceTask_StopProcurement", processInstance)))
        .hasMessageContaining("case store unavailable");

    // when the case store is back and the job is retried
    delegates.register(STOP_PROCUREMENT, execution -> {});
    execute(job("ServiceTask_StopProcurement", processInstance));

    // then the process ends as stopped
    assertThat(processInstance).isEnded().hasPassed("ServiceTask_StopProcurement", "EndEvent_ProcurementStopped");
  }

  /** Recording a form's answer fails with the completion itself: the task stays open and nothing moves on. */
  @Test
  void aRefusedAnswerLeavesTheTaskOpen() {
    startProcess();
    delegates.answer(RECORD_NEEDS_ASSESSMENT, task -> {
      throw new IllegalArgumentException("Summary of needs is required");
    });

    assertThatThrownBy(() -> completeTask("Task_AssessOralHealthNeeds", NEEDS_OUTCOME, "procure"))
        .hasMessageContaining("Summary of needs is required");

    assertThat(processInstance).isWaitingAt("Task_AssessOralHealthNeeds").hasNotPassed("Gateway_IsProcurementNeeded");
  }

  // ---------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------

  private void startProcess() {
    processInstance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
        variables(CASE_REFERENCE, BUSINESS_KEY, CASE_TITLE, CASE_TITLE_TEXT, "trigger", "contract-ending",
            "area", "Northshire"));
    assertThat(processInstance).isStarted().hasBusinessKey(BUSINESS_KEY);
  }

  private void assessNeeds(String outcome) {
    completeTask("Task_AssessOralHealthNeeds",
        NEEDS_SUMMARY, "Long waits for NHS dentistry across the north of the county",
        POPULATION_COVERED, 180000,
        ACCESS_GAP_IDENTIFIED, true,
        NEEDS_OUTCOME, outcome);
  }

  /** Designs one general and urgent care lot per name, as rows of the form's list of lots (a Json variable). */
  private void designLots(String... lotNames) {
    var rows = Arrays.stream(lotNames)
        .map(name -> "{\"name\": \"" + name + "\", \"serviceType\": \"general-urgent\", \"contractForm\": \"gds\", "
            + "\"contractedUdas\": 12000}")
        .collect(Collectors.joining(", ", "[", "]"));
    completeTask("Task_DesignLots",
        LOTS, SpinValues.jsonValue(rows).create(),
        LOT_DESIGN_SUMMARY, "Lots by geography so each has a viable list size");
  }

  private void prepareBusinessCase(String summary) {
    completeTask("Task_PrepareBusinessCase",
        ANNUAL_CONTRACT_VALUE, 400000,
        TERM_YEARS, 5,
        EXTENSION_YEARS, 2,
        BUSINESS_CASE_SUMMARY, summary);
  }

  private void checkAffordability(String outcome) {
    completeTask("Task_CheckAffordability",
        FINANCE_OUTCOME, outcome,
        BUDGET_CODE, "DEN-PC-01",
        FINANCE_COMMENTS, "affordable".equals(outcome) ? "Within the dental budget" : "Over the dental budget");
  }

  /** Decides the waiting stage approval, as the approver would: the stub returns outcome and comment. */
  private void decideApproval(String outcome, String comment) {
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveBusinessCase");
    var approvals = calledInstances(STAGE_APPROVAL);
    Assertions.assertThat(approvals).hasSize(1);
    completeStub(approvals.get(0), variables("approvalOutcome", outcome, "approvalComment", comment));
  }

  /** Answers the PSR questions of every lot alike, and records each lot's recommendation. */
  private void answerPsrQuestions(boolean newService, boolean onlyOneCapableProvider,
      boolean patientChoiceAllQualifying, boolean incumbentPerforming, boolean mostSuitableProviderIdentifiable,
      long existingValue, long changeValue) {
    for (var lotId : List.copyOf(lots.keySet())) {
      answerPsrQuestions(lotId, newService, onlyOneCapableProvider, patientChoiceAllQualifying, incumbentPerforming,
          false, mostSuitableProviderIdentifiable, existingValue, changeValue);
    }
  }

  /** Answers the PSR questions of one lot, and records its recommendation. */
  private void answerPsrQuestions(long lotId, boolean newService, boolean onlyOneCapableProvider,
      boolean patientChoiceAllQualifying, boolean incumbentPerforming, boolean materiallyDifferent,
      boolean mostSuitableProviderIdentifiable, long existingValue, long changeValue) {
    complete(lotTask("Task_AnswerPsrQuestions", lotId), variables(
        NEW_SERVICE, newService,
        ONLY_ONE_CAPABLE_PROVIDER, onlyOneCapableProvider,
        PATIENT_CHOICE_ALL_QUALIFYING, patientChoiceAllQualifying,
        INCUMBENT_PERFORMING, incumbentPerforming,
        MATERIALLY_DIFFERENT_IN_CHARACTER, materiallyDifferent,
        MOST_SUITABLE_PROVIDER_IDENTIFIABLE, mostSuitableProviderIdentifiable,
        EXISTING_VALUE, existingValue,
        CHANGE_VALUE, changeValue));
    for (var job : jobsAt("ServiceTask_RecordRouteRecommendation")) {
      execute(job);
    }
  }

  /** Confirms the same route for every lot. */
  private void confirmRoute(String route, String reason) {
    for (var lotId : List.copyOf(lots.keySet())) {
      confirmRoute(lotId, route, reason);
    }
  }

  private void confirmRoute(long lotId, String route, String reason) {
    complete(lotTask("Task_ConfirmProcurementRoute", lotId), variables(CONFIRMED_ROUTE, route, ROUTE_REASON, reason));
  }

  /** The waiting task of one lot's procurement. */
  private Task lotTask(String taskDefinitionKey, long lotId) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId())
        .taskDefinitionKey(taskDefinitionKey).list().stream()
        .filter(task -> Long.valueOf(lotId).equals(taskService().getVariable(task.getId(), LOT_ID)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskDefinitionKey + " waiting for lot " + lotId));
  }

  private List<Job> jobsAt(String activityId) {
    return BpmnAwareTests.managementService().createJobQuery()
        .processInstanceId(processInstance.getId()).activityId(activityId).list();
  }

  /** Ends the waiting procurement of one lot: the stub returns the lot's outcome. */
  private void finishLot(String processKey, long lotId, String outcome) {
    var lotProcurement = calledInstances(processKey).stream()
        .filter(instance -> Long.valueOf(lotId).equals(stubTaskVariables(instance).get("lotId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + processKey + " waiting for lot " + lotId));
    // the real called process records the lot's status in the case store as it ends
    lotStatuses.put(lotId, outcome);
    completeStub(lotProcurement, variables("lotOutcome", outcome));
  }

  // Reaching a point of the process

  private void reachBusinessCaseApproval() {
    startProcess();
    assessNeeds("procure");
    designLots(LOT_NORTH, LOT_SOUTH);
    prepareBusinessCase(BUSINESS_CASE_TEXT);
    checkAffordability("affordable");
    assertThat(processInstance).isWaitingAt("CallActivity_ApproveBusinessCase");
  }

  private void reachPsrQuestions() {
    reachBusinessCaseApproval();
    decideApproval("approved", null);
    assertThat(processInstance).isWaitingAt("Task_AnswerPsrQuestions");
  }

  private void reachRouteConfirmation(Consumer<DentalProcurementProcessTests> answers) {
    reachPsrQuestions();
    answers.accept(this);
    assertThat(processInstance).isWaitingAt("Task_ConfirmProcurementRoute");
  }

  private void reachLotProcurement(String route) {
    reachRouteConfirmation(ROUTE_COMPETITIVE.equals(route) ? newServiceWithoutIdentifiableProvider() : routineRenewal());
    confirmRoute(route, "Route confirmed after reviewing the PSR answers");
    Assertions.assertThat(calledInstances(ROUTE_COMPETITIVE.equals(route) ? COMPETITIVE : DIRECT_AWARD)).hasSize(2);
  }

  private void reachContracts() {
    reachLotProcurement(ROUTE_COMPETITIVE);
    finishLot(COMPETITIVE, FIRST_LOT_ID, AWARDED);
    finishLot(COMPETITIVE, FIRST_LOT_ID + 1, AWARDED);
    runServiceTask(processInstance, "ServiceTask_RecordProcurementOutcome");
    assertThat(processInstance).isWaitingAt("CallActivity_ManageEachContract");
  }

  private static Consumer<DentalProcurementProcessTests> routineRenewal() {
    return test -> test.answerPsrQuestions(false, false, false, true, false, 2000000, 100000);
  }

  private static Consumer<DentalProcurementProcessTests> newServiceWithoutIdentifiableProvider() {
    return test -> test.answerPsrQuestions(true, false, false, false, false, 0, 800000);
  }

  // ---------------------------------------------------------------------------------------------
  // Engine helpers
  // ---------------------------------------------------------------------------------------------

  /** A called process stand-in: one user task, which the test completes with the process's outputs. */
  private static BpmnModelInstance stub(String processKey) {
    return Bpmn.createExecutableProcess(processKey)
        .camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask(STUB_TASK)
        .endEvent()
        .done();
  }

  private List<ProcessInstance> calledInstances(String processKey) {
    return runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(processInstance.getId())
        .processDefinitionKey(processKey)
        .list();
  }

  private Task stubTask(ProcessInstance calledInstance) {
    return taskService().createTaskQuery()
        .processInstanceId(calledInstance.getId())
        .taskDefinitionKey(STUB_TASK)
        .singleResult();
  }

  /** What the calling process passed in, as the called process's task sees it. */
  private Map<String, Object> stubTaskVariables(ProcessInstance calledInstance) {
    return taskService().getVariables(stubTask(calledInstance).getId());
  }

  private void completeStub(ProcessInstance calledInstance, Map<String, Object> outputs) {
    var processKey = repositoryService().getProcessDefinition(calledInstance.getProcessDefinitionId()).getKey();
    calledProcesses.add(new CalledProcess(processKey, calledInstance.getBusinessKey(),
        stubTaskVariables(calledInstance)));
    complete(stubTask(calledInstance), outputs);
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(calledInstance.getId()).singleResult())
        .extracting(HistoricProcessInstance::getEndTime).isNotNull();
  }

  private void completeTask(String taskDefinitionKey, Object... keysAndValues) {
    assertThat(processInstance).isWaitingAt(taskDefinitionKey);
    complete(task(taskDefinitionKey, processInstance), variables(keysAndValues));
  }

  /** Variables from key, value pairs; unlike Map.of, values may be null. */
  private static Map<String, Object> variables(Object... keysAndValues) {
    var variables = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return variables;
  }

  private long activeInstancesOf(String activityId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(processInstance.getId())
        .activityId(activityId)
        .unfinished()
        .count();
  }

  private List<Incident> incidents() {
    return runtimeService().createIncidentQuery().processInstanceId(processInstance.getId()).list();
  }
}
