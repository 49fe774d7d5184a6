package org.commissioninghub.sarc.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.commissioninghub.testsupport.ProcessTestSupport.DelegateStandIns;
import org.commissioninghub.workflow.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs SarcRecommissioningProcess on its own on an in-memory engine, section by section.
 *
 * <p>Each service task delegate and each form's recording is replaced by a stand-in that sets
 * exactly the variables the real one sets: {@code coCommissionerIds} (registering the
 * co-commissioners), {@code lotIds} and {@code redesignTherapeuticServices} (the specification),
 * {@code awardedLotIds} and {@code anyLotAwarded} (the awards), {@code accreditationInHand} (the
 * accreditation plan) and {@code contractEndsAt} (go-live). The look-ups the model's expressions
 * call, {@code sarcRecords.pccUser} and {@code sarcRecords.awardApprovalSteps}, answer from the
 * test's own commissioners and lots. CompetitiveProcurementProcess is a stub, a single user task
 * the test completes with the lot's outcome.
 */
@Deployment(resources = "processes/SarcRecommissioningProcess.bpmn")
class SarcRecommissioningProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final String BUSINESS_KEY = "SAR-2026-0001";
  private static final String CASE_TITLE = "South West SARCs";
  private static final Instant STARTED_AT = Instant.parse("2026-01-05T09:00:00Z");

  private static final long AVON_PCC = 31L;
  private static final long DEVON_PCC = 32L;
  private static final Map<Long, String> PCC_USERS = Map.of(AVON_PCC, "alex.avon", DEVON_PCC, "sam.devon");
  private static final long AVON_LOT = 501L;
  private static final long DEVON_LOT = 502L;

  private static final String REGISTER_CO_COMMISSIONERS = "sarcRegisterCoCommissionersDelegate";
  private static final String RECORD_AWARDS = "sarcRecordAwardsDelegate";
  private static final String CLOSE_CASE = "sarcCloseCaseDelegate";
  private static final String COMPETITIVE = "CompetitiveProcurementProcess";
  private static final String STUB_TASK = "Task_StubDecision";

  private final DelegateStandIns delegates = new DelegateStandIns();
  /** What each lot's accreditation plan finds, and when its contract ends once live. */
  private final Map<Long, Boolean> accreditationInHand = new LinkedHashMap<>();
  private final Map<Long, String> lotOutcomes = new LinkedHashMap<>();
  private final List<Long> decisionNoticesSigned = new ArrayList<>();
  private final List<Long> escalated = new ArrayList<>();
  private final List<Long> surveillanceRecorded = new ArrayList<>();
  private boolean redesign;
  private Date contractEndsAt;
  private String stubDeploymentId;
  private ProcessInstance processInstance;

  /** Stands in for the look-ups the diagram's expressions make of the case store. */
  public static final class Records {
    public String pccUser(Long coCommissionerId) {
      return PCC_USERS.get(coCommissionerId);
    }

    public String awardApprovalSteps(Long lotId) {
      return "steps of lot " + lotId;
    }
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(STARTED_AT));
    Mocks.register("sarcRecords", new Records());
    delegates.register(REGISTER_CO_COMMISSIONERS,
        execution -> execution.setVariable("coCommissionerIds", new ArrayList<>(List.of(AVON_PCC, DEVON_PCC))));
    delegates.answer("sarc-assess-needs", task -> Map.of());
    delegates.answer("sarc-sign-co-commissioning-agreement", task -> {
      decisionNoticesSigned.add(((Number) task.getVariable("coCommissionerId")).longValue());
      return Map.of();
    });
    delegates.answer("sarc-write-service-specification", task -> Map.of(
        "lotIds", new ArrayList<>(List.of(AVON_LOT, DEVON_LOT)),
        "redesignTherapeuticServices", "yes".equals(ProcessVariables.text(task, "redesignTherapeuticServices"))));
    delegates.answer("sarc-redesign-therapeutic-services", task -> Map.of());
    delegates.register(RECORD_AWARDS, execution -> {
      var awarded = new ArrayList<>(lotOutcomes.entrySet().stream()
          .filter(lot -> "awarded".equals(lot.getValue())).map(Map.Entry::getKey).toList());
      execution.setVariable("awardedLotIds", awarded);
      execution.setVariable("anyLotAwarded", !awarded.isEmpty());
    });
    delegates.answer("sarc-plan-accreditation", task -> Map.of("accreditationInHand",
        accreditationInHand.get(((Number) task.getVariable("lotId")).longValue())));
    delegates.answer("sarc-escalate-missing-accreditation", task -> {
      escalated.add(((Number) task.getVariable("lotId")).longValue());
      return Map.of();
    });
    delegates.answer("sarc-confirm-go-live", task -> Map.of("contractEndsAt", contractEndsAt));
    delegates.answer("sarc-record-accreditation-surveillance", task -> {
      surveillanceRecorded.add(((Number) task.getVariable("lotId")).longValue());
      return Map.of();
    });
    delegates.register(CLOSE_CASE, execution -> {});
    stubDeploymentId = repositoryService().createDeployment().name("sarc-called-process-stubs")
        .addModelInstance(COMPETITIVE + "-stub.bpmn", Bpmn.createExecutableProcess(COMPETITIVE)
            .camundaHistoryTimeToLive(180).startEvent().userTask(STUB_TASK).endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    repositoryService().deleteDeployment(stubDeploymentId, true);
    resetProcessTestState();
  }

  // --- Needs assessment and co-commissioning ---

  @Test
  void eachCommissionerSignsTheirOwnAgreementAndTheSpecificationFollowsOnceAllHaveSigned() {
    // given a case is opened and its co-commissioners registered
    startProcess();
    runServiceTask(processInstance, "ServiceTask_RegisterCoCommissioners");
    assertThat(processInstance).isWaitingAt("Task_AssessNeedsAndEngageSurvivors");
    assertThat(task(processInstance)).hasCandidateGroup("health-and-justice-commissioner");

    // when the needs are assessed
    completeTask("Task_AssessNeedsAndEngageSurvivors", "needsSummary", "Activity rising", "survivorEngagementSummary",
        "Survivors asked for self-referral");

    // then each commissioner is asked to sign, their own task assigned to them, at once
    var signing = tasks("Task_SignCoCommissioningAgreement");
    Assertions.assertThat(signing).extracting(Task::getAssignee).containsExactlyInAnyOrder("alex.avon", "sam.devon");
    Assertions.assertThat(signing).allSatisfy(task ->
        Assertions.assertThat(candidateGroups(task)).containsExactly("pcc-representative"));

    // when one signs the other still has to
    complete(assignedTo("alex.avon"), decisionNotice("APCC-2026-01"));
    assertThat(processInstance).isWaitingAt("Task_SignCoCommissioningAgreement")
        .hasNotPassed("Task_WriteServiceSpecification");

    // and when both have signed, the specification is written
    complete(assignedTo("sam.devon"), decisionNotice("DCPCC-2026-07"));
    assertThat(processInstance).isWaitingAt("Task_WriteServiceSpecification");
    assertThat(task(processInstance)).hasCandidateGroup("health-and-justice-commissioner");
    Assertions.assertThat(decisionNoticesSigned).containsExactlyInAnyOrder(AVON_PCC, DEVON_PCC);
    Assertions.assertThat(delegates.businessKeysSeen()).containsOnly(BUSINESS_KEY);
  }

  // --- Specification and procurement ---

  @Test
  void withoutARedesignEachLotIsProcuredCompetitivelyWithItsOwnApprovalChain() {
    // given the agreements are signed
    reachSpecification();

    // when the specification leaves therapeutic services as they are
    specify(false);

    // then each lot runs a competitive procurement at once, with its approval chain and this case's roles
    assertThat(processInstance).isWaitingAt("CallActivity_RunCompetitiveProcurement")
        .hasNotPassed("Task_RedesignTherapeuticServices");
    var competitions = calledInstances();
    Assertions.assertThat(competitions).hasSize(2);
    Assertions.assertThat(competitions).extracting(competition -> stubVariables(competition).get("lotId"))
        .containsExactlyInAnyOrder(AVON_LOT, DEVON_LOT);
    Assertions.assertThat(competitions).allSatisfy(competition -> {
      var inputs = stubVariables(competition);
      Assertions.assertThat(inputs)
          .containsEntry("psrRoute", "competitive")
          .containsEntry("awardApproverRole", "procurement-lead")
          .containsEntry("awardEscalationRole", "director-of-commissioning")
          .containsEntry("awardApprovalSteps", "steps of lot " + inputs.get("lotId"))
          .containsEntry("caseReference", BUSINESS_KEY)
          .containsEntry("caseTitle", CASE_TITLE);
      Assertions.assertThat(competition.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    });
  }

  @Test
  void aRedesignOfTherapeuticServicesGoesToTheClinicalLeadBeforeTheProcurement() {
    // given the agreements are signed
    reachSpecification();

    // when the specification asks for therapeutic services to be redesigned
    specify(true);

    // then the clinical lead redesigns them first, and the lots are procured after
    assertThat(processInstance).isWaitingAt("Task_RedesignTherapeuticServices");
    assertThat(task(processInstance)).hasCandidateGroup("clinical-lead");
    Assertions.assertThat(calledInstances()).isEmpty();
    completeTask("Task_RedesignTherapeuticServices", "therapeuticRedesignSummary", "Counselling joined with ISVAs");
    assertThat(processInstance).isWaitingAt("CallActivity_RunCompetitiveProcurement")
        .hasPassedInOrder("Gateway_IsTherapeuticRedesignIncluded", "Task_RedesignTherapeuticServices",
            "Gateway_JoinSpecified");
    Assertions.assertThat(calledInstances()).hasSize(2);
  }

  @Test
  void noLotAwardedEndsTheCaseWithoutMobilisation() {
    // given both lots are being procured
    reachProcurement();

    // when neither is awarded
    finishLot(AVON_LOT, "abandoned");
    finishLot(DEVON_LOT, "abandoned");
    runServiceTask(processInstance, "ServiceTask_RecordAwards");

    // then the case ends with no contract
    assertThat(processInstance).isEnded().hasPassed("EndEvent_NoContractAwarded")
        .hasNotPassed("Task_PlanAccreditation");
  }

  // --- Mobilisation, the accreditation gateway and go-live ---

  @Test
  void providerWithoutAccreditationInHandIsEscalatedBeforeGoLiveWhileAnAccreditedOneGoesStraightOn() {
    // given both lots are awarded; Avon's provider is accredited, Devon's has no accreditation by the deadline
    accreditationInHand.put(AVON_LOT, true);
    accreditationInHand.put(DEVON_LOT, false);
    reachMobilisation();
    Assertions.assertThat(tasks("Task_PlanAccreditation")).hasSize(2);

    // when each provider's accreditation is planned
    for (var plan : tasks("Task_PlanAccreditation")) {
      complete(plan, withVariables("accreditationStatus", "recorded by the stand-in"));
    }

    // then the accredited provider goes on to go-live and the other is escalated to the director
    var escalation = tasks("Task_EscalateMissingAccreditation");
    Assertions.assertThat(escalation).singleElement()
        .satisfies(task -> Assertions.assertThat(candidateGroups(task)).containsExactly("director-of-commissioning"))
        .satisfies(task -> Assertions.assertThat(taskService().getVariable(task.getId(), "lotId")).isEqualTo(DEVON_LOT));
    Assertions.assertThat(tasks("Task_ConfirmGoLive")).singleElement()
        .satisfies(task -> Assertions.assertThat(taskService().getVariable(task.getId(), "lotId")).isEqualTo(AVON_LOT));

    // when the director decides, that provider goes on to go-live too
    complete(escalation.get(0), withVariables("escalationAction", "remedial-plan", "escalationReason", "Dates agreed"));
    Assertions.assertThat(escalated).containsExactly(DEVON_LOT);
    Assertions.assertThat(tasks("Task_ConfirmGoLive")).hasSize(2);
    Assertions.assertThat(timesPassed(processInstance, "Task_EscalateMissingAccreditation")).isEqualTo(1);
  }

  @Test
  void afterGoLiveASurveillanceVisitFallsDueEveryYearUntilTheContractEndsAndThenTheCaseCloses() {
    // given one awarded lot whose provider is accredited, live from 1 October 2026 on a contract to the end of 2028
    accreditationInHand.put(AVON_LOT, true);
    reachMobilisation(AVON_LOT);
    complete(tasks("Task_PlanAccreditation").get(0), withVariables("accreditationStatus", "accredited"));
    var goLive = ZonedDateTime.parse("2026-10-01T09:00:00+01:00[Europe/London]");
    ClockUtil.setCurrentTime(Date.from(goLive.toInstant()));
    contractEndsAt = Date.from(Instant.parse("2029-01-01T00:00:00Z"));
    completeTask("Task_ConfirmGoLive", "goLiveDate", "2026-10-01");

    // then no visit is due before a year has passed
    var firstDue = timer(processInstance, "IntermediateCatchEvent_SurveillanceDue").getDuedate();
    Assertions.assertThat(firstDue).isEqualTo(Date.from(goLive.plusYears(1).toInstant()));
    Assertions.assertThat(timer(processInstance, "IntermediateCatchEvent_ContractEnded").getDuedate())
        .isEqualTo(contractEndsAt);

    // when a year passes, the visit is recorded, and the next falls due a year after that
    ClockUtil.setCurrentTime(justAfter(firstDue));
    execute(timer(processInstance, "IntermediateCatchEvent_SurveillanceDue"));
    assertThat(processInstance).isWaitingAt("Task_RecordAccreditationSurveillance");
    assertThat(task(processInstance)).hasCandidateGroup("health-and-justice-commissioner");
    completeTask("Task_RecordAccreditationSurveillance", "surveillanceOutcome", "accredited");
    var secondDue = timer(processInstance, "IntermediateCatchEvent_SurveillanceDue").getDuedate();
    Assertions.assertThat(secondDue).isAfter(justBefore(Date.from(goLive.plusYears(2).toInstant())));
    ClockUtil.setCurrentTime(justAfter(secondDue));
    execute(timer(processInstance, "IntermediateCatchEvent_SurveillanceDue"));
    completeTask("Task_RecordAccreditationSurveillance", "surveillanceOutcome", "accredited");
    Assertions.assertThat(surveillanceRecorded).containsExactly(AVON_LOT, AVON_LOT);

    // when the contract ends before the third visit
    ClockUtil.setCurrentTime(justAfter(contractEndsAt));
    execute(timer(processInstance, "IntermediateCatchEvent_ContractEnded"));

    // then the loop stops and the case is closed
    runServiceTask(processInstance, "ServiceTask_CloseCase");
    assertThat(processInstance).isEnded()
        .hasPassedInOrder("Task_ConfirmGoLive", "IntermediateCatchEvent_SurveillanceDue",
            "Task_RecordAccreditationSurveillance", "IntermediateCatchEvent_ContractEnded", "EndEvent_ContractEnded",
            "ServiceTask_CloseCase", "EndEvent_SarcContractsEnded")
        .hasNotPassed("Task_EscalateMissingAccreditation");
    Assertions.assertThat(timesPassed(processInstance, "Task_RecordAccreditationSurveillance")).isEqualTo(2);
  }

  // --- Steps ---

  private void startProcess() {
    processInstance = runtimeService().startProcessInstanceByKey("SarcRecommissioningProcess", BUSINESS_KEY,
        withVariables("caseReference", BUSINESS_KEY, "caseTitle", CASE_TITLE, "surveillanceInterval", "P1Y"));
    assertThat(processInstance).isStarted().isWaitingAt("ServiceTask_RegisterCoCommissioners");
  }

  private void reachSpecification() {
    startProcess();
    runServiceTask(processInstance, "ServiceTask_RegisterCoCommissioners");
    completeTask("Task_AssessNeedsAndEngageSurvivors", "needsSummary", "Activity rising", "survivorEngagementSummary",
        "Survivors asked for self-referral");
    complete(assignedTo("alex.avon"), decisionNotice("APCC-2026-01"));
    complete(assignedTo("sam.devon"), decisionNotice("DCPCC-2026-07"));
    assertThat(processInstance).isWaitingAt("Task_WriteServiceSpecification");
  }

  private void specify(boolean redesignTherapeuticServices) {
    redesign = redesignTherapeuticServices;
    completeTask("Task_WriteServiceSpecification", "ageScope", "adults-and-children",
        "redesignTherapeuticServices", redesign ? "yes" : "no");
  }

  private void reachProcurement() {
    reachSpecification();
    specify(false);
    Assertions.assertThat(calledInstances()).hasSize(2);
  }

  private void reachMobilisation(long... awarded) {
    reachProcurement();
    var awardedLots = awarded.length == 0 ? List.of(AVON_LOT, DEVON_LOT) : java.util.Arrays.stream(awarded).boxed().toList();
    for (var lot : List.of(AVON_LOT, DEVON_LOT)) {
      finishLot(lot, awardedLots.contains(lot) ? "awarded" : "abandoned");
    }
    runServiceTask(processInstance, "ServiceTask_RecordAwards");
    assertThat(processInstance).isWaitingAt("Task_PlanAccreditation");
    Assertions.assertThat(tasks("Task_PlanAccreditation")).allSatisfy(task ->
        Assertions.assertThat(candidateGroups(task)).containsExactly("health-and-justice-commissioner"));
  }

  private void finishLot(long lotId, String outcome) {
    lotOutcomes.put(lotId, outcome);
    var competition = calledInstances().stream()
        .filter(instance -> Long.valueOf(lotId).equals(stubVariables(instance).get("lotId"))).findFirst().orElseThrow();
    complete(stubTask(competition), withVariables("lotOutcome", outcome));
  }

  private static Map<String, Object> decisionNotice(String reference) {
    return withVariables("decisionNoticeReference", reference, "decisionNoticeDate", "2026-02-01");
  }

  private void completeTask(String taskDefinitionKey, Object... keysAndValues) {
    assertThat(processInstance).isWaitingAt(taskDefinitionKey);
    var variables = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    complete(task(taskDefinitionKey, processInstance), variables);
  }

  // --- Engine look-ups ---

  private List<Task> tasks(String taskDefinitionKey) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId())
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  private Task assignedTo(String user) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId()).taskAssignee(user)
        .singleResult();
  }

  private List<ProcessInstance> calledInstances() {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(processInstance.getId())
        .processDefinitionKey(COMPETITIVE).list();
  }

  private Task stubTask(ProcessInstance calledInstance) {
    return taskService().createTaskQuery().processInstanceId(calledInstance.getId()).taskDefinitionKey(STUB_TASK)
        .singleResult();
  }

  private Map<String, Object> stubVariables(ProcessInstance calledInstance) {
    return taskService().getVariables(stubTask(calledInstance).getId());
  }
}
