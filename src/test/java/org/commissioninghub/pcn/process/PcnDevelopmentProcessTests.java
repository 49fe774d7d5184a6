package org.commissioninghub.pcn.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.commissioninghub.pcn.PcnDevelopmentVariables.*;
import static org.commissioninghub.testsupport.ProcessTestSupport.candidateGroups;
import static org.commissioninghub.testsupport.ProcessTestSupport.jobsAt;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timer;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs PcnDevelopmentProcess on its own on an in-memory engine: a programme of two networks, Belper
 * (32,000 patients) and Hope Valley (under the threshold), named for clinical directors
 * {@code cd.belper} and {@code cd.hope}, opened for contract year 2026-27 on 1 June 2026.
 *
 * <p>The delegates are stand-ins setting exactly the variables the real ones set: the networks to
 * develop, and each yearly cycle's contract year and dates from {@link #cycles} (none left: no further
 * contract year is configured). The answers the hub records are stand-ins too: registration answers
 * whether the network is under the threshold (from {@link #belowThreshold}), the small-network decision,
 * the clinical director's confirmation and the workforce plan's review what the form said.
 */
@Deployment(resources = "processes/PcnDevelopmentProcess.bpmn")
class PcnDevelopmentProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String BUSINESS_KEY = "PCN-2026-0001";
  private static final long BELPER = 1L;
  private static final long HOPE_VALLEY = 2L;
  private static final LocalDate OPENED = LocalDate.of(2026, 6, 1);

  private final DelegateStandIns delegates = new DelegateStandIns();
  private final Map<Long, Boolean> belowThreshold = new HashMap<>();
  private final Deque<Object[]> cycles = new ArrayDeque<>();
  private final List<Long> networks = new ArrayList<>(List.of(BELPER, HOPE_VALLEY));
  private final List<String> closed = new ArrayList<>();
  private ProcessInstance processInstance;

  /** Stands in for {@code pcnRecords}: the user each network names as its clinical director. */
  public static final class ClinicalDirectors {
    public String clinicalDirectorUserOf(Long networkId) {
      return networkId == BELPER ? "cd.belper" : "cd.hope";
    }
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(at(OPENED));
    Mocks.register("pcnRecords", new ClinicalDirectors());
    belowThreshold.put(BELPER, false);
    belowThreshold.put(HOPE_VALLEY, true);
    delegates.register("pcnRegisterNetworksDelegate", execution -> execution.setVariable(NETWORK_IDS, new ArrayList<>(networks)));
    delegates.register("pcnComputeSupportPaymentDelegate", execution -> execution.setVariable("supportPaymentAmount", "48000.00"));
    delegates.register("pcnScheduleYearlyCycleDelegate", execution -> {
      var next = cycles.poll();
      execution.setVariable(NEXT_CYCLE_CONFIGURED, next != null);
      if (next != null) {
        execution.setVariable(CYCLE_CONTRACT_YEAR, next[0]);
        execution.setVariable(CYCLE_OPENS_ON, at((LocalDate) next[1]));
        execution.setVariable(OPT_OUT_DEADLINE, at((LocalDate) next[2]));
      }
    });
    delegates.register("pcnCloseCaseDelegate", execution -> closed.add(execution.getProcessBusinessKey()));
    delegates.answer("pcn-register-network", task -> Map.of(BELOW_POPULATION_THRESHOLD,
        belowThreshold.get(((Number) task.getVariable(NETWORK_ID)).longValue())));
    delegates.answer("pcn-confirm-clinical-director", task -> Map.of(CLINICAL_DIRECTOR_CONFIRMED,
        "yes".equals(task.getVariable("clinicalDirectorConfirmed"))));
    delegates.answer("pcn-review-workforce-plan", task -> Map.of(WORKFORCE_PLAN_ACCEPTED,
        "yes".equals(task.getVariable("workforcePlanAccepted"))));
    delegates.answer("pcn-approve-network-changes", task -> Map.of(NETWORK_CHANGES_APPROVED,
        "yes".equals(task.getVariable("networkChangesApproved"))));
  }

  @AfterEach
  void tearDown() {
    resetProcessTestState();
  }

  @Test
  void aNetworkAtTheThresholdIsDevelopedStepByStepEachTaskRoutedToItsRoleOrItsClinicalDirector() {
    // given a programme of one network of 32,000 patients
    networks.remove(HOPE_VALLEY);
    start();

    // when it is registered
    var registration = networkTask(BELPER, "Task_RegisterNetwork");
    Assertions.assertThat(candidateGroups(registration)).containsExactly("head-of-primary-care");
    complete(registration);

    // then it goes straight to its network agreement, then its clinical director nominates, assigned to them alone
    complete(networkTask(BELPER, "Task_RecordNetworkAgreement"));
    var nomination = networkTask(BELPER, "Task_NominateClinicalDirector");
    Assertions.assertThat(nomination.getAssignee()).isEqualTo("cd.belper");
    Assertions.assertThat(candidateGroups(nomination)).containsExactly("pcn-clinical-director");
    complete(nomination);
    Assertions.assertThat(candidateGroups(networkTask(BELPER, "Task_ConfirmClinicalDirector"))).containsExactly("head-of-primary-care");
    complete(networkTask(BELPER, "Task_ConfirmClinicalDirector"), Map.of("clinicalDirectorConfirmed", "yes"));
    Assertions.assertThat(networkTask(BELPER, "Task_SignUpToDes").getAssignee()).isEqualTo("cd.belper");
    complete(networkTask(BELPER, "Task_SignUpToDes"));
    Assertions.assertThat(networkTask(BELPER, "Task_PlanAdditionalRoles").getAssignee()).isEqualTo("cd.belper");
    complete(networkTask(BELPER, "Task_PlanAdditionalRoles"));
    complete(networkTask(BELPER, "Task_ReviewWorkforcePlan"), Map.of("workforcePlanAccepted", "yes"));

    // and its support payment is computed by the hub, then authorised by finance
    runServiceTask(processInstance, "ServiceTask_ComputeSupportPayment");
    var authorisation = networkTask(BELPER, "Task_AuthoriseSupportPayment");
    Assertions.assertThat(candidateGroups(authorisation)).containsExactly("finance-lead");
    Assertions.assertThat(taskService().getVariable(authorisation.getId(), "supportPaymentAmount")).isEqualTo("48000.00");
    complete(authorisation);
    Assertions.assertThat(networkTask(BELPER, "Task_ClaimAdditionalRoles").getAssignee()).isEqualTo("cd.belper");
    complete(networkTask(BELPER, "Task_ClaimAdditionalRoles"));
    complete(networkTask(BELPER, "Task_HoldDevelopmentReview"));

    // then with no further contract year configured the case closes
    runServiceTask(processInstance, "ServiceTask_ScheduleYearlyCycle");
    runServiceTask(processInstance, "ServiceTask_CloseCase");
    assertThat(processInstance).isEnded().hasPassed("EndEvent_NetworkDeveloped", "EndEvent_ProgrammeCompleted")
        .hasNotPassed("Task_DecideSmallNetwork", "IntermediateCatchEvent_ContractYearOpened");
    Assertions.assertThat(closed).containsExactly(BUSINESS_KEY);
  }

  @Test
  void aNetworkUnderThePopulationThresholdWithAWaiverGoesOnToItsNetworkAgreement() {
    // given Hope Valley registered under the threshold
    start();
    complete(networkTask(BELPER, "Task_RegisterNetwork"));
    complete(networkTask(HOPE_VALLEY, "Task_RegisterNetwork"));

    // then only Hope Valley waits for the commissioner's decision, routed to the committee
    var decision = networkTask(HOPE_VALLEY, "Task_DecideSmallNetwork");
    Assertions.assertThat(candidateGroups(decision)).containsExactly("primary-care-commissioning-committee");
    Assertions.assertThat(networkTaskKeys(BELPER)).containsExactly("Task_RecordNetworkAgreement");

    // when the threshold is waived
    complete(decision, Map.of("smallNetworkDecision", "waiver"));

    // then Hope Valley records its network agreement like any other network
    Assertions.assertThat(networkTaskKeys(HOPE_VALLEY)).containsExactly("Task_RecordNetworkAgreement");
  }

  @Test
  void aNetworkUnderThePopulationThresholdThatMergesEndsItsOwnDevelopmentOnly() {
    // given Hope Valley registered under the threshold
    start();
    complete(networkTask(BELPER, "Task_RegisterNetwork"));
    complete(networkTask(HOPE_VALLEY, "Task_RegisterNetwork"));

    // when it merges into another network
    complete(networkTask(HOPE_VALLEY, "Task_DecideSmallNetwork"), Map.of("smallNetworkDecision", "merger"));

    // then its development ends there, and Belper's goes on
    Assertions.assertThat(networkTaskKeys(HOPE_VALLEY)).isEmpty();
    Assertions.assertThat(timesPassed(processInstance, "EndEvent_NetworkMerged")).isEqualTo(1);
    Assertions.assertThat(networkTaskKeys(BELPER)).containsExactly("Task_RecordNetworkAgreement");
    assertThat(processInstance).isActive();
  }

  @Test
  void aClinicalDirectorNotConfirmedIsNominatedAgainUntilOneIsConfirmed() {
    // given Belper's clinical director nominated
    networks.remove(HOPE_VALLEY);
    start();
    complete(networkTask(BELPER, "Task_RegisterNetwork"));
    complete(networkTask(BELPER, "Task_RecordNetworkAgreement"));
    complete(networkTask(BELPER, "Task_NominateClinicalDirector"));

    // when the commissioner twice does not confirm the nominee
    complete(networkTask(BELPER, "Task_ConfirmClinicalDirector"), Map.of("clinicalDirectorConfirmed", "no"));
    Assertions.assertThat(networkTaskKeys(BELPER)).containsExactly("Task_NominateClinicalDirector");
    complete(networkTask(BELPER, "Task_NominateClinicalDirector"));
    complete(networkTask(BELPER, "Task_ConfirmClinicalDirector"), Map.of("clinicalDirectorConfirmed", "no"));
    complete(networkTask(BELPER, "Task_NominateClinicalDirector"));

    // then it goes on only once one is confirmed
    Assertions.assertThat(networkTaskKeys(BELPER)).containsExactly("Task_ConfirmClinicalDirector");
    complete(networkTask(BELPER, "Task_ConfirmClinicalDirector"), Map.of("clinicalDirectorConfirmed", "yes"));
    Assertions.assertThat(networkTaskKeys(BELPER)).containsExactly("Task_SignUpToDes");
    Assertions.assertThat(timesPassed(processInstance, "Task_NominateClinicalDirector")).isEqualTo(3);
  }

  @Test
  void aReturnedWorkforcePlanIsPlannedAgainBeforeAnyPaymentIsComputed() {
    networks.remove(HOPE_VALLEY);
    start();
    completeUpToWorkforcePlan(BELPER);

    complete(networkTask(BELPER, "Task_ReviewWorkforcePlan"), Map.of("workforcePlanAccepted", "no"));

    Assertions.assertThat(networkTaskKeys(BELPER)).containsExactly("Task_PlanAdditionalRoles");
    Assertions.assertThat(jobsAt(processInstance, "ServiceTask_ComputeSupportPayment")).isEmpty();
    complete(networkTask(BELPER, "Task_PlanAdditionalRoles"));
    complete(networkTask(BELPER, "Task_ReviewWorkforcePlan"), Map.of("workforcePlanAccepted", "yes"));
    Assertions.assertThat(jobsAt(processInstance, "ServiceTask_ComputeSupportPayment")).hasSize(1);
  }

  @Test
  void theYearlyCycleWaitsForEachContractYearsDatesAndRepeatsWhileContractYearsAreConfigured() {
    // given 2027-28 and 2028-29 configured, and Belper developed
    cycles.add(new Object[] {"2027-28", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31)});
    cycles.add(new Object[] {"2028-29", LocalDate.of(2028, 4, 3), LocalDate.of(2028, 5, 31)});
    networks.remove(HOPE_VALLEY);
    start();
    developFully(BELPER);
    runServiceTask(processInstance, "ServiceTask_ScheduleYearlyCycle");

    // then the cycle waits for the day 2027-28 opens
    var opens = timer(processInstance, "IntermediateCatchEvent_ContractYearOpened");
    Assertions.assertThat(opens.getDuedate()).isEqualTo(at(LocalDate.of(2027, 4, 1)));
    Assertions.assertThat(caseTasks()).isEmpty();

    // when it opens, details are confirmed, and the opt-out window runs to its deadline
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 4, 1)));
    execute(opens);
    complete(caseTask("Task_ConfirmNetworkDetails"));
    var optOutDeadline = timer(processInstance, "IntermediateCatchEvent_OptOutDeadlinePassed");
    Assertions.assertThat(optOutDeadline.getDuedate()).isEqualTo(at(LocalDate.of(2027, 5, 31)));
    Assertions.assertThat(caseTasks()).isEmpty();
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 5, 31)));
    execute(optOutDeadline);

    // then opt-outs are recorded, the commissioner approves and the ODS change is submitted
    complete(caseTask("Task_RecordPracticeOptOuts"));
    Assertions.assertThat(candidateGroups(caseTask("Task_ApproveNetworkChanges"))).containsExactly("director-of-primary-care");
    complete(caseTask("Task_ApproveNetworkChanges"), Map.of("networkChangesApproved", "yes"));
    complete(caseTask("Task_SubmitOdsChange"));

    // and the next configured year's cycle waits for its own day
    runServiceTask(processInstance, "ServiceTask_ScheduleYearlyCycle");
    Assertions.assertThat(timer(processInstance, "IntermediateCatchEvent_ContractYearOpened").getDuedate())
        .isEqualTo(at(LocalDate.of(2028, 4, 3)));
    Assertions.assertThat(closed).isEmpty();
  }

  @Test
  void networkChangesSentBackAreConfirmedAgainBeforeTheOdsChangeIsSubmitted() {
    // given the 2027-28 cycle at the commissioner's approval, after the opt-out deadline
    cycles.add(new Object[] {"2027-28", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31)});
    networks.remove(HOPE_VALLEY);
    start();
    developFully(BELPER);
    runServiceTask(processInstance, "ServiceTask_ScheduleYearlyCycle");
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 1)));
    execute(timer(processInstance, "IntermediateCatchEvent_ContractYearOpened"));
    complete(caseTask("Task_ConfirmNetworkDetails"));
    execute(timer(processInstance, "IntermediateCatchEvent_OptOutDeadlinePassed"));
    complete(caseTask("Task_RecordPracticeOptOuts"));

    // when the commissioner sends the changes back
    complete(caseTask("Task_ApproveNetworkChanges"), Map.of("networkChangesApproved", "no"));

    // then the details are confirmed again, no ODS change is submitted, and the approval comes round again
    Assertions.assertThat(caseTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_ConfirmNetworkDetails");
    complete(caseTask("Task_ConfirmNetworkDetails"));
    execute(timer(processInstance, "IntermediateCatchEvent_OptOutDeadlinePassed"));
    complete(caseTask("Task_RecordPracticeOptOuts"));
    complete(caseTask("Task_ApproveNetworkChanges"), Map.of("networkChangesApproved", "yes"));
    Assertions.assertThat(caseTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_SubmitOdsChange");
  }

  // ---------------------------------------------------------------------------------------------

  private void start() {
    processInstance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
        Map.of(CASE_REFERENCE, BUSINESS_KEY, CASE_TITLE, "Derbyshire PCN development 2026-27"));
    runServiceTask(processInstance, "ServiceTask_RegisterNetworks");
  }

  private void completeUpToWorkforcePlan(long network) {
    complete(networkTask(network, "Task_RegisterNetwork"));
    complete(networkTask(network, "Task_RecordNetworkAgreement"));
    complete(networkTask(network, "Task_NominateClinicalDirector"));
    complete(networkTask(network, "Task_ConfirmClinicalDirector"), Map.of("clinicalDirectorConfirmed", "yes"));
    complete(networkTask(network, "Task_SignUpToDes"));
    complete(networkTask(network, "Task_PlanAdditionalRoles"));
  }

  private void developFully(long network) {
    completeUpToWorkforcePlan(network);
    complete(networkTask(network, "Task_ReviewWorkforcePlan"), Map.of("workforcePlanAccepted", "yes"));
    runServiceTask(processInstance, "ServiceTask_ComputeSupportPayment");
    complete(networkTask(network, "Task_AuthoriseSupportPayment"));
    complete(networkTask(network, "Task_ClaimAdditionalRoles"));
    complete(networkTask(network, "Task_HoldDevelopmentReview"));
  }

  private List<Task> networkTasks(long network) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId()).list().stream()
        .filter(task -> Long.valueOf(network).equals(asLong(taskService().getVariable(task.getId(), NETWORK_ID))))
        .toList();
  }

  private List<String> networkTaskKeys(long network) {
    return networkTasks(network).stream().map(Task::getTaskDefinitionKey).toList();
  }

  private Task networkTask(long network, String key) {
    return networkTasks(network).stream().filter(task -> task.getTaskDefinitionKey().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("network " + network + " has no open " + key + ", only "
            + networkTaskKeys(network)));
  }

  private List<Task> caseTasks() {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId()).list();
  }

  private Task caseTask(String key) {
    var found = taskService().createTaskQuery().processInstanceId(processInstance.getId()).taskDefinitionKey(key).list();
    Assertions.assertThat(found).as("open %s", key).hasSize(1);
    return found.get(0);
  }

  private static Long asLong(Object value) {
    return value instanceof Number number ? number.longValue() : null;
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }
}
