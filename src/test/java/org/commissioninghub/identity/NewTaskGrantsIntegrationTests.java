package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new task is granted to each of its candidates once, with the engine's permissions, however
 * many ways it names them: the grants made with it are found before it is written
 * ({@link RoleAuthorizationManager}), and a later change to the task finds them in the database.
 */
@IntegrationTest
class NewTaskGrantsIntegrationTests {

  static final String PROCESS = "NewTaskGrantsProcess";
  static final String PERSON = "nt-person";
  static final String OTHER_PERSON = "nt-other";
  static final String ROLE = Role.COMMISSIONING_MANAGER.groupId();

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  AuthorizationService authorizationService;

  private String deployment;

  @AfterEach
  void removeProcess() {
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aPersonNamedAsAssigneeAndCandidateOfANewTaskHasOneGrantOnIt() {
    deployment = repositoryService.createDeployment()
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Named").camundaAssignee(PERSON).camundaCandidateUsers(PERSON).camundaCandidateGroups(ROLE)
            .endEvent().done())
        .deploy().getId();

    runtimeService.startProcessInstanceByKey(PROCESS);
    var task = taskService.createTaskQuery().processDefinitionKey(PROCESS).singleResult();

    var personGrants = grantsOn(task.getId()).userIdIn(PERSON).list();
    assertThat(personGrants).hasSize(1);
    assertThat(personGrants.get(0).isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(personGrants.get(0).isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(grantsOn(task.getId()).groupIdIn(ROLE).count()).isEqualTo(1);

    taskService.setAssignee(task.getId(), OTHER_PERSON);
    taskService.setAssignee(task.getId(), PERSON);

    assertThat(grantsOn(task.getId()).userIdIn(PERSON).count()).isEqualTo(1);
    assertThat(grantsOn(task.getId()).userIdIn(OTHER_PERSON).count()).isEqualTo(1);
  }

  private org.camunda.bpm.engine.authorization.AuthorizationQuery grantsOn(String taskId) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).resourceId(taskId);
  }
}
