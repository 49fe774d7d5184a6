package org.commissioninghub.prison.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.commissioninghub.prison.PrisonMobilisationVariables.*;
import static org.commissioninghub.testsupport.ProcessTestSupport.candidateGroups;
import static org.commissioninghub.testsupport.ProcessTestSupport.resetProcessTestState;
import static org.commissioninghub.testsupport.ProcessTestSupport.runServiceTask;
import static org.commissioninghub.testsupport.ProcessTestSupport.timesPassed;

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
import org.camunda.bpm.engine.runtime.Job;
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
 * Runs PrisonMobilisationProcess on its own on an in-memory engine: one lot (go-live Saturday 1
 * October 2022) of two sites, Bristol and Leyhill, with the engine's clock starting on 1 June 2022.
 *
 * <p>The delegates are stand-ins setting exactly the variables the real ones set: the lots to
 * mobilise, each site's timer days (go-live, employee liability information due 28 days before,
 * vetting warning 8 weeks before), whether CQC registration is in hand (from {@link #cqcRegistered}),
 * and each lot's review days 30 and 90 days after it went live. The answers the hub records are
 * stand-ins too: vetting answers whether all staff are cleared, readiness the go/no-go chain's
 * steps, the deferral decision the new date and whether an urgent extension is needed.
 * ApprovalChainProcess is a stub whose one task the test completes with the chain's outcome.
 */
@Deployment(resources = "processes/PrisonMobilisationProcess.bpmn")
class PrisonMobilisationProcessTests {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessTestEngine.extension();

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String BUSINESS_KEY = "PRI-2022-0001";
  private static final long LOT = 11L;
  private static final long BRISTOL = 101L;
  private static final long LEYHILL = 102L;
  private static final LocalDate OPENED = LocalDate.of(2022, 6, 1);
  private static final LocalDate GO_LIVE = LocalDate.of(2022, 10, 1);
  private static final LocalDate DEFERRED_GO_LIVE = LocalDate.of(2022, 12, 1);
  private static final String APPROVAL_CHAIN = "ApprovalChainProcess";
  private static final String STUB_TASK = "Task_StubDecision";

  private final DelegateStandIns delegates = new DelegateStandIns();
  /** Stand-in for each site's CQC registration in the case store. */
  private final Map<Long, Boolean> cqcRegistered = new HashMap<>();
  private final List<Long> lateInformationRisks = new ArrayList<>();
  private final List<Long> vettingWarnings = new ArrayList<>();
  private final List<String> deferrals = new ArrayList<>();
  private final Map<Long, LocalDate> wentLive = new LinkedHashMap<>();
  private String stubDeploymentId;
  private ProcessInstance processInstance;

  /** Stands in for {@code prisonRecords}: the sites of each lot. */
  public static final class SiteIds {
    public List<Long> siteIdsOf(Long lotId) {
      return lotId == LOT ? new ArrayList<>(List.of(BRISTOL, LEYHILL)) : List.of();
    }
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(at(OPENED));
    Mocks.register("prisonRecords", new SiteIds());
    delegates.register("prisonRegisterLotsAndSitesDelegate",
        execution -> execution.setVariable(LOT_IDS, new ArrayList<>(List.of(LOT))));
    delegates.register("prisonSetUpSiteWorkstreamsDelegate", execution -> {
      execution.setVariable(SITE_GO_LIVE_DATE, at(GO_LIVE));
      execution.setVariable(EMPLOYEE_LIABILITY_DUE_DATE, at(GO_LIVE.minusDays(28)));
      execution.setVariable(VETTING_WARNING_DATE, at(GO_LIVE.minusWeeks(8)));
    });
    delegates.register("prisonRaiseLateEmployeeLiabilityRiskDelegate", execution -> lateInformationRisks.add(siteOf(execution.getVariable(SITE_ID))));
    delegates.register("prisonWarnVettingTimeShortDelegate", execution -> vettingWarnings.add(siteOf(execution.getVariable(SITE_ID))));
    delegates.register("prisonRecordGoDecisionDelegate", execution -> {});
    delegates.register("prisonCheckCqcRegistrationDelegate", execution -> execution.setVariable(CQC_REGISTERED,
        cqcRegistered.getOrDefault(siteOf(execution.getVariable(SITE_ID)), false)));
    delegates.register("prisonDeferSiteGoLiveDelegate", execution -> deferrals.add(siteOf(execution.getVariable(SITE_ID))
        + ": " + execution.getVariable(GO_NO_GO_OUTCOME) + ", CQC " + execution.getVariable(CQC_REGISTERED)));
    delegates.register("prisonRecordSiteLiveDelegate", execution -> wentLive.put(siteOf(execution.getVariable(SITE_ID)),
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON)));
    delegates.register("prisonRecordLotLiveDelegate", execution -> {
      var today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
      execution.setVariable(FIRST_REVIEW_DATE, at(today.plusDays(30)));
      execution.setVariable(SECOND_REVIEW_DATE, at(today.plusDays(90)));
    });
    delegates.register("prisonCloseCaseDelegate", execution -> {});
    delegates.answer("prison-report-security-vetting", task -> Map.of(ALL_STAFF_VETTED,
        ProcessVariables.decimal(task, "staffVetted").equals(ProcessVariables.decimal(task, "staffToVet"))));
    delegates.answer("prison-assess-site-readiness", task -> Map.of(
        GO_LIVE_STAGE, "Go-live of site " + task.getVariable(SITE_ID),
        APPROVAL_STEPS, new ArrayList<>(List.of(Map.of("name", "Health and Justice commissioner",
            "role", "health-and-justice-commissioner"))),
        APPROVAL_SUMMARY, "Ready"));
    delegates.answer("prison-decide-deferred-go-live", task -> Map.of(
        SITE_GO_LIVE_DATE, at(ProcessVariables.asDate(task.getVariable("newGoLiveDate"))),
        URGENT_EXTENSION_NEEDED, "yes".equals(task.getVariable("urgentExtension"))));
    stubDeploymentId = repositoryService().createDeployment().name("prison-called-process-stub")
        .addModelInstance(APPROVAL_CHAIN + "-stub.bpmn", Bpmn.createExecutableProcess(APPROVAL_CHAIN)
            .camundaHistoryTimeToLive(180).startEvent().userTask(STUB_TASK).endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    if (stubDeploymentId != null) {
      repositoryService().deleteDeployment(stubDeploymentId, true);
    }
    resetProcessTestState();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void aCaseIsHandedOverAndKickedOffBeforeEverySiteStartsItsWorkstreams() {
    // given a case opened with one lot of two sites
    start();

    // when procurement hands over and the programme manager kicks off
    assertThat(task("Task_HandOverContractAward", processInstance)).hasCandidateGroup("procurement-lead");
    complete(task("Task_HandOverContractAward", processInstance));
    assertThat(task("Task_KickOffMobilisation", processInstance)).hasCandidateGroup("programme-manager");
    complete(task("Task_KickOffMobilisation", processInstance));
    setUpSites();

    // then each site runs its eight workstreams at once, each task routed to its owner role and naming its site
    for (var site : List.of(BRISTOL, LEYHILL)) {
      Assertions.assertThat(siteTasks(site)).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(
          "Task_RecordEmployeeLiabilityInformation", "Task_ReportSecurityVetting", "Task_ConfirmCqcRegistration",
          "Task_PrepareClinicalIt", "Task_SignOffInformationGovernance", "Task_PrepareMedicinesAndPharmacy",
          "Task_PrepareEstatesAndEquipment", "Task_AgreeClinicalPathways");
    }
    Assertions.assertThat(candidateGroups(siteTask(BRISTOL, "Task_ReportSecurityVetting"))).containsExactly("hr-lead");
    Assertions.assertThat(candidateGroups(siteTask(BRISTOL, "Task_ConfirmCqcRegistration"))).containsExactly("contract-manager");
    Assertions.assertThat(candidateGroups(siteTask(BRISTOL, "Task_SignOffInformationGovernance"))).containsExactly("ig-lead");
    Assertions.assertThat(candidateGroups(siteTask(LEYHILL, "Task_AgreeClinicalPathways"))).containsExactly("clinical-lead");
    // and the site's timers wait for its days: information 28 days before go-live, vetting warning 8 weeks before
    Assertions.assertThat(timerOf(BRISTOL, "BoundaryEvent_EmployeeLiabilityInformationOverdue").getDuedate())
        .isEqualTo(at(LocalDate.of(2022, 9, 3)));
    Assertions.assertThat(timerOf(BRISTOL, "BoundaryEvent_VettingTimeShort").getDuedate())
        .isEqualTo(at(LocalDate.of(2022, 8, 6)));
  }

  @Test
  void everythingReadyGoesLiveOnTheDateAndIsReviewedAfter30And90DaysThenClosed() {
    // given both sites' workstreams done, CQC registration in hand
    reachWorkstreams();
    cqcRegistered.put(BRISTOL, true);
    cqcRegistered.put(LEYHILL, true);
    for (var site : List.of(BRISTOL, LEYHILL)) {
      completeWorkstreams(site);
      assessReadiness(site);
    }

    // when the go/no-go approves each site
    decideGoNoGo(BRISTOL, "approved", null);
    decideGoNoGo(LEYHILL, "approved", null);
    runEverySiteJob("ServiceTask_RecordGoDecision");

    // then each site waits for the lot's go-live date, and nothing goes live before it
    Assertions.assertThat(timerOf(BRISTOL, "IntermediateCatchEvent_GoLiveDateReached").getDuedate()).isEqualTo(at(GO_LIVE));
    Assertions.assertThat(wentLive).isEmpty();

    // when the date comes
    ClockUtil.setCurrentTime(at(GO_LIVE));
    fireTimers("IntermediateCatchEvent_GoLiveDateReached");
    runEverySiteJob("ServiceTask_CheckCqcRegistration");
    runEverySiteJob("ServiceTask_RecordSiteLive");

    // then both sites are live on the date, the lot is live, and its first review is due 30 days on
    Assertions.assertThat(wentLive).containsOnly(Map.entry(BRISTOL, GO_LIVE), Map.entry(LEYHILL, GO_LIVE));
    runServiceTask(processInstance, "ServiceTask_RecordLotLive");
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_FirstReviewDue");
    var firstReview = timer("IntermediateCatchEvent_FirstReviewDue");
    Assertions.assertThat(firstReview.getDuedate()).isEqualTo(at(LocalDate.of(2022, 10, 31)));
    ClockUtil.setCurrentTime(firstReview.getDuedate());
    execute(firstReview);
    assertThat(task("Task_HoldFirstPostGoLiveReview", processInstance)).hasCandidateGroup("contract-manager");
    complete(task("Task_HoldFirstPostGoLiveReview", processInstance));
    var secondReview = timer("IntermediateCatchEvent_SecondReviewDue");
    Assertions.assertThat(secondReview.getDuedate()).isEqualTo(at(LocalDate.of(2022, 12, 30)));
    ClockUtil.setCurrentTime(secondReview.getDuedate());
    execute(secondReview);
    complete(task("Task_HoldSecondPostGoLiveReview", processInstance));

    // and contract management takes over and the case closes
    assertThat(task("Task_HandOverToContractManagement", processInstance)).hasCandidateGroup("contract-manager");
    complete(task("Task_HandOverToContractManagement", processInstance));
    runServiceTask(processInstance, "ServiceTask_CloseCase");
    assertThat(processInstance).isEnded().hasPassed("EndEvent_LotMobilised", "EndEvent_MobilisationCompleted")
        .hasNotPassed("ServiceTask_DeferSiteGoLive", "ServiceTask_RaiseLateInformationRisk",
            "ServiceTask_WarnVettingTimeShort");
    Assertions.assertThat(timesPassed(processInstance, "EndEvent_SiteLive")).isEqualTo(2);
    Assertions.assertThat(deferrals).isEmpty();
  }

  @Test
  void aSiteNotReadyIsDeferredEscalatedAndCoveredByAnUrgentExtensionWhileTheOtherGoesLive() {
    // given a lot of two sites whose workstreams are done, CQC registration in hand at both
    reachWorkstreams();
    cqcRegistered.put(BRISTOL, true);
    cqcRegistered.put(LEYHILL, true);
    for (var site : List.of(BRISTOL, LEYHILL)) {
      completeWorkstreams(site);
      assessReadiness(site);
    }

    // when Bristol is approved and Leyhill is not
    decideGoNoGo(BRISTOL, "approved", null);
    decideGoNoGo(LEYHILL, "rejected", "Pharmacy not ready");
    runEverySiteJob("ServiceTask_RecordGoDecision");
    runEverySiteJob("ServiceTask_DeferSiteGoLive");

    // then Leyhill is deferred and escalated to the Director of Commissioning
    Assertions.assertThat(deferrals).containsExactly(LEYHILL + ": rejected, CQC null");
    var decision = siteTask(LEYHILL, "Task_DecideDeferredGoLive");
    Assertions.assertThat(candidateGroups(decision)).containsExactly("director-of-commissioning");

    // when the director sets a new date with an urgent extension of the incumbent, and procurement records it
    complete(decision, Map.of("newGoLiveDate", "2022-12-01", "urgentExtension", "yes", "deferralNotes", "Two months"));
    var extension = siteTask(LEYHILL, "Task_RecordUrgentAwardExtension");
    Assertions.assertThat(candidateGroups(extension)).containsExactly("procurement-lead");
    complete(extension);

    // then Leyhill's readiness is assessed again while Bristol waits for the lot's date
    Assertions.assertThat(siteTasks(LEYHILL)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_AssessSiteReadiness");
    assessReadiness(LEYHILL);
    decideGoNoGo(LEYHILL, "approved", null);
    runEverySiteJob("ServiceTask_RecordGoDecision");
    Assertions.assertThat(timerOf(LEYHILL, "IntermediateCatchEvent_GoLiveDateReached").getDuedate())
        .isEqualTo(at(DEFERRED_GO_LIVE));

    // when the lot's date comes, Bristol goes live; Leyhill goes live on its new date
    ClockUtil.setCurrentTime(at(GO_LIVE));
    fireTimers("IntermediateCatchEvent_GoLiveDateReached");
    runEverySiteJob("ServiceTask_CheckCqcRegistration");
    runEverySiteJob("ServiceTask_RecordSiteLive");
    Assertions.assertThat(wentLive).containsOnly(Map.entry(BRISTOL, GO_LIVE));
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_GoLiveDateReached");
    ClockUtil.setCurrentTime(at(DEFERRED_GO_LIVE));
    fireTimers("IntermediateCatchEvent_GoLiveDateReached");
    runEverySiteJob("ServiceTask_CheckCqcRegistration");
    runEverySiteJob("ServiceTask_RecordSiteLive");
    Assertions.assertThat(wentLive).containsEntry(LEYHILL, DEFERRED_GO_LIVE);
    runServiceTask(processInstance, "ServiceTask_RecordLotLive");
    assertThat(processInstance).isWaitingAt("IntermediateCatchEvent_FirstReviewDue");
    Assertions.assertThat(timesPassed(processInstance, "Task_RecordUrgentAwardExtension")).isEqualTo(1);
    Assertions.assertThat(timesPassed(processInstance, "Task_AssessSiteReadiness")).isEqualTo(3);
  }

  @Test
  void aDeferralWithoutAnExtensionGoesStraightBackToReadiness() {
    // given a site whose go-live was refused
    reachWorkstreams();
    completeWorkstreams(BRISTOL);
    assessReadiness(BRISTOL);
    decideGoNoGo(BRISTOL, "changes-requested", "Evidence missing");
    runEverySiteJob("ServiceTask_DeferSiteGoLive");

    // when the director defers it without keeping the incumbent on
    complete(siteTask(BRISTOL, "Task_DecideDeferredGoLive"),
        Map.of("newGoLiveDate", "2022-11-01", "urgentExtension", "no", "deferralNotes", "One month"));

    // then its readiness is assessed again and no extension is recorded
    Assertions.assertThat(siteTasks(BRISTOL)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_AssessSiteReadiness");
    assertThat(processInstance).hasNotPassed("Task_RecordUrgentAwardExtension");
  }

  @Test
  void cqcRegistrationMissingAtGoLiveBlocksTheSiteAndDefersIt() {
    // given a site approved to go live whose provider has no CQC registration for it
    reachWorkstreams();
    cqcRegistered.put(BRISTOL, false);
    completeWorkstreams(BRISTOL);
    assessReadiness(BRISTOL);
    decideGoNoGo(BRISTOL, "approved", null);
    runEverySiteJob("ServiceTask_RecordGoDecision");

    // when its go-live date comes
    ClockUtil.setCurrentTime(at(GO_LIVE));
    fireTimers("IntermediateCatchEvent_GoLiveDateReached");
    runEverySiteJob("ServiceTask_CheckCqcRegistration");

    // then it does not go live: it is deferred and escalated
    runEverySiteJob("ServiceTask_DeferSiteGoLive");
    Assertions.assertThat(wentLive).isEmpty();
    Assertions.assertThat(deferrals).containsExactly(BRISTOL + ": approved, CQC false");
    Assertions.assertThat(siteTasks(BRISTOL)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DecideDeferredGoLive");
    assertThat(processInstance).hasNotPassed("ServiceTask_RecordSiteLive");
  }

  @Test
  void lateEmployeeLiabilityInformationRaisesARiskAndTheCommissionerChasesIt() {
    // given a site whose employee liability information has not arrived
    reachWorkstreams();
    var due = timerOf(BRISTOL, "BoundaryEvent_EmployeeLiabilityInformationOverdue");

    // when its due day (28 days before go-live) passes
    ClockUtil.setCurrentTime(due.getDuedate());
    execute(due);
    runEverySiteJob("ServiceTask_RaiseLateInformationRisk");

    // then a risk is raised for the site and the Health and Justice commissioner chases it, while it can still be recorded
    Assertions.assertThat(lateInformationRisks).containsExactly(BRISTOL);
    var chase = siteTask(BRISTOL, "Task_ChaseEmployeeLiabilityInformation");
    Assertions.assertThat(candidateGroups(chase)).containsExactly("health-and-justice-commissioner");
    Assertions.assertThat(siteTask(BRISTOL, "Task_RecordEmployeeLiabilityInformation")).isNotNull();
    complete(chase);
    complete(siteTask(BRISTOL, "Task_RecordEmployeeLiabilityInformation"));
    Assertions.assertThat(siteTask(BRISTOL, "Task_ConfirmTupeConsultation")).isNotNull();
    // and the other site's information, received on time, raised nothing
    complete(siteTask(LEYHILL, "Task_RecordEmployeeLiabilityInformation"));
    Assertions.assertThat(lateInformationRisks).containsExactly(BRISTOL);
  }

  @Test
  void informationOnTimeCancelsItsTimer() {
    // given a site's information arrives before it is due
    reachWorkstreams();
    complete(siteTask(BRISTOL, "Task_RecordEmployeeLiabilityInformation"));

    // then its timer is gone, Leyhill's still waits
    Assertions.assertThat(timersAt("BoundaryEvent_EmployeeLiabilityInformationOverdue")).hasSize(1);
    Assertions.assertThat(timerOf(LEYHILL, "BoundaryEvent_EmployeeLiabilityInformationOverdue")).isNotNull();
  }

  @Test
  void vettingIsAskedAgainUntilEveryoneIsClearedAndWarnsWhenGoLiveIsTooNear() {
    // given a site still vetting staff
    reachWorkstreams();
    complete(siteTask(BRISTOL, "Task_ReportSecurityVetting"), Map.of("staffVetted", 10, "staffToVet", 40));
    Assertions.assertThat(siteTask(BRISTOL, "Task_ReportSecurityVetting")).isNotNull();

    // when go-live is nearer than vetting takes
    var warning = timerOf(BRISTOL, "BoundaryEvent_VettingTimeShort");
    ClockUtil.setCurrentTime(warning.getDuedate());
    execute(warning);
    runEverySiteJob("ServiceTask_WarnVettingTimeShort");

    // then the site is warned, and vetting is still asked for until all are cleared
    Assertions.assertThat(vettingWarnings).containsExactly(BRISTOL);
    complete(siteTask(BRISTOL, "Task_ReportSecurityVetting"), Map.of("staffVetted", 40, "staffToVet", 40));
    Assertions.assertThat(siteTasks(BRISTOL)).extracting(Task::getTaskDefinitionKey)
        .doesNotContain("Task_ReportSecurityVetting");
    Assertions.assertThat(timesPassed(processInstance, "Task_ReportSecurityVetting")).isEqualTo(2);
    Assertions.assertThat(timesPassed(processInstance, "EndEvent_VettingWarningGiven")).isEqualTo(1);
  }

  // --- steps ----------------------------------------------------------------------------------

  private void start() {
    processInstance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
        Map.of(CASE_REFERENCE, BUSINESS_KEY, CASE_TITLE, "South West prison healthcare"));
    runServiceTask(processInstance, "ServiceTask_RegisterLotsAndSites");
  }

  private void setUpSites() {
    runEverySiteJob("ServiceTask_SetUpSiteWorkstreams");
  }

  private void reachWorkstreams() {
    start();
    complete(task("Task_HandOverContractAward", processInstance));
    complete(task("Task_KickOffMobilisation", processInstance));
    setUpSites();
  }

  private void completeWorkstreams(long site) {
    complete(siteTask(site, "Task_RecordEmployeeLiabilityInformation"));
    complete(siteTask(site, "Task_ConfirmTupeConsultation"));
    complete(siteTask(site, "Task_ReportSecurityVetting"), Map.of("staffVetted", 40, "staffToVet", 40));
    for (var key : List.of("Task_ConfirmCqcRegistration", "Task_PrepareClinicalIt", "Task_SignOffInformationGovernance",
        "Task_PrepareMedicinesAndPharmacy", "Task_PrepareEstatesAndEquipment", "Task_AgreeClinicalPathways")) {
      complete(siteTask(site, key));
    }
  }

  private void assessReadiness(long site) {
    var assessment = siteTask(site, "Task_AssessSiteReadiness");
    Assertions.assertThat(candidateGroups(assessment)).containsExactly("programme-manager");
    complete(assessment);
  }

  /** Completes the site's go/no-go chain (a stub) with its outcome, having checked what was passed in. */
  private void decideGoNoGo(long site, String outcome, String comment) {
    var chain = runtimeService().createProcessInstanceQuery().superProcessInstanceId(processInstance.getId())
        .processDefinitionKey(APPROVAL_CHAIN).list().stream()
        .filter(called -> ("Go-live of site " + site).equals(runtimeService().getVariable(called.getId(), "stage")))
        .findFirst().orElseThrow(() -> new AssertionError("no go/no-go for site " + site));
    Assertions.assertThat(runtimeService().getVariables(chain.getId()))
        .containsEntry("escalationRole", "director-of-commissioning")
        .containsEntry("caseReference", BUSINESS_KEY)
        .containsEntry("approvalSummary", "Ready")
        .containsKey("approvalSteps");
    Assertions.assertThat(chain.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    var outputs = new HashMap<String, Object>();
    outputs.put("approvalOutcome", outcome);
    outputs.put("approvalComment", comment);
    complete(taskService().createTaskQuery().processInstanceId(chain.getId()).singleResult(), outputs);
  }

  // --- helpers --------------------------------------------------------------------------------

  private static long siteOf(Object id) {
    return ((Number) id).longValue();
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }

  private List<Task> siteTasks(long site) {
    return taskService().createTaskQuery().processInstanceId(processInstance.getId()).list().stream()
        .filter(task -> Long.valueOf(site).equals(asLong(taskService().getVariable(task.getId(), SITE_ID))))
        .toList();
  }

  private Task siteTask(long site, String key) {
    return siteTasks(site).stream().filter(task -> task.getTaskDefinitionKey().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("site " + site + " has no open " + key + ", only "
            + siteTasks(site).stream().map(Task::getTaskDefinitionKey).toList()));
  }

  private static Long asLong(Object value) {
    return value instanceof Number number ? number.longValue() : null;
  }

  private List<Job> timersAt(String activityId) {
    return managementService().createJobQuery().processInstanceId(processInstance.getId()).timers()
        .activityId(activityId).list();
  }

  private Job timer(String activityId) {
    var timers = timersAt(activityId);
    Assertions.assertThat(timers).as("timers at %s", activityId).hasSize(1);
    return timers.get(0);
  }

  private Job timerOf(long site, String activityId) {
    return timersAt(activityId).stream()
        .filter(job -> Long.valueOf(site).equals(asLong(runtimeService().getVariable(job.getExecutionId(), SITE_ID))))
        .findFirst().orElseThrow(() -> new AssertionError("site " + site + " has no timer at " + activityId));
  }

  /** Fires the timers at the activity that are due by the engine's clock. */
  private void fireTimers(String activityId) {
    var now = ClockUtil.getCurrentTime();
    timersAt(activityId).stream().filter(job -> !job.getDuedate().after(now)).forEach(job -> execute(job));
  }

  /** Runs every site's async continuation waiting at the activity. */
  private void runEverySiteJob(String activityId) {
    var jobs = managementService().createJobQuery().processInstanceId(processInstance.getId()).messages()
        .activityId(activityId).list();
    Assertions.assertThat(jobs).as("jobs at %s", activityId).isNotEmpty();
    jobs.forEach(job -> execute(job));
  }
}
