package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo cases made through the real dental procurement process: in the case store at their
 * journeys' stages, their open tasks with the roles that hold them, every answer recorded in the
 * name of the person who gave it, no step failed, and the same seed making the same cases.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIntegrationTests {

  static final int CASES = 8;
  static final long SEED = 7;

  /** Who holds the task a journey stops at, by task and the case's stage. */
  static final Map<String, String> HOLDER_BY_TASK_AND_STAGE = Map.of(
      "Task_AssessOralHealthNeeds@needs-assessment", "commissioning-manager",
      "Task_DesignLots@lot-design", "commissioning-manager",
      "Task_CheckAffordability@finance-check", "finance-lead",
      "Task_ApproveStage@business-case-approval", "head-of-primary-care",
      "Task_AnswerPsrQuestions@psr-route", "procurement-lead",
      "Task_AnswerClarificationQuestions@procurement", "procurement-lead",
      "Task_AssessProvider@procurement", "procurement-lead",
      "Task_ApproveStage@procurement", "primary-care-commissioning-committee",
      "Task_SetUpNhsbsaContract@mobilisation", "contract-manager");

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
  HubClient hub;

  DemoDataGenerator.Run run;

  @BeforeAll
  void generate() {
    // a second finance lead, whom a case may name as its finance lead
    hub.ensureUser("pat.finance", "finance-lead");
    run = generator.generate(CASES, SEED);
  }

  @Test
  void makesTheCasesInTheCaseStoreAtMixedStages() {
    assertThat(run.cases()).hasSize(CASES);
    for (var generated : run.cases()) {
      var stored = caseStore.find(generated.reference()).orElseThrow();
      assertThat(stored.getCurrentStage()).isEqualTo(generated.stage());
      assertThat(stored.getStatus().id()).isEqualTo(generated.status());
      assertThat(stored.getIntegratedCareSystem()).isNotBlank();
      assertThat(stored.getCommissioner()).endsWith("Integrated Care Board");
    }
    assertThat(run.cases()).extracting(GeneratedCase::journey).doesNotHaveDuplicates();
    assertThat(run.cases()).extracting(GeneratedCase::stage).hasSizeGreaterThanOrEqualTo(1)
        .satisfies(stages -> assertThat(new HashSet<>(stages)).hasSizeGreaterThanOrEqualTo(4));
  }

  @Test
  void leavesEachCaseWithTheTaskItsJourneyStopsAtOpenToItsRole() {
    var tasks = new Tasks(hub);
    var casesWithOpenTasks = 0;
    for (var generated : run.cases()) {
      var open = taskService.createTaskQuery().processInstanceBusinessKey(generated.reference()).list();
      if (!open.isEmpty()) {
        casesWithOpenTasks++;
      }
      for (var task : open) {
        var holder = HOLDER_BY_TASK_AND_STAGE.get(task.getTaskDefinitionKey() + "@" + generated.stage());
        assertThat(holder).as(task.getTaskDefinitionKey() + " open on " + generated).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).filteredOn(
                link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .extracting(IdentityLink::getGroupId).containsExactly(holder);
        assertThat(task.getAssignee()).isNull();
        assertThat(tasks.find(holder, generated.reference(), task.getTaskDefinitionKey())).isPresent();
      }
    }
    assertThat(casesWithOpenTasks).isPositive();
  }

  @Test
  void recordsEveryAnswerInTheNameOfThePersonWhoGaveIt() {
    for (var generated : run.cases()) {
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
  void makesTheSameCasesFromTheSameSeed() {
    var again = generator.generate(CASES, SEED);
    assertThat(again.cases()).extracting(GeneratedCase::journey)
        .containsExactlyElementsOf(run.cases().stream().map(GeneratedCase::journey).toList());
    assertThat(again.cases()).extracting(GeneratedCase::stage)
        .containsExactlyElementsOf(run.cases().stream().map(GeneratedCase::stage).toList());
    for (int i = 0; i < CASES; i++) {
      var first = caseStore.find(run.cases().get(i).reference()).orElseThrow();
      var second = caseStore.find(again.cases().get(i).reference()).orElseThrow();
      assertThat(second.getReference()).isNotEqualTo(first.getReference());
      assertThat(second.getTitle()).isEqualTo(first.getTitle());
      assertThat(second.getValueGbp()).isEqualTo(first.getValueGbp());
      assertThat(second.getDetails()).isEqualTo(first.getDetails());
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
      case "Approve stage" -> Set.of("head-of-primary-care", "primary-care-commissioning-committee");
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
}
