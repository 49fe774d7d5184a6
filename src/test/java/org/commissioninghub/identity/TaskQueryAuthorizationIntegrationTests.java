package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.commissioninghub.system.EngineIndexes;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hub's task list and count ({@link TaskQueryAuthorizationPlugin}) show each user exactly the
 * tasks the engine's own SQL shows them: over REST, in Tasklist's engine API, in filter counts, in
 * or-queries and through {@code TaskService}, for every role, a user named on tasks, a user of a role
 * granted a whole process definition, a user with no role and the administrator.
 */
@IntegrationTest
class TaskQueryAuthorizationIntegrationTests {

  static final String ALPHA = "tq-alpha";
  static final String BETA = "tq-beta";
  static final String ALICE = "tq-alice";
  static final String BOB = "tq-bob";
  static final String CAROL = "tq-carol";

  @Autowired
  HubClient hub;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  FilterService filterService;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @BeforeEach
  void tasksOfEveryKind() {
    for (var group : List.of(ALPHA, BETA)) {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        var created = identityService.newGroup(group);
        created.setName(group);
        identityService.saveGroup(created);
      }
    }
    hub.ensureUser(ALICE, ALPHA);
    hub.ensureUser(BOB, BETA);
    hub.ensureUser(CAROL);
    if (taskService.createTaskQuery().taskNameLike("tq %").count() == 0) {
      // A process task of commissioning-manager, the role that opens a case.
      assertThat(hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
          "title", "Task query isolation", "details", Map.of("trigger", "access-gap", "area", "Devon"))).status())
          .isEqualTo(201);
      hub.runDueJobs();
      standalone("tq for alpha", task -> taskService.addCandidateGroup(task, ALPHA));
      standalone("tq for alpha and beta", task -> {
        taskService.addCandidateGroup(task, ALPHA);
        taskService.addCandidateGroup(task, BETA);
      });
      standalone("tq carol may claim", task -> taskService.addCandidateUser(task, CAROL));
      standalone("tq assigned to carol", task -> taskService.setAssignee(task, CAROL));
      standalone("tq for nobody", task -> { });
      // Beta reads every task of dental procurement through one grant on the definition.
      if (authorizationService.createAuthorizationQuery().groupIdIn(BETA).resourceType(Resources.PROCESS_DEFINITION)
          .count() == 0) {
        var grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(BETA);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("DentalProcurementProcess");
        grant.addPermission(Permissions.READ_TASK);
        authorizationService.saveAuthorization(grant);
      }
    }
  }

  private void standalone(String name, java.util.function.Consumer<String> identity) {
    var task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    identity.accept(task.getId());
  }

  @Test
  void namedUsersAndGroupsSeeExactlyTheirTasks() {
    assertThat(names(ALICE)).containsExactly("tq for alpha", "tq for alpha and beta");
    assertThat(names(CAROL)).containsExactly("tq assigned to carol", "tq carol may claim");
    assertThat(names(BOB)).contains("tq for alpha and beta", "Assess oral health needs")
        .doesNotContain("tq for alpha", "tq for nobody", "tq carol may claim");
    var dentalTasks = asAdministrator(() -> taskService.createTaskQuery().processDefinitionKey("DentalProcurementProcess")
        .count());
    assertThat(count(BOB)).isEqualTo(dentalTasks + 1);
    assertThat(hub.get(ALICE, "/engine-rest/task/count").body().get("count").asLong()).isEqualTo(2);
    assertThat(hub.get(CAROL, "/engine-rest/task/count").body().get("count").asLong()).isEqualTo(2);
  }

  @Autowired
  TaskQueryAuthorizationPlugin plugin;

  @Test
  void theIndexOnGroupsGrantsIsThereAfterStartAndMakingItAgainAsASecondNodeWouldIsHarmless() throws Exception {
    plugin.postProcessEngineBuild(engineConfiguration.getProcessEngine());

    assertThat(EngineIndexes.columnsOf(engineConfiguration.getDataSource(), TaskQueryAuthorizationPlugin.GRANTS_INDEX,
        "ACT_RU_AUTHORIZATION")).containsExactly("GROUP_ID_", "RESOURCE_TYPE_", "TYPE_", "PERMS_", "RESOURCE_ID_");
  }

  @Test
  void everyUserSeesWhatTheEnginesOwnQuerySees() {
    var users = new ArrayList<String>(List.of(ALICE, BOB, CAROL, "demo"));
    for (var role : Role.values()) {
      users.add(role.groupId());
    }
    for (var user : users) {
      var groups = groupsOf(user);
      List<Supplier<TaskQuery>> queries = List.of(
          () -> taskService.createTaskQuery(),
          () -> taskService.createTaskQuery().taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups)
              .includeAssignedTasks(),
          () -> taskService.createTaskQuery().or().taskCandidateUser(user).taskAssignee(user)
              .taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups).endOr(),
          () -> taskService.createTaskQuery().or().taskName("tq for alpha").processDefinitionKey("DentalProcurementProcess")
              .endOr().orderByTaskName().asc());
      for (var query : queries) {
        var hub = as(user, () -> ids(query.get().list()) + " " + query.get().count());
        var engine = asEngine(() -> as(user, () -> ids(query.get().list()) + " " + query.get().count()));
        assertThat(hub).as("tasks of %s", user).isEqualTo(engine);
      }
      for (var filter : as(user, () -> filterService.createFilterQuery().list())) {
        var hub = as(user, () -> filterService.count(filter.getId()));
        var engine = asEngine(() -> as(user, () -> filterService.count(filter.getId())));
        assertThat(hub).as("count of filter %s for %s", filter.getName(), user).isEqualTo(engine);
      }
    }
  }

  @Test
  void theRestApiAndTasklistAnswerWhatTheEngineAnswers() {
    for (var user : List.of("commissioning-manager", "procurement-lead", "finance-lead")) {
      var engineIds = asEngine(() -> as(user, () -> new TreeSet<>(taskService.createTaskQuery().list().stream()
          .map(Task::getId).toList())));
      var engineCount = asEngine(() -> as(user, () -> taskService.createTaskQuery().count()));

      assertThat(hub.get(user, "/engine-rest/task/count").body().get("count").asLong()).isEqualTo(engineCount);
      assertThat(ids(hub.get(user, "/engine-rest/task?maxResults=1000").body())).isEqualTo(engineIds);
      assertThat(hub.post(user, "/engine-rest/task/count", Map.of("orQueries",
          List.of(Map.of("candidateGroup", user, "assignee", user)))).body().get("count").asLong())
          .isEqualTo(asEngine(() -> as(user, () -> taskService.createTaskQuery().or().taskCandidateGroup(user)
              .taskAssignee(user).endOr().count())));

      var tasklist = hub.tasklist(user);
      assertThat(tasklist.send("GET", WebappSession.ENGINE_API + "/task/count", null, null).body().get("count").asLong())
          .isEqualTo(engineCount);
      assertThat(ids(tasklist.json("POST", WebappSession.ENGINE_API + "/task?maxResults=1000", Map.of()).body()))
          .isEqualTo(engineIds);
      var filters = as(user, () -> filterService.createFilterQuery().list());
      assertThat(filters).as("filters of %s", user).isNotEmpty();
      for (var filter : filters) {
        var expected = asEngine(() -> as(user, () -> filterService.count(filter.getId())));
        assertThat(hub.get(user, "/engine-rest/filter/" + filter.getId() + "/count").body().get("count").asLong())
            .as(filter.getName()).isEqualTo(expected);
        assertThat(tasklist.send("GET", WebappSession.ENGINE_API + "/filter/" + filter.getId() + "/count", null, null)
            .body().get("count").asLong()).as(filter.getName()).isEqualTo(expected);
      }
    }
  }

  private List<String> names(String user) {
    return as(user, () -> taskService.createTaskQuery().list().stream().map(Task::getName)
        .filter(name -> name.startsWith("tq ") || name.equals("Assess oral health needs"))
        .distinct().sorted().toList());
  }

  private long count(String user) {
    return as(user, () -> taskService.createTaskQuery().count());
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
  }

  private <T> T as(String user, Supplier<T> action) {
    identityService.setAuthentication(user, groupsOf(user));
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private <T> T asAdministrator(Supplier<T> action) {
    identityService.clearAuthentication();
    return action.get();
  }

  /** Runs the action on the engine's own task list and count SQL, then puts the hub's back. */
  private <T> T asEngine(Supplier<T> action) {
    var factory = engineConfiguration.getDbSqlSessionFactory();
    var hubMappings = factory.getStatementMappings();
    assertThat(hubMappings).containsKeys(TaskQueryAuthorizationPlugin.LIST, TaskQueryAuthorizationPlugin.COUNT);
    var engineMappings = new HashMap<>(hubMappings);
    engineMappings.remove(TaskQueryAuthorizationPlugin.LIST);
    engineMappings.remove(TaskQueryAuthorizationPlugin.COUNT);
    factory.setStatementMappings(engineMappings);
    try {
      return action.get();
    } finally {
      factory.setStatementMappings(hubMappings);
    }
  }

  private static String ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList().toString();
  }

  private static TreeSet<String> ids(JsonNode tasks) {
    var ids = new TreeSet<String>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }
}
