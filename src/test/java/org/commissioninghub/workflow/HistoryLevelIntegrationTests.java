package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine keeps its full history but for a row per variable update: a task's answers are in the
 * case's event log and in the variables' history, and a database that ran on full moves over.
 */
@IntegrationTest
class HistoryLevelIntegrationTests {

  static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  HistoryService historyService;

  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aCompletedTaskKeepsItsAnswersInTheVariablesHistoryAndTheEventLogButWritesNoHistoryDetails() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
            "title", "History level", "details", Map.of("trigger", "access-gap", "area", "Devon")))
        .body().get("reference").asText();
    hub.runDueJobs();
    new Tasks(hub).complete(MANAGER, reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("procure"));
    var processInstanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("DentalProcurementProcess").singleResult().getId();

    assertThat(engine.getHistoryLevel().getName()).isEqualTo("full-without-details");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName("needsOutcome").singleResult().getValue()).isEqualTo("procure");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("Task_AssessOralHealthNeeds").finished().count()).isEqualTo(1);
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(processInstanceId).count())
        .as("who claimed and completed the task").isPositive();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).count()).isZero();
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("events").toString())
        .contains("Assess oral health needs");
  }

  @Test
  void aTasksCopiesOfItsCaseAreShownWhileItIsOpenButKeepNoHistory() {
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
            "title", "Task copies", "details", Map.of("trigger", "access-gap", "area", "Devon")))
        .body().get("reference").asText();
    var tasks = new Tasks(hub);
    var taskId = tasks.find(MANAGER, reference, "Task_AssessOralHealthNeeds").orElseThrow().get("id").asText();
    var shown = hub.get(MANAGER, "/engine-rest/task/" + taskId + "/localVariables").body();
    assertThat(shown.path(TaskContext.CASE_REFERENCE).path("value").asText()).isEqualTo(reference);
    assertThat(shown.path(TaskContext.CASE_TITLE).path("value").asText()).isEqualTo("Task copies");

    tasks.complete(MANAGER, reference, "Task_AssessOralHealthNeeds", DentalFormAnswers.needsAssessment("procure"));

    var processInstanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("DentalProcurementProcess").singleResult().getId();
    var kept = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list();
    assertThat(kept).extracting(variable -> variable.getName())
        .contains("needsOutcome", "needsSummary")
        .as("the process's own reference and title are kept, each task's copies are not")
        .containsOnlyOnce(TaskContext.CASE_REFERENCE, TaskContext.CASE_TITLE);
    assertThat(kept).filteredOn(variable -> variable.getTaskId() != null).isEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taskId).count()).isZero();
  }

  @Test
  void aDatabaseThatRanOnTheFullHistoryLevelMovesToFullWithoutDetailsAsTheEngineStarts() {
    jdbc.update("update ACT_GE_PROPERTY set VALUE_ = '3' where NAME_ = 'historyLevel'");
    try {
      new HistoryLevelPlugin().postInit(engine);

      assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
          .isEqualTo(String.valueOf(HistoryLevelPlugin.FULL_WITHOUT_DETAILS.getId()));
    } finally {
      jdbc.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'",
          String.valueOf(HistoryLevelPlugin.FULL_WITHOUT_DETAILS.getId()));
    }
  }
}
