package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioninghub.testsupport.DentalFormAnswers.lotDesign;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Upgrading a running hub: cases opened on the diagrams of before answers were recorded at task
 * completion (src/test/resources/legacy, as deployed then), then today's diagrams deployed as the
 * upgraded hub deploys them on start, and the hub's migration of running instances.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RunningInstanceMigrationIntegrationTests {

  static final String COMMISSIONING_MANAGER = "commissioning-manager";
  static final String HEAD_OF_PRIMARY_CARE = "head-of-primary-care";
  static final String PROCUREMENT_LEAD = "procurement-lead";
  static final String ADMINISTRATOR = "demo";

  static final List<String> PROCESSES_BEFORE_THE_UPGRADE = List.of("DentalProcurementProcess",
      "CompetitiveProcurementProcess", "DirectAwardProcess", "StandstillProcess", "StageApprovalProcess");

  @Autowired
  HubClient hub;

  @Autowired
  RunningInstanceMigration migration;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ProcurementService procurement;

  @Autowired
  SpringProcessEngineConfiguration engineConfiguration;

  Tasks tasks;

  String deploymentBeforeTheUpgrade;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
  }

  /** Whatever a test left on the old diagrams goes with them, so they never stay the latest. */
  @AfterEach
  void removeTheDiagramsOfBeforeTheUpgrade() {
    if (deploymentBeforeTheUpgrade != null) {
      repositoryService.deleteDeployment(deploymentBeforeTheUpgrade, true);
    }
  }

  @Test
  void aCaseWaitingAtAUserTaskCarriesOnUnderTodaysDiagramRecordingItsAnswerAndMovingItsStage() {
    // given a case opened before the upgrade, waiting at Design lots
    runTheHubAsBeforeTheUpgrade();
    var reference = openCase();
    var instance = processInstanceOf(reference);
    moveTo(instance, "Task_AssessOralHealthNeeds", "Task_DesignLots");
    var designLots = taskIdAt(instance, "Task_DesignLots");
    assertThat(deploymentOf(instance)).isEqualTo(deploymentBeforeTheUpgrade);
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("needs-assessment");

    // when the upgraded hub starts
    upgradeTheHub();
    var report = migration.migrateToLatestVersions();

    // then the case's process runs on today's diagram, still at the same task
    assertThat(report.migrated()).contains(instance);
    assertThat(definitionOf(instance)).isEqualTo(latestDefinition("DentalProcurementProcess"));
    assertThat(taskIdAt(instance, "Task_DesignLots")).isEqualTo(designLots);
    // and completing it records the answer and moves the stage as the diagram declares, with no Record step
    tasks.complete(COMMISSIONING_MANAGER, reference, "Task_DesignLots", lotDesign());
    var after = caseOf(reference);
    assertThat(after.get("currentStage").asText()).isEqualTo("business-case");
    assertThat(after.get("lots").get(0).get("contractForm").asText()).isEqualTo("pds");
    assertThat(texts(hub.get(COMMISSIONING_MANAGER, "/api/cases/" + reference + "/lots").body(), "name"))
        .containsExactly("North Devon urgent care", "South Devon urgent care", "Cornwall orthodontics");
    assertThat(texts(after.get("process").get("current"), "id")).containsExactly("Task_PrepareBusinessCase");
    assertThat(texts(after.get("process").get("completed"), "id")).doesNotContain("ServiceTask_RecordLotDesign");
  }

  @Test
  void aCaseWaitingBeforeARemovedRecordStepIsLeftForAnAdministratorAndMovesOnceSentBackToItsTask(CapturedOutput output) {
    // given two cases opened before the upgrade: one waiting at the job of Record lot design, one at Design lots
    runTheHubAsBeforeTheUpgrade();
    var stuckReference = openCase();
    var stuck = processInstanceOf(stuckReference);
    moveTo(stuck, "Task_AssessOralHealthNeeds", "ServiceTask_RecordLotDesign");
    var oldDefinition = definitionOf(stuck);
    var movable = processInstanceOf(openCase());
    moveTo(movable, "Task_AssessOralHealthNeeds", "Task_DesignLots");

    // when the upgraded hub starts
    upgradeTheHub();
    var report = migration.migrateToLatestVersions();

    // then the case at Design lots moves, and the other stays on its version
    assertThat(report.migrated()).contains(movable).doesNotContain(stuck);
    assertThat(definitionOf(movable)).isEqualTo(latestDefinition("DentalProcurementProcess"));
    assertThat(definitionOf(stuck)).isEqualTo(oldDefinition);
    // and is reported with its case and the step it waits at
    assertThat(report.leftBehind()).filteredOn(left -> left.processInstanceId().equals(stuck)).singleElement()
        .satisfies(left -> {
          assertThat(left.businessKey()).isEqualTo(stuckReference);
          assertThat(left.processDefinitionId()).isEqualTo(oldDefinition);
          assertThat(left.activityIds()).containsExactly("ServiceTask_RecordLotDesign");
        });
    // and an operator is told, in the log, which case, where, and what to do
    assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ") && line.contains(stuckReference)))
        .singleElement().asString()
        .contains(stuck, "ServiceTask_RecordLotDesign", "/engine-rest/process-instance/" + stuck + "/modification");

    // when an administrator sends it back to the task whose answer the removed step recorded, as the README says
    var sentBack = hub.post(ADMINISTRATOR, "/engine-rest/process-instance/" + stuck + "/modification", Map.of(
        "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "Task_DesignLots"),
            Map.of("type", "cancel", "activityId", "ServiceTask_RecordLotDesign")),
        "annotation", "Record lot design no longer exists: Design lots is answered again"));
    assertThat(sentBack.status()).as(sentBack.body().toString()).isEqualTo(204);
    // and migrates it to the latest version
    var plan = hub.post(ADMINISTRATOR, "/engine-rest/migration/generate", Map.of(
        "sourceProcessDefinitionId", oldDefinition,
        "targetProcessDefinitionId", latestDefinition("DentalProcurementProcess"),
        "updateEventTriggers", true));
    assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
    var migrated = hub.post(ADMINISTRATOR, "/engine-rest/migration/execute", Map.of(
        "migrationPlan", plan.body(), "processInstanceIds", List.of(stuck)));
    assertThat(migrated.status()).as(migrated.body().toString()).isEqualTo(204);

    // then it is on today's diagram, and the answer given again is recorded the new way
    assertThat(definitionOf(stuck)).isEqualTo(latestDefinition("DentalProcurementProcess"));
    tasks.complete(COMMISSIONING_MANAGER, stuckReference, "Task_DesignLots", lotDesign());
    assertThat(caseOf(stuckReference).get("currentStage").asText()).isEqualTo("business-case");
  }

  @Test
  void aCaseWaitingOnItsCalledApprovalMovesWithItAndCarriesOnWhenTheApproverDecides() {
    // given a case opened before the upgrade whose business case approval has just been called
    runTheHubAsBeforeTheUpgrade();
    var reference = openCase();
    var instance = processInstanceOf(reference);
    moveTo(instance, "Task_AssessOralHealthNeeds", "CallActivity_ApproveBusinessCase");
    // its lots were designed before the approval, as Design lots records them
    var lotIds = procurement.createLots(reference,
        List.of(new LotPlan("North Devon urgent care", "general-urgent", "pds", 60_000, null)), COMMISSIONING_MANAGER);
    runtimeService.setVariable(instance, "lotIds", new ArrayList<>(lotIds));
    var approval = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance).singleResult().getId();
    // its request waits as a job on the old diagram, which names a delegate bean that is gone
    assertThat(deploymentOf(approval)).isEqualTo(deploymentBeforeTheUpgrade);

    // when the upgraded hub starts
    upgradeTheHub();
    var report = migration.migrateToLatestVersions();

    // then the case and its approval are each on today's diagram, still linked
    assertThat(report.migrated()).contains(instance, approval);
    assertThat(definitionOf(instance)).isEqualTo(latestDefinition("DentalProcurementProcess"));
    assertThat(definitionOf(approval)).isEqualTo(latestDefinition("StageApprovalProcess"));
    // and the request runs, the approver decides, and the case carries on to the route questions
    hub.runDueJobs();
    tasks.complete(HEAD_OF_PRIMARY_CARE, reference, "Task_ApproveStage",
        Map.of("approvalOutcome", "approved", "approvalComment", "Go ahead."));
    var after = caseOf(reference);
    var decisions = after.get("decisions");
    assertThat(decisions.get(decisions.size() - 1).get("outcome").asText()).isEqualTo("approved");
    assertThat(decisions.get(decisions.size() - 1).get("decidedBy").asText()).isEqualTo(HEAD_OF_PRIMARY_CARE);
    assertThat(after.get("currentStage").asText()).isEqualTo("psr-route");
    assertThat(tasks.find(PROCUREMENT_LEAD, reference, "Task_AnswerPsrQuestions")).isPresent();
  }

  @Test
  void withMigrationSwitchedOffAStartingHubLeavesRunningCasesOnTheirVersion() {
    // given a case opened before the upgrade, waiting at Design lots, and the upgraded diagrams deployed
    runTheHubAsBeforeTheUpgrade();
    var instance = processInstanceOf(openCase());
    moveTo(instance, "Task_AssessOralHealthNeeds", "Task_DesignLots");
    upgradeTheHub();

    // when a hub with hub.workflow.migrate-running-instances=false starts
    new RunningInstanceMigration(repositoryService, runtimeService, engineConfiguration, false).start();

    // then the case stays on its version
    assertThat(deploymentOf(instance)).isEqualTo(deploymentBeforeTheUpgrade);
    // while a hub as configured by default moves it as it starts
    migration.start();
    assertThat(definitionOf(instance)).isEqualTo(latestDefinition("DentalProcurementProcess"));
  }

  @Test
  void twoHubsStartingAtOnceMoveEachCaseOnceAndLeaveNoneBehind() throws Exception {
    // given twenty processes started before the upgrade, waiting at Design lots, and the upgraded diagrams
    runTheHubAsBeforeTheUpgrade();
    var instances = new ArrayList<String>();
    for (var i = 1; i <= 20; i++) {
      instances.add(runtimeService.createProcessInstanceByKey("DentalProcurementProcess")
          .businessKey("DEN-RACE-" + i).startBeforeActivity("Task_DesignLots").execute().getId());
    }
    upgradeTheHub();

    // when two hubs on the same database migrate at the same moment
    var bothReady = new CyclicBarrier(2);
    var hubs = Executors.newFixedThreadPool(2);
    Callable<MigrationReport> startingHub = () -> {
      var hub = new RunningInstanceMigration(repositoryService, runtimeService, engineConfiguration, true);
      bothReady.await();
      return hub.migrateToLatestVersions();
    };
    var first = hubs.submit(startingHub);
    var second = hubs.submit(startingHub);
    var reports = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
    hubs.shutdown();

    // then every one is on the latest version, migrated by exactly one of them, and neither left any behind
    var latest = latestDefinition("DentalProcurementProcess");
    instances.forEach(instance -> assertThat(definitionOf(instance)).isEqualTo(latest));
    var migrated = reports.stream().flatMap(report -> report.migrated().stream()).filter(instances::contains).toList();
    assertThat(migrated).containsExactlyInAnyOrderElementsOf(instances);
    assertThat(reports).allSatisfy(report -> assertThat(report.leftBehind())
        .noneMatch(left -> instances.contains(left.processInstanceId())));
  }

  /** The diagrams as the hub deployed them before the upgrade: the latest until the upgrade. */
  void runTheHubAsBeforeTheUpgrade() {
    var deployment = repositoryService.createDeployment().name("Commissioning Hub before the upgrade");
    PROCESSES_BEFORE_THE_UPGRADE.forEach(process -> deployment.addClasspathResource("legacy/" + process + "-v1.bpmn"));
    deploymentBeforeTheUpgrade = deployment.deploy().getId();
  }

  /** Today's diagrams, decisions and forms, deployed as the hub deploys them when it starts. */
  void upgradeTheHub() {
    var deployment = repositoryService.createDeployment().name(engineConfiguration.getDeploymentName());
    for (var resource : engineConfiguration.getDeploymentResources()) {
      try (var content = resource.getInputStream()) {
        deployment.addInputStream(resource.getFilename(), content);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    deployment.deploy();
  }

  String openCase() {
    var response = hub.post(COMMISSIONING_MANAGER, "/api/cases", Map.of(
        "programme", "dental-procurement",
        "title", "Somerset urgent dental care",
        "details", Map.of("trigger", "contract-ending", "area", "Somerset", "currentContractEndDate", "2027-09-30")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return response.body().get("reference").asText();
  }

  String processInstanceOf(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("DentalProcurementProcess").singleResult().getId();
  }

  /** Moves the instance as Cockpit's process instance modification does: start there, cancel here. */
  void moveTo(String instance, String from, String to) {
    runtimeService.createProcessInstanceModification(instance).startBeforeActivity(to).cancelAllForActivity(from)
        .execute();
  }

  String definitionOf(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
  }

  String deploymentOf(String instance) {
    return repositoryService.getProcessDefinition(definitionOf(instance)).getDeploymentId();
  }

  String latestDefinition(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  String taskIdAt(String instance, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskDefinitionKey)
        .singleResult().getId();
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(COMMISSIONING_MANAGER, reference);
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }
}
