package org.commissioninghub.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes every {@link Role} a Camunda group with what its members need in Tasklist: access to the
 * app, sight of the process diagrams, and three task filters (open tasks, overdue, due this week).
 * Users cannot create filters of their own: a stored query may hold expressions, so only
 * administrators write them. Runs at every start and changes only what is missing or out of date
 * (the variables a filter's task cards show).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoleSetup implements ApplicationRunner {

  static final String CASE_VARIABLES = "variables";
  /** What each task card shows: the case it belongs to (every task of a case carries both). */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "caseReference", "label", "Case"),
      Map.of("name", "caseTitle", "label", "Title"));

  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final Authorizations authorizations;

  RoleSetup(IdentityService identityService, FilterService filterService, TaskService taskService,
      Authorizations authorizations) {
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    createAdministratorsGroup();
    createGroup(Role.METRICS_READERS_GROUP, "Metrics readers", "SYSTEM");
    for (var role : Role.values()) {
      createGroup(role.groupId(), role.displayName(), "WORKFLOW");
      authorizations.grant(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      authorizations.grant(role.groupId(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      createFilters(role);
    }
  }

  private void createAdministratorsGroup() {
    createGroup(Role.ADMINISTRATORS_GROUP, "Commissioning Hub administrators", "SYSTEM");
    for (var resource : Resources.values()) {
      authorizations.grant(Role.ADMINISTRATORS_GROUP, resource, "*", Permissions.ALL);
    }
  }

  private void createGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).singleResult() != null) {
      return;
    }
    var group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void createFilters(Role role) {
    createFilter(role, role.displayName() + ": open tasks", 10, "Open tasks for the role",
        roleTasks(role));
    createFilter(role, role.displayName() + ": overdue", 20, "Tasks past their due date",
        roleTasks(role).dueBeforeExpression("${now()}"));
    createFilter(role, role.displayName() + ": due this week", 30, "Tasks due in the next seven days",
        roleTasks(role).dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
  }

  private TaskQuery roleTasks(Role role) {
    return taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks()
        .orderByDueDate().asc();
  }

  private void createFilter(Role role, String name, int priority, String description, TaskQuery query) {
    var filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of(
              "description", description,
              "priority", priority,
              "refresh", true,
              CASE_VARIABLES, CARD_VARIABLES));
      filterService.saveFilter(filter);
    } else if (!CARD_VARIABLES.equals(filter.getProperties().get(CASE_VARIABLES))) {
      // A filter made by an earlier version shows other variables (or none) on its task cards.
      var properties = new HashMap<String, Object>(filter.getProperties());
      properties.put(CASE_VARIABLES, CARD_VARIABLES);
      filterService.saveFilter(filter.setProperties(properties));
    }
    authorizations.grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
