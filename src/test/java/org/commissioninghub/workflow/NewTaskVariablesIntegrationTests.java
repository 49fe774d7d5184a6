package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task created in the running command starts with no variables and does not look for any in
 * the database; a task read from the database still has its own.
 */
@IntegrationTest
class NewTaskVariablesIntegrationTests {

  @Autowired
  TaskService taskService;

  @Autowired
  ProcessEngineConfigurationImpl engine;

  private String savedTaskId;

  @BeforeEach
  void saveATaskWithAVariable() {
    var task = taskService.newTask();
    taskService.saveTask(task);
    savedTaskId = task.getId();
    taskService.setVariableLocal(savedTaskId, "note", "in the database");
  }

  @AfterEach
  void removeTheTask() {
    taskService.deleteTask(savedTaskId, true);
  }

  @Test
  void aTaskCreatedInTheCommandDoesNotReadVariablesFromTheDatabase() {
    var found = engine.getCommandExecutorTxRequired().execute(context -> {
      // a new task that happens to carry the saved task's id: only a read of the database could find its variable
      var created = new TaskEntity();
      created.setId(savedTaskId);
      context.getDbEntityManager().insert(created);
      new NewTaskVariables().notify(created);
      var variable = created.getVariableLocal("note");
      context.getDbEntityManager().getDbEntityCache().remove(created);
      return variable;
    });

    assertThat(found).isNull();
  }

  @Test
  void aTaskReadFromTheDatabaseKeepsItsVariables() {
    var found = engine.getCommandExecutorTxRequired().execute(context -> {
      var saved = context.getTaskManager().findTaskById(savedTaskId);
      new NewTaskVariables().notify(saved);
      return saved.getVariableLocal("note");
    });

    assertThat(found).isEqualTo("in the database");
  }
}
