package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.system.EngineClock;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo cases made through the real dental procurement process, and beside them the one prison
 * healthcare mobilisation the demo holds (the South West's, its dates moved to weeks before its
 * first go-live, its sites at mixed progress): in the case store at their journeys' stages, their open tasks with the roles that hold them, every answer recorded in the
 * name of the person who gave it, no step failed, and the same seed making the same cases. The
 * cases are walked in the past on the engine's clock, so their work takes days, their timers fire
 * on the way, nothing is dated after the generation began, and the clock is put back afterwards.
 * Beside their tasks, the cases carry the milestones and RAG ratings people keep on them, which the
 * leads' console shows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIntegrationTests {

  /** One case of each dental journey; the prison mobilisation comes beside them. */
  static final int CASES = 14;
  static final long SEED = 7;

  /** Who holds the task a journey stops at, by task and the case's stage. */
  static final Map<String, String> HOLDER_BY_TASK_AND_STAGE = Map.ofEntries(
      Map.entry("Task_AssessOralHealthNeeds@needs-assessment", "commissioning-manager"),
      Map.entry("Task_DesignLots@lot-design", "commissioning-manager"),
      Map.entry("Task_CheckAffordability@finance-check", "finance-lead"),
      Map.entry("Task_ApproveStage@business-case-approval", "head-of-primary-care"),
      Map.entry("Task_AnswerPsrQuestions@psr-route", "procurement-lead"),
      Map.entry("Task_AnswerClarificationQuestions@procurement", "procurement-lead"),
      // the other lot of a direct award C case, on its way to tender
      Map.entry("Task_EngageMarket@procurement", "procurement-lead"),
      Map.entry("Task_SetEvaluationCriteria@procurement", "procurement-lead"),
      Map.entry("Task_PublishTender@procurement", "procurement-lead"),
      Map.entry("Task_AssessProvider@procurement", "procurement-lead"),
      Map.entry("Task_ApproveStage@procurement", "primary-care-commissioning-committee"),
      Map.entry("Task_SetUpNhsbsaContract@mobilisation", "contract-manager"));

  @Autowired
  DemoDataGenerator generator;

  @Autowired
  DemoDataOnStartup onStartup;

  @Autowired
  CaseStore caseStore;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  IdentityService identityService;

  @Autowired
  HistoryService historyService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HubClient hub;

  @Autowired
  ConsoleService console;

  DemoDataGenerator.Run run;

  @BeforeAll
  void generate() {
    // a second finance lead, whom a case may name as its finance lead
    hub.ensureUser("pat.finance", "finance-lead");
    run = generator.generate(CASES, SEED);
  }

  /** The dental procurements generated, the cases asked for. */
  List<GeneratedCase> dental() {
    return run.cases().stream().filter(generated -> generated.programme() == Programme.DENTAL_PROCUREMENT).toList();
  }

  @Test
  void makesTheCasesAskedForAndTheOnePrisonMobilisationBesideThem() {
    var programmes = new ArrayList<>(Collections.nCopies(CASES, Programme.DENTAL_PROCUREMENT));
    programmes.add(Programme.PRISON_HEALTHCARE_MOBILISATION);
    // and the one SARC recommissioning, PCN development programme and delegation, also beside them
    programmes.add(Programme.SARC_RECOMMISSIONING);
    programmes.add(Programme.PCN_DEVELOPMENT);
    programmes.add(Programme.DELEGATION_DUE_DILIGENCE);
    assertThat(run.cases()).extracting(GeneratedCase::programme).containsExactlyElementsOf(programmes);
  }

  @Test
  void makesTheCasesInTheCaseStoreAtMixedStages() {
    for (var generated : run.cases()) {
      var stored = caseStore.find(generated.reference()).orElseThrow();
      assertThat(stored.getProgramme()).isEqualTo(generated.programme());
      assertThat(stored.getCurrentStage()).isEqualTo(generated.stage());
      assertThat(stored.getStatus().id()).isEqualTo(generated.status());
    }
    for (var generated : dental()) {
      var stored = caseStore.find(generated.reference()).orElseThrow();
      assertThat(stored.getIntegratedCareSystem()).isNotBlank();
      assertThat(stored.getCommissioner()).endsWith("Integrated Care Board");
    }
    assertThat(dental()).extracting(GeneratedCase::journey).doesNotHaveDuplicates();
    assertThat(dental()).extracting(GeneratedCase::stage).hasSizeGreaterThanOrEqualTo(1)
        .satisfies(stages -> assertThat(new HashSet<>(stages)).hasSizeGreaterThanOrEqualTo(4));
  }

  @Test
  void leavesEachCaseWithTheTaskItsJourneyStopsAtOpenToItsRole() {
    var tasks = new Tasks(hub);
    var casesWithOpenTasks = 0;
    for (var generated : dental()) {
      var open = taskService.createTaskQuery().processInstanceBusinessKey(generated.reference()).list();
      if (!open.isEmpty()) {
        casesWithOpenTasks++;
      }
      for (var task : open) {
        var holder = HOLDER_BY_TASK_AND_STAGE.get(task.getTaskDefinitionKey() + "@" + generated.stage());
        assertThat(holder).as(task.getTaskDefinitionKey() + " open on " + generated).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).filteredOn(
                link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .extracting(IdentityLink::getGroupId).contains(holder)
            // an approval left past its due date is escalated: the senior approver may decide it too
            .isSubsetOf(holder, "director-of-primary-care");
        // the provider assessment is the assessor's, who declared no conflict of interest
        if (task.getAssignee() != null) {
          assertThat(holdsOneOf(task.getAssignee(), Set.of(holder))).as(task.getTaskDefinitionKey()).isTrue();
        }
        assertThat(tasks.find(holder, generated.reference(), task.getTaskDefinitionKey())).isPresent();
      }
    }
    assertThat(casesWithOpenTasks).isPositive();
  }

  @Test
  void recordsEveryAnswerInTheNameOfThePersonWhoGaveIt() {
    for (var generated : dental()) {
      var events = hub.get("demo", "/api/cases/" + generated.reference()).body().get("events");
      assertThat(events.get(0).get("type").asText()).isEqualTo("CASE_OPENED");
      assertThat(holdsOneOf(events.get(0).get("actor").asText(), Set.of("commissioning-manager"))).isTrue();
      for (var event : events) {
        if (event.get("type").asText().equals("TASK_COMPLETED")) {
          assertThat(holdsOneOf(event.get("actor").asText(), rolesOf(event))).as(event.toString()).isTrue();
        }
      }
    }
  }

  @Test
  void leavesNoFailedStepBehind() {
    for (var generated : run.cases()) {
      for (var instance : runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(generated.reference()).list()) {
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count())
            .as("jobs left due on " + generated.reference()).isZero();
      }
    }
  }

  @Test
  void opensEachCaseOnAWorkingDayOfThePastYearAtADifferentMoment() {
    var opened = new HashSet<Instant>();
    for (var generated : run.cases()) {
      var createdAt = caseStore.find(generated.reference()).orElseThrow().getCreatedAt();
      assertThat(createdAt).as(generated.reference()).isBetween(run.asOf().minus(Duration.ofDays(366)), run.asOf());
      var day = createdAt.atZone(EngineClock.LONDON);
      assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(day.getHour()).isBetween(9, 16);
      opened.add(createdAt);
    }
    assertThat(opened).hasSize(run.cases().size());
  }

  @Test
  void takesWorkingDaysOverEachTaskSoTheCasesStagesLastDays() {
    var longestCase = Duration.ZERO;
    for (var generated : run.cases()) {
      var completed = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(generated.reference())
          .finished().list();
      for (var task : completed) {
        assertThat(Duration.between(task.getStartTime().toInstant(), task.getEndTime().toInstant()))
            .as(task.getName() + " on " + generated.reference()).isGreaterThanOrEqualTo(Duration.ofHours(16));
      }
      var times = timesOf(generated.reference());
      var span = Duration.between(times.get(0), times.get(times.size() - 1));
      longestCase = span.compareTo(longestCase) > 0 ? span : longestCase;
      var stored = caseStore.find(generated.reference()).orElseThrow();
      if (!completed.isEmpty()) {
        assertThat(stored.getStageEnteredAt()).as(generated.reference()).isAfter(stored.getCreatedAt());
      }
    }
    assertThat(longestCase).isGreaterThan(Duration.ofDays(90));
  }

  @Test
  void datesNothingAfterTheMomentTheGenerationBegan() {
    for (var generated : run.cases()) {
      var createdAt = caseStore.find(generated.reference()).orElseThrow().getCreatedAt();
      assertThat(timesOf(generated.reference())).as(generated.reference())
          .allSatisfy(time -> assertThat(time).isBetween(createdAt, run.asOf()));
      assertThat(jdbc.queryForList("select m.actual_date from case_milestone m join commissioning_case c"
          + " on c.id = m.case_id where c.reference = ? and m.actual_date is not null", LocalDate.class,
          generated.reference())).allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(
          LocalDate.ofInstant(run.asOf(), EngineClock.LONDON)));
    }
  }

  @Test
  void firesTheTimersTheClockPassedWhenTheyFellDueAndLeavesNoneOverdue() {
    var fired = 0;
    var firedAtMidnight = 0;
    for (var generated : run.cases()) {
      var createdAt = caseStore.find(generated.reference()).orElseThrow().getCreatedAt();
      for (var instance : historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(generated.reference()).list()) {
        for (var timer : historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .list().stream().filter(activity -> activity.getActivityType().endsWith("Timer")
                && activity.getEndTime() != null).toList()) {
          fired++;
          if (timer.getEndTime().toInstant().atZone(EngineClock.LONDON).toLocalTime().equals(LocalTime.MIDNIGHT)) {
            firedAtMidnight++;
          }
          assertThat(timer.getEndTime().toInstant()).as(timer.getActivityName() + " on " + generated.reference())
              .isAfter(createdAt).isBefore(run.asOf());
        }
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().list())
            .as("timers of " + generated.reference())
            .allSatisfy(job -> assertThat(job.getDuedate().toInstant()).isAfter(run.asOf()));
      }
    }
    // approvals that waited past their reminder or due date sent the reminder or escalated on the way;
    // an approval falls overdue at midnight, when no task is ever finished: the clock stopped there
    assertThat(fired).isPositive();
    assertThat(firedAtMidnight).isPositive();
  }

  @Test
  void ratesMostOpenCasesGreenSomeAmberAFewRedAndLeavesSomeNotYetRated() {
    var ratings = new HashMap<String, Integer>();
    for (var generated : dental()) {
      var stored = caseStore.find(generated.reference()).orElseThrow();
      if (stored.getStatus() == CaseStatus.OPEN) {
        ratings.merge(stored.getRagRating() == null ? "not rated" : stored.getRagRating().id(), 1, Integer::sum);
      }
    }
    assertThat(ratings).containsOnlyKeys("green", "amber", "red", "not rated");
    assertThat(ratings.get("green")).isGreaterThanOrEqualTo(ratings.get("amber")).isGreaterThan(ratings.get("red"));
    // rated by a programme manager, always with a reason
    for (var generated : run.cases()) {
      for (var rated : jdbc.queryForList("select e.actor, e.after_state from case_event e join commissioning_case c"
          + " on c.id = e.case_id where c.reference = ? and e.event_type = 'RAG_CHANGED'", generated.reference())) {
        // a SARC recommissioning by its Health and Justice commissioner, a delegation by the Head of Primary Care
        var rater = generated.programme() == Programme.SARC_RECOMMISSIONING ? "health-and-justice-commissioner"
            : generated.programme() == Programme.DELEGATION_DUE_DILIGENCE ? "head-of-primary-care"
            : "programme-manager";
        assertThat(holdsOneOf((String) rated.get("actor"), Set.of(rater))).isTrue();
        assertThat((String) rated.get("after_state")).contains("\"reason\"");
      }
    }
  }

  @Test
  void plansMilestonesThatAreMetOnTimeMetLateMissedOrNotYetDue() {
    var today = LocalDate.now(EngineClock.INSTANCE);
    var kinds = new HashMap<String, Integer>();
    for (var generated : dental()) {
      for (var milestone : milestonesOf(generated.reference())) {
        kinds.merge(milestone.kind(today), 1, Integer::sum);
      }
    }
    assertThat(kinds).containsOnlyKeys("met on time", "met late", "missed", "not yet due");
    // the needs assessment, planned on every case when it opens, is met on every case past it
    for (var generated : dental()) {
      assertThat(milestonesOf(generated.reference())).filteredOn(milestone -> milestone.name().equals(
          "Needs assessment complete")).singleElement().satisfies(milestone -> assertThat(milestone.actual() != null)
          .as(generated.toString()).isEqualTo(!generated.stage().equals("needs-assessment")));
    }
  }

  @Test
  void theLeadsConsoleShowsTheCasesByRagRatingAndTheirMilestonesMetLateMissedAndToCome() {
    var today = console.today();
    // a period running into the coming months, as the milestones still to come fall there
    var dashboard = console.dashboard(new Viewer("programme-lead", Set.of("programme-lead")),
        new ConsoleFilter(Programme.DENTAL_PROCUREMENT, today.minusYears(1).plusDays(1), today.plusYears(2), null, null));

    assertThat(dashboard.table("open-by-rag").orElseThrow().rows()).extracting(row -> row.get(1).shown())
        .contains("Green", "Amber", "Red", "Not rated");
    var milestones = dashboard.table("milestones").orElseThrow().rows().get(0);
    assertThat(milestones.get(0).shown()).isEqualTo("Dental procurement");
    // met on time, met late, missed, not yet due
    assertThat(milestones.subList(2, 6)).allSatisfy(count -> assertThat(count.value().longValue()).isPositive());
  }

  // --- the PCN development programme -------------------------------------------------------

  @Test
  void walksDerbyshiresFifteenNetworksInEightPlacesToMixedProgressThroughTheRealServices() {
    var generated = run.cases().stream().filter(candidate -> candidate.programme() == Programme.PCN_DEVELOPMENT)
        .findFirst().orElseThrow();
    var pcn = hub.get("head-of-primary-care", "/api/cases/" + generated.reference()).body();
    var networks = pcn.get("pcnNetworks");
    assertThat(networks).hasSize(15);
    var places = new HashSet<String>();
    var inPlace = 0;
    var statuses = new ArrayList<String>();
    for (var network : networks) {
      places.add(network.get("place").asText());
      inPlace += network.get("clinicalDirectorInPlace").asBoolean() ? 1 : 0;
      statuses.add(network.get("status").asText());
    }
    assertThat(places).hasSize(8);
    assertThat(inPlace).isEqualTo(11);
    assertThat(statuses).containsOnly("developed", "developing", "registering").contains("developed", "developing");
    assertThat(pcn.get("currentStage").asText()).isEqualTo("development");
    var claims = new ArrayList<String>();
    pcn.get("pcnClaims").forEach(claim -> claims.add(claim.get("status").asText()));
    assertThat(claims).contains("accepted", "refused");
    assertThat(pcn.get("pcnSupportPayments")).hasSizeGreaterThanOrEqualTo(7);
  }

  // --- the prison healthcare mobilisation ---------------------------------------------------

  GeneratedCase prison() {
    return run.cases().stream().filter(generated -> generated.programme() == Programme.PRISON_HEALTHCARE_MOBILISATION)
        .findFirst().orElseThrow();
  }

  JsonNode prisonCase() {
    var response = hub.get("programme-manager", "/api/cases/" + prison().reference());
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  /** The first go-live: the seed's 1 October, moved to three weeks after the generation began. */
  LocalDate firstGoLive() {
    return LocalDate.ofInstant(run.asOf(), EngineClock.LONDON).plusDays(21);
  }

  static List<String> texts(JsonNode array, String... fields) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(String.join(" ", Arrays.stream(fields)
        .map(field -> node.path(field).asText()).toList())));
    return values;
  }

  @Test
  void holdsTheSeedsPrisonProgrammeWithItsDatesMovedToWeeksBeforeItsFirstGoLive() {
    var prison = prisonCase();
    var first = firstGoLive();
    var second = first.plusMonths(2);
    var end = first.plusYears(7).minusDays(1);

    assertThat(prison.get("title").asText()).isEqualTo("South West prison healthcare mobilisation");
    assertThat(prison.get("currentStage").asText()).isEqualTo("mobilisation");
    assertThat(prison.get("status").asText()).isEqualTo("open");
    assertThat(texts(prison.get("prisonLots"), "name", "primeProvider", "goLiveDate", "contractEndDate")).containsExactly(
        "Bristol, South Gloucestershire and Wiltshire Lot 1 prime provider " + first + " " + end,
        "Eastwood Park Lot 2 prime provider " + first + " " + end,
        "Dorset Oxleas NHS Foundation Trust " + second + " " + end,
        "Devon Oxleas NHS Foundation Trust " + second + " " + end);
    assertThat(texts(prison.get("prisonSites"), "lotNumber", "name", "category")).containsExactly(
        "1 HMP Bristol b", "1 HMP Ashfield c", "1 HMP Erlestoke c", "1 HMP Leyhill d",
        "2 HMP Eastwood Park womens",
        "3 HMP Guys Marsh c", "3 HMP Portland c", "3 HMP The Verne c",
        "4 HMP Exeter b", "4 HMP Channings Wood c", "4 HMP Dartmoor c");
    assertThat(prison.get("valueGbp").decimalValue()).isEqualByComparingTo("278377000");
    assertThat(prison.get("details").get("termYears").asInt()).isEqualTo(7);
  }

  @Test
  void walksEachPrisonSiteToItsOwnProgressWithNoneLiveYet() {
    var prison = prisonCase();
    var sites = new HashMap<String, JsonNode>();
    prison.get("prisonSites").forEach(site -> sites.put(site.get("name").asText(), site));
    var workstreams = new HashMap<String, String>();
    prison.get("workstreams").forEach(workstream -> workstreams.put(
        workstream.get("item").asText().replaceFirst(" \\(.*$", "") + " / " + workstream.get("name").asText(),
        workstream.get("status").asText() + " " + workstream.path("ragRating").asText()));

    // go-live is ahead: one site approved and waiting for its date, the others still mobilising
    assertThat(texts(prison.get("prisonSites"), "status")).doesNotContain("live", "deferred");
    assertThat(sites.get("HMP Bristol").get("status").asText()).isEqualTo("ready");
    assertThat(sites.values()).filteredOn(site -> !site.get("name").asText().equals("HMP Bristol"))
        .allSatisfy(site -> assertThat(site.get("status").asText()).isEqualTo("mobilising"));
    // most workstreams done and green, some amber, one red
    assertThat(workstreams).hasSize(88);
    assertThat(workstreams.values().stream().filter("done green"::equals).count()).isGreaterThan(60);
    assertThat(workstreams).containsEntry("HMP Ashfield / Medicines and pharmacy", "done amber")
        .containsEntry("HMP Eastwood Park / CQC registration", "in-progress amber")
        .containsEntry("HMP Guys Marsh / Clinical pathways and subcontractors", "in-progress amber")
        .containsEntry("HMP Erlestoke / Workforce and TUPE", "not-started red");
    assertThat(workstreams.values()).filteredOn(value -> value.endsWith("red")).hasSize(1);
    // vetting part-cleared at three sites, every member of staff cleared at the rest
    assertThat(sites.values()).filteredOn(site -> site.get("staffVetted").asInt() < site.get("staffToVet").asInt())
        .extracting(site -> site.get("name").asText())
        .containsExactlyInAnyOrder("HMP Guys Marsh", "HMP The Verne", "HMP Exeter");
    assertThat(sites.values()).filteredOn(site -> site.get("staffVetted").asInt() < site.get("staffToVet").asInt())
        .allSatisfy(site -> assertThat(site.get("staffVetted").asInt()).isPositive());
    assertThat(sites.get("HMP Eastwood Park").get("cqcStatus").asText()).isEqualTo("applied");
    assertThat(sites.get("HMP Portland").get("staffVetted").asInt()).isEqualTo(sites.get("HMP Portland")
        .get("staffToVet").asInt());
    // and the people whose turn it is have the open tasks: Leyhill's go/no-go, escalated once overdue
    var open = taskService.createTaskQuery().processInstanceBusinessKey(prison().reference()).list();
    assertThat(open).filteredOn(task -> task.getTaskDefinitionKey().equals("Task_ApproveStage")).singleElement()
        .satisfies(approval -> {
          assertThat(approval.getName()).startsWith("Approve stage — HMP Leyhill (Lot 1: ");
          assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getGroupId)
              .contains("health-and-justice-commissioner");
        });
    assertThat(open).filteredOn(task -> !task.getTaskDefinitionKey().equals("Task_ApproveStage"))
        .extracting(task -> task.getTaskDefinitionKey() + " " + taskService.getIdentityLinksForTask(task.getId())
            .stream().filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).sorted().toList())
        .containsExactlyInAnyOrder(
            "Task_RecordEmployeeLiabilityInformation [hr-lead]",
            "Task_ChaseEmployeeLiabilityInformation [health-and-justice-commissioner]",
            "Task_AssessSiteReadiness [programme-manager]", "Task_AssessSiteReadiness [programme-manager]",
            "Task_AssessSiteReadiness [programme-manager]",
            "Task_ReportSecurityVetting [hr-lead]", "Task_ReportSecurityVetting [hr-lead]",
            "Task_ReportSecurityVetting [hr-lead]",
            "Task_PrepareClinicalIt [programme-manager]", "Task_PrepareClinicalIt [programme-manager]",
            "Task_PrepareEstatesAndEquipment [programme-manager]", "Task_PrepareEstatesAndEquipment [programme-manager]");
  }

  @Test
  void theLateInformationTimerRaisedTheRiskAtErlestokeBeforeTheGenerationBegan() {
    var prison = prisonCase();
    var due = firstGoLive().minusDays(28);
    var erlestoke = new ArrayList<JsonNode>();
    prison.get("prisonSites").forEach(site -> {
      if (site.get("name").asText().equals("HMP Erlestoke")) {
        erlestoke.add(site);
      }
    });
    assertThat(erlestoke).singleElement().satisfies(site -> {
      assertThat(site.get("employeeLiabilityDueDate").asText()).isEqualTo(due.toString());
      assertThat(site.get("employeeLiabilityReceivedDate").isNull()).isTrue();
    });
    assertThat(texts(prison.get("risks"), "description"))
        .filteredOn(risk -> risk.startsWith("Employee liability information for HMP Erlestoke")).hasSize(1);
    assertThat(texts(prison.get("risks"), "description"))
        .noneMatch(risk -> risk.startsWith("Employee liability information for") && !risk.contains("HMP Erlestoke"));
    var fired = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(caseStore.find(prison().reference()).orElseThrow().getProcessInstanceId())
        .activityId("BoundaryEvent_EmployeeLiabilityInformationOverdue").finished().list();
    assertThat(fired).singleElement().satisfies(timer -> assertThat(timer.getEndTime().toInstant())
        .isEqualTo(due.atStartOfDay(EngineClock.LONDON).toInstant()).isBefore(run.asOf()));
    assertThat(prison.get("ragRating").asText()).isEqualTo("amber");
  }

  /**
   * The console counts every prison mobilisation in the case store, the other tests' too: these
   * rows are the demo's own (its go-live dates and prisons), once for each time the seed's
   * mobilisation was generated here.
   */
  @Test
  void theLeadsConsoleShowsThePrisonTargetsWithTheDemosFigures() {
    var today = console.today();
    var first = firstGoLive();
    var times = jdbc.queryForObject("select count(*) from commissioning_case where programme = ? and title = ?",
        Integer.class, "PRISON_HEALTHCARE_MOBILISATION", "South West prison healthcare mobilisation");
    var targets = console.dashboard(new Viewer("programme-lead", Set.of("programme-lead")),
            new ConsoleFilter(Programme.PRISON_HEALTHCARE_MOBILISATION, today.minusYears(1).plusDays(1), today, null,
                null))
        .table("targets").orElseThrow().rows().stream()
        .map(row -> String.join(" | ", row.subList(1, 4).stream().map(cell -> cell.shown()).toList()))
        .toList();

    assertThat(times).isPositive();
    assertThat(targets).contains(
        "Sites ready to go live on " + UkTime.DAY.format(first) + " | " + times + " | " + 5 * times,
        "Sites ready to go live on " + UkTime.DAY.format(first.plusMonths(2)) + " | 0 | " + 6 * times,
        "HMP Erlestoke: workstreams rated green | " + 7 * times + " | " + 8 * times,
        "HMP Eastwood Park: workstreams rated green | " + 7 * times + " | " + 8 * times,
        "HMP Guys Marsh: workstreams rated green | " + 6 * times + " | " + 8 * times,
        "HMP Channings Wood: workstreams rated green | " + 6 * times + " | " + 8 * times);
  }

  @Test
  void putsTheEngineClockBackAfterGeneratingAndWhenGenerationFails() {
    assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    var asked = new AtomicInteger();
    assertThatThrownBy(() -> generator.generate(2, SEED, () -> {
      if (asked.getAndIncrement() > 0) {
        throw new IllegalStateException("stopped after the first case");
      }
      return false;
    })).hasMessage("stopped after the first case");
    assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
  }

  @Test
  void makesTheSameCasesFromTheSameSeed() {
    var again = generator.generate(CASES, SEED);
    assertThat(again.cases()).extracting(GeneratedCase::journey)
        .containsExactlyElementsOf(run.cases().stream().map(GeneratedCase::journey).toList());
    assertThat(again.cases()).extracting(GeneratedCase::stage)
        .containsExactlyElementsOf(run.cases().stream().map(GeneratedCase::stage).toList());
    // the prison mobilisation too
    for (int i = 0; i < run.cases().size(); i++) {
      var first = caseStore.find(run.cases().get(i).reference()).orElseThrow();
      var second = caseStore.find(again.cases().get(i).reference()).orElseThrow();
      assertThat(second.getReference()).isNotEqualTo(first.getReference());
      assertThat(second.getTitle()).isEqualTo(first.getTitle());
      assertThat(second.getValueGbp()).isEqualTo(first.getValueGbp());
      assertThat(second.getDetails()).isEqualTo(first.getDetails());
      // walked up to a moment a few seconds later on the same day: the same dates and durations
      assertThat(second.getCreatedAt()).as(run.cases().get(i).toString()).isEqualTo(first.getCreatedAt());
      assertThat(second.getStageEnteredAt()).isEqualTo(first.getStageEnteredAt());
      assertThat(timesOf(second.getReference())).isEqualTo(timesOf(first.getReference()));
      assertThat(second.getRagRating()).isEqualTo(first.getRagRating());
      assertThat(ragReasonsOf(second.getReference())).isEqualTo(ragReasonsOf(first.getReference()));
      assertThat(milestonesOf(second.getReference())).isEqualTo(milestonesOf(first.getReference()));
    }
  }

  @Test
  void startUpGenerationRunsOnlyOnAnEmptyCaseStoreOrWhenAskedForAndNeverInTheseTests() {
    assertThat(onStartup.reasonNotToGenerate()).hasValue("hub.demo-data.generate is never");
    assertThat(caseStore.holdsAnyCase()).isTrue();
    assertThat(onStartup("when-empty", false, "jdbc:h2:mem:x", "").reasonNotToGenerate())
        .hasValueSatisfying(reason -> assertThat(reason).contains("already holds cases"));
    assertThat(onStartup("always", false, "jdbc:h2:mem:x", "").reasonNotToGenerate()).isEmpty();
  }

  @Test
  void refusesAConfigurationThatLooksLikeProductionUnlessAllowed() {
    var remoteDatabase = onStartup("always", false, "jdbc:postgresql://db.nhs.example:5432/hub", "");
    assertThat(remoteDatabase.reasonNotToGenerate()).hasValueSatisfying(reason ->
        assertThat(reason).contains("looks like production", "the database is on another machine"));
    assertThat(onStartup("always", false, "jdbc:postgresql://localhost:5432/hub", "").reasonNotToGenerate()).isEmpty();
    assertThat(onStartup("always", false, "jdbc:h2:mem:x", "smtp.nhs.example").reasonNotToGenerate())
        .hasValueSatisfying(reason -> assertThat(reason).contains("an SMTP server would email"));
    assertThat(onStartup("always", true, "jdbc:postgresql://db.nhs.example:5432/hub", "smtp.nhs.example")
        .reasonNotToGenerate()).isEmpty();
  }

  DemoDataOnStartup onStartup(String generate, boolean allowProductionLike, String datasourceUrl, String mailHost) {
    return new DemoDataOnStartup(generator, caseStore, generate, 14, 1, allowProductionLike, datasourceUrl, mailHost,
        "http://localhost:8080");
  }

  /**
   * Every moment the case store and the engine's history hold for the case, in order: its events,
   * decisions and stage, and the start and end of each step and task of its processes.
   */
  List<Instant> timesOf(String reference) {
    var times = new ArrayList<Instant>();
    times.addAll(jdbc.queryForList("select e.occurred_at from case_event e join commissioning_case c"
        + " on c.id = e.case_id where c.reference = ?", OffsetDateTime.class, reference)
        .stream().map(OffsetDateTime::toInstant).toList());
    times.addAll(jdbc.queryForList("select d.decided_at from case_decision d join commissioning_case c"
        + " on c.id = d.case_id where c.reference = ?", OffsetDateTime.class, reference)
        .stream().map(OffsetDateTime::toInstant).toList());
    times.addAll(jdbc.queryForList("select stage_entered_at from commissioning_case where reference = ?"
        + " and stage_entered_at is not null", OffsetDateTime.class, reference)
        .stream().map(OffsetDateTime::toInstant).toList());
    for (var instance : historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .list()) {
      for (var activity : historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .list()) {
        times.add(activity.getStartTime().toInstant());
        if (activity.getEndTime() != null) {
          times.add(activity.getEndTime().toInstant());
        }
      }
    }
    for (var task : historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list()) {
      times.add(task.getStartTime().toInstant());
      if (task.getEndTime() != null) {
        times.add(task.getEndTime().toInstant());
      }
    }
    Collections.sort(times);
    return times;
  }

  /** A milestone of a case, as the console counts it. */
  record MilestoneOf(String name, LocalDate target, LocalDate actual) {

    String kind(LocalDate today) {
      if (actual != null) {
        return actual.isAfter(target) ? "met late" : "met on time";
      }
      return target.isBefore(today) ? "missed" : "not yet due";
    }
  }

  List<MilestoneOf> milestonesOf(String reference) {
    return jdbc.query("select m.name, m.target_date, m.actual_date from case_milestone m join commissioning_case c"
        + " on c.id = m.case_id where c.reference = ? order by m.target_date, m.name", (row, n) -> new MilestoneOf(
        row.getString(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)), reference);
  }

  List<String> ragReasonsOf(String reference) {
    return jdbc.queryForList("select e.after_state from case_event e join commissioning_case c on c.id = e.case_id"
        + " where c.reference = ? and e.event_type = 'RAG_CHANGED' order by e.occurred_at", String.class, reference);
  }

  boolean holdsOneOf(String user, Set<String> roles) {
    return roles.stream().anyMatch(role ->
        identityService.createUserQuery().userId(user).memberOfGroup(role).count() == 1);
  }

  /** The roles that hold the completed task. */
  static Set<String> rolesOf(JsonNode event) {
    // a task about one lot is named after it: "Engage the market — Lot 2: South Devon urgent care"
    var task = event.get("summary").asText().replace(" completed", "").replaceFirst(" — .*$", "");
    return switch (task) {
      case "Assess oral health needs", "Design lots" -> Set.of("commissioning-manager");
      case "Prepare business case" -> Set.of("programme-manager");
      case "Check affordability" -> Set.of("finance-lead");
      case "Approve stage" -> Set.of("head-of-primary-care", "primary-care-commissioning-committee",
          "director-of-primary-care");
      case "Declare conflicts of interest" -> Set.of("procurement-lead", "primary-care-commissioning-committee");
      case "Answer PSR route questions", "Confirm procurement route", "Engage the market",
          "Set specification and evaluation criteria", "Publish tender", "Answer clarification questions",
          "Assess provider against key criteria", "Check exclusions and debarment", "Publish award notice" ->
          Set.of("procurement-lead");
      case "Confirm premises", "Confirm CQC registration", "Set up contract with NHSBSA",
          "Hand over to contract management" -> Set.of("contract-manager");
      case "Check performer list" -> Set.of("dental-adviser");
      default -> throw new AssertionError("no role known for " + task);
    };
  }

  // --- the SARC recommissioning ---------------------------------------------------------------

  GeneratedCase sarc() {
    return run.cases().stream().filter(generated -> generated.programme() == Programme.SARC_RECOMMISSIONING)
        .findFirst().orElseThrow();
  }

  JsonNode sarcCase(String user) {
    var response = hub.get(user, "/api/cases/" + sarc().reference());
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  @Test
  void holdsTheSeedsThreeSouthWestSarcAreasWithEveryCommissionerSignedAndTheFundingAddingUp() {
    var sarcCase = sarcCase("health-and-justice-commissioner");
    assertThat(sarc().stage()).isEqualTo("procurement");
    assertThat(sarcCase.get("commissioner").asText()).isEqualTo("NHS England South West");
    var coCommissioners = sarcCase.get("coCommissioners");
    assertThat(texts(coCommissioners, "area", "pccOffice", "policeForce")).containsExactly(
        "Gloucestershire and Wiltshire (with Swindon) Gloucestershire PCC Gloucestershire Constabulary",
        "Gloucestershire and Wiltshire (with Swindon) Wiltshire and Swindon PCC Wiltshire Police",
        "Avon and Somerset Avon and Somerset PCC Avon and Somerset Police",
        "Devon and Cornwall (with the Isles of Scilly) Devon, Cornwall and the Isles of Scilly PCC"
            + " Devon and Cornwall Police");
    var asOfDay = LocalDate.ofInstant(run.asOf(), EngineClock.LONDON);
    var created = LocalDate.ofInstant(caseStore.find(sarc().reference()).orElseThrow().getCreatedAt(), EngineClock.LONDON);
    coCommissioners.forEach(commissioner -> {
      assertThat(commissioner.get("signed").asBoolean()).as(commissioner.toString()).isTrue();
      assertThat(commissioner.get("decisionNoticeReference").asText()).startsWith("PCC decision ");
      assertThat(LocalDate.parse(commissioner.get("decisionNoticeDate").asText())).isBetween(created, asOfDay);
      assertThat(Instant.parse(commissioner.get("signedAt").asText())).isBefore(run.asOf());
    });
    var shares = new java.math.BigDecimal(0);
    for (var commissioner : coCommissioners) {
      shares = shares.add(commissioner.get("fundingShare").decimalValue());
    }
    var details = sarcCase.get("details");
    assertThat(shares.add(details.get("nhsEnglandFunding").decimalValue()))
        .isEqualByComparingTo(details.get("annualContractValue").decimalValue());
    assertThat(details.get("therapeuticRedesignSummary").asText()).contains("Avon and Somerset");
    // the contracts start on a 1 October, accredited from that day
    var start = LocalDate.parse(details.get("accreditationDeadline").asText());
    assertThat(start.getMonthValue()).isEqualTo(10);
    assertThat(start.getDayOfMonth()).isEqualTo(1);
    assertThat(start).isBetween(asOfDay.plusMonths(10), asOfDay.plusMonths(22));
  }

  @Test
  void leavesEachSarcAreasLotAtItsOwnPointOfTheProcurementOpenToTheProcurementLead() {
    var lots = texts(sarcCase("health-and-justice-commissioner").get("lots"), "name");
    assertThat(lots).containsExactly("Gloucestershire and Wiltshire (with Swindon)", "Avon and Somerset",
        "Devon and Cornwall (with the Isles of Scilly)");
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sarc().reference())
        .processDefinitionKey("SarcRecommissioningProcess").singleResult();
    var lotIds = ((List<?>) runtimeService.getVariable(instance.getId(), "lotIds")).stream()
        .map(id -> ((Number) id).longValue()).toList();
    var openTaskOfLot = new HashMap<String, String>();
    var tasks = new Tasks(hub);
    for (var task : taskService.createTaskQuery().processInstanceBusinessKey(sarc().reference()).list()) {
      var lotId = ((Number) taskService.getVariable(task.getId(), "lotId")).longValue();
      assertThat(openTaskOfLot.put(lots.get(lotIds.indexOf(lotId)), task.getTaskDefinitionKey())).isNull();
      assertThat(tasks.find("procurement-lead", sarc().reference(), task.getTaskDefinitionKey())).isPresent();
    }
    assertThat(openTaskOfLot).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Gloucestershire and Wiltshire (with Swindon)", "Task_PublishTender",
        "Avon and Somerset", "Task_AnswerClarificationQuestions",
        "Devon and Cornwall (with the Isles of Scilly)", "Task_SetEvaluationCriteria"));
    // Avon and Somerset's tender is out, its deadlines still to come
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_execution e"
        + " on e.id_ = j.execution_id_ join act_ru_execution p on p.id_ = e.proc_inst_id_"
        + " where p.business_key_ = ? and j.duedate_ > ?", Long.class, sarc().reference(),
        java.sql.Timestamp.from(run.asOf()))).isPositive();
  }

  @Test
  void theSarcCaseIsSeenByTheCommissionersAndForcesItNamesAndRatedAmberWithItsMilestones() {
    assertThat(sarcCase("pcc-representative").get("reference").asText()).isEqualTo(sarc().reference());
    assertThat(sarcCase("police-force").get("reference").asText()).isEqualTo(sarc().reference());
    var stored = caseStore.find(sarc().reference()).orElseThrow();
    assertThat(stored.getRagRating()).hasToString("AMBER");
    assertThat(milestonesOf(sarc().reference())).extracting(MilestoneOf::name).containsExactlyInAnyOrder(
        "Co-commissioning agreements signed", "Every lot's tender published", "SARC services live");
    assertThat(milestonesOf(sarc().reference())).filteredOn(milestone -> milestone.actual() != null)
        .extracting(MilestoneOf::name).containsExactly("Co-commissioning agreements signed");
  }

  // --- the delegation -------------------------------------------------------------------------

  @Test
  void holdsBnssgsDelegationInDueDiligenceWithTheSeedsContractsAndRisksAndTwoStrandsStillOpen() {
    var delegation = run.cases().stream()
        .filter(generated -> generated.programme() == Programme.DELEGATION_DUE_DILIGENCE).findFirst().orElseThrow();
    assertThat(delegation.stage()).isEqualTo("due-diligence");
    var found = hub.get("head-of-primary-care", "/api/cases/" + delegation.reference()).body();
    assertThat(found.get("integratedCareSystem").asText()).isEqualTo("Bristol, North Somerset and South Gloucestershire");
    // the checklist agreed, 2B after its remediation
    found.get("checklist").forEach(item -> assertThat(item.get("status").asText()).isEqualTo("passed"));
    var contracts = 0;
    for (var group : found.get("contractGroups")) {
      contracts += group.get("contracts").asInt();
    }
    assertThat(contracts).isEqualTo(371);
    assertThat(found.get("risks")).hasSize(6);
    assertThat(found.get("delegationReadiness").get(0).get("financeGap").decimalValue())
        .isEqualByComparingTo("2451800.00");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(delegation.reference()).list())
        .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_ReviewItAndData", "Task_EngageLocalCommittees");
  }
}
