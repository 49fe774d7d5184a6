package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hub's check of a person's permissions ({@link GrantCheck}, through
 * {@link RoleAuthorizationManager}) answers every check as the engine's own SQL does: grants to the
 * person, to their groups and to everyone, on a resource or on {@code *}, with some or all of the
 * permissions asked for, alone, any of several or all of several.
 */
@IntegrationTest
class GrantCheckIntegrationTests {

  static final String USER = "gc-user";
  static final String OTHER_USER = "gc-other";
  static final String GROUP = "gc-group";
  static final String OTHER_GROUP = "gc-other-group";

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  ProcessEngineConfigurationImpl engine;

  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void grant() {
    grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.TASK, "gc-task-1", Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.TASK, "gc-task-2", Permissions.READ, Permissions.UPDATE);
    grant(Authorization.AUTH_TYPE_GRANT, null, GROUP, Resources.TASK, "gc-task-3", TaskPermissions.TASK_WORK);
    grant(Authorization.AUTH_TYPE_GRANT, null, GROUP, Resources.PROCESS_DEFINITION, "gc-key-1",
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
    grant(Authorization.AUTH_TYPE_GRANT, null, OTHER_GROUP, Resources.DEPLOYMENT, Authorization.ANY, Permissions.ALL);
    grant(Authorization.AUTH_TYPE_GLOBAL, Authorization.ANY, null, Resources.FILTER, "gc-filter-1", Permissions.READ);
    grant(Authorization.AUTH_TYPE_GLOBAL, Authorization.ANY, null, Resources.BATCH, Authorization.ANY, Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, OTHER_USER, null, Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, Authorization.ANY, null, Resources.TASK, "gc-task-4", Permissions.READ);
  }

  @AfterEach
  void removeGrants() {
    created.forEach(authorizationService::deleteAuthorization);
  }

  @Test
  void everySingleCheckIsAnsweredAsTheEngineAnswersIt() {
    var answered = 0;
    var granted = 0;
    for (var person : people()) {
      for (var single : singleChecks()) {
        var check = new CompositePermissionCheck(true);
        check.addAtomicCheck(single);
        var hub = hubAnswer(person, check);
        assertThat(hub).as(describe(person, check)).isEqualTo(engineAnswer(person, check));
        answered++;
        granted += hub ? 1 : 0;
      }
    }
    assertThat(granted).as("some checks pass, some do not").isBetween(1, answered - 1);
  }

  @Test
  void anyOfSeveralAndAllOfSeveralAreAnsweredAsTheEngineAnswersThem() {
    var singles = singleChecks();
    var granted = 0;
    var refused = 0;
    for (var person : people()) {
      for (int i = 0; i < singles.size(); i++) {
        for (int j = i + 1; j < singles.size(); j++) {
          for (var disjunctive : new boolean[] {true, false}) {
            var check = new CompositePermissionCheck(disjunctive);
            check.addAtomicCheck(singles.get(i));
            check.addAtomicCheck(singles.get(j));
            var hub = hubAnswer(person, check);
            assertThat(hub).as(describe(person, check)).isEqualTo(engineAnswer(person, check));
            granted += hub ? 1 : 0;
            refused += hub ? 0 : 1;
          }
        }
      }
    }
    assertThat(granted).isPositive();
    assertThat(refused).isPositive();
  }

  @Test
  void aPermissionTheResourceDoesNotHaveIsRefusedAsTheEngineRefusesIt() {
    var check = new CompositePermissionCheck(true);
    check.addAtomicCheck(check(Resources.DEPLOYMENT, "gc-deployment", TaskPermissions.TASK_WORK));
    assertThatThrownBy(() -> hubAnswer(people().get(0), check)).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> engineAnswer(people().get(0), check)).isInstanceOf(BadUserRequestException.class);
  }

  private record Person(String userId, List<String> groupIds) {}

  private static List<Person> people() {
    return List.of(new Person(USER, List.of(GROUP)), new Person(USER, List.of()),
        new Person(OTHER_USER, List.of(OTHER_GROUP, GROUP)), new Person("gc-nobody", List.of()),
        new Person("gc-nobody", List.of(OTHER_GROUP)));
  }

  private static List<PermissionCheck> singleChecks() {
    var checks = new ArrayList<PermissionCheck>();
    for (var id : new String[] {"gc-task-1", "gc-task-2", "gc-task-3", "gc-task-4", "gc-task-5", Authorization.ANY, null}) {
      checks.add(check(Resources.TASK, id, Permissions.READ));
      checks.add(check(Resources.TASK, id, Permissions.UPDATE));
      checks.add(check(Resources.TASK, id, TaskPermissions.TASK_WORK));
      checks.add(check(Resources.TASK, id, Permissions.ALL));
    }
    for (var id : new String[] {"gc-key-1", "gc-key-2", Authorization.ANY}) {
      checks.add(check(Resources.PROCESS_DEFINITION, id, ProcessDefinitionPermissions.READ));
      checks.add(check(Resources.PROCESS_DEFINITION, id, ProcessDefinitionPermissions.READ_TASK));
      checks.add(check(Resources.PROCESS_DEFINITION, id, ProcessDefinitionPermissions.TASK_WORK));
      checks.add(check(Resources.PROCESS_DEFINITION, id, ProcessDefinitionPermissions.UPDATE_TASK));
    }
    checks.add(check(Resources.DEPLOYMENT, "gc-deployment", Permissions.DELETE));
    checks.add(check(Resources.FILTER, "gc-filter-1", Permissions.READ));
    checks.add(check(Resources.FILTER, "gc-filter-2", Permissions.READ));
    checks.add(check(Resources.FILTER, "gc-filter-1", Permissions.UPDATE));
    checks.add(check(Resources.BATCH, "gc-batch", Permissions.READ));
    return checks;
  }

  private static PermissionCheck check(Resource resource, String resourceId, Permission permission) {
    var check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(resourceId);
    check.setPermission(permission);
    return check;
  }

  private boolean hubAnswer(Person person, CompositePermissionCheck check) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      assertThat(context.getAuthorizationManager()).isInstanceOf(RoleAuthorizationManager.class);
      return context.getAuthorizationManager().isAuthorized(person.userId(), person.groupIds(), check);
    });
  }

  /** The engine's own manager and SQL, in the same kind of command. */
  private boolean engineAnswer(Person person, CompositePermissionCheck check) {
    return engine.getCommandExecutorTxRequired().execute(context ->
        new AuthorizationManager().isAuthorized(person.userId(), person.groupIds(), check));
  }

  private static String describe(Person person, CompositePermissionCheck check) {
    return person + (check.isDisjunctive() ? " any of " : " all of ") + check.getAtomicChecks().stream()
        .map(one -> one.getResource().resourceName() + "/" + one.getResourceId() + "/" + one.getPermission().getName())
        .toList();
  }

  private void grant(int type, String userId, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    var authorization = authorizationService.createNewAuthorization(type);
    if (userId != null) {
      authorization.setUserId(userId);
    }
    if (groupId != null) {
      authorization.setGroupId(groupId);
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (var permission : permissions) {
      authorization.addPermission(permission);
    }
    created.add(authorizationService.saveAuthorization(authorization).getId());
  }
}
