package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.testsupport.BareProcess;
import org.commissioninghub.testsupport.BulkSql;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.commissioninghub.testsupport.Timings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how fast a role user's task count and first page of 50 tasks answer at 5,000, 20,000 and
 * 100,000 open tasks on PostgreSQL, after {@code ANALYZE}, beside the same queries on the bare
 * engine path (the same user and REST stack with the engine's authorization off; no signed-in user
 * through {@code TaskService}), and the ratio; at 5,000 and 20,000 also the engine's own authorization SQL
 * (what the hub ran before {@link TaskQueryAuthorizationPlugin}). Run with
 * {@code ./mvnw verify -Pbenchmark,postgres} against an empty database.
 *
 * Also the count of the role's "open tasks" Tasklist filter (as its sidebar asks for it), the
 * first page of the hub's case search, beside the engine's own list of process instances, and a
 * task's completion (claim and submit-form of a case's first task, beside a bare one-task process's
 * task), whose time must not grow with the open tasks around it.
 *
 * <p>The open tasks are written in bulk ({@code benchmark/open-tasks.sql}) with the rows the engine
 * writes for a task of a role, checked here against a task the engine created: the process
 * instance, the task, its candidate group and the group's authorization on the task. A quarter go
 * to commissioning-manager, the rest round the other roles; every 20th is also assigned to someone.
 * Beside them, a case for every fourth task's process instance ({@code benchmark/open-cases.sql}).
 * They are removed afterwards. Targets: p95 under 100 ms at 100,000 and within 3x of bare.
 */
@Tag("benchmark")
@IntegrationTest
class TaskQueryBenchmarkTests {

  static final int[] SIZES = {5_000, 20_000, 100_000};
  static final int SAMPLES = 30;
  static final String ROLE_USER = "commissioning-manager";
  static final String SMALL_ROLE_USER = "pcn-clinical-director";
  static final String ADMINISTRATOR = "demo";
  static final String BARE_PROCESS = "BenchmarkBareTask";

  @Autowired
  HubClient hub;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  FilterService filterService;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void roleUsersTaskListAndCountAtScale() {
    assumeThat(jdbc.queryForObject("select version()", String.class)).as("a PostgreSQL benchmark").contains("PostgreSQL");
    assertThat(hub.post(ROLE_USER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Benchmark task queries", "details", Map.of("trigger", "access-gap", "area", "Devon"))).status())
        .isEqualTo(201);
    hub.runDueJobs();
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("DentalProcurementProcess")
        .latestVersion().singleResult();
    checkTheBulkShapeIsTheEngines(definition.getId());
    var bareDeployment = BareProcess.deploy(repositoryService, BARE_PROCESS);

    var bulk = BulkSql.of("benchmark/open-tasks.sql", "benchmark/open-cases.sql");
    var real = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
    var written = 0;
    try {
      for (var size : SIZES) {
        var started = System.nanoTime();
        bulk.write(jdbc, written + 1, size, definition);
        written = size;
        System.out.printf("benchmark: %,d open tasks (%d from the engine) written and analysed in %.1f s%n",
            size + real, real, (System.nanoTime() - started) / 1e9);
        measure(size, ROLE_USER);
        measure(size, SMALL_ROLE_USER);
        measureCompletion(size);
      }
    } finally {
      repositoryService.deleteDeployment(bareDeployment, true);
      for (var table : List.of("act_ru_authorization", "act_ru_identitylink", "act_ru_task", "act_ru_execution")) {
        jdbc.update("delete from " + table + " where id_ like 'bench-%'");
      }
      jdbc.update("delete from case_named_person where case_id in"
          + " (select id from commissioning_case where reference like 'BENCH-%')");
      jdbc.update("delete from commissioning_case where reference like 'BENCH-%'");
    }
  }

  private void measure(int size, String user) {
    var visible = as(user, () -> taskService.createTaskQuery().count());
    System.out.printf("benchmark: %,d open tasks, %s sees %,d%n", size, user, visible);
    var restCount = time(() -> hub.get(user, "/engine-rest/task/count"));
    var bareRestCount = bare(() -> time(() -> hub.get(user, "/engine-rest/task/count")));
    report(size, "REST task count", user, restCount, bareRestCount);
    var restList = time(() -> hub.get(user, "/engine-rest/task?firstResult=0&maxResults=50"));
    var bareRestList = bare(() -> time(() -> hub.get(user, "/engine-rest/task?firstResult=0&maxResults=50")));
    report(size, "REST task list (50)", user, restList, bareRestList);
    var filter = filterService.createFilterQuery().filterName(Role.byGroupId(user).orElseThrow().displayName()
        + ": open tasks").singleResult();
    var filterCount = time(() -> hub.get(user, "/engine-rest/filter/" + filter.getId() + "/count"));
    var bareFilterCount = bare(() -> time(() -> hub.get(user, "/engine-rest/filter/" + filter.getId() + "/count")));
    report(size, "Tasklist filter count (open tasks)", user, filterCount, bareFilterCount);
    var caseSearch = time(() -> hub.get(user, "/api/cases?status=open&size=20"));
    var bareInstances = bare(() -> time(() -> hub.get(user, "/engine-rest/process-instance?maxResults=20")));
    report(size, "case search (20, bare: instance list)", user, caseSearch, bareInstances);
    var apiCount = time(() -> as(user, () -> taskService.createTaskQuery().count()));
    var bareApiCount = time(() -> taskService.createTaskQuery().count());
    report(size, "TaskService count", user, apiCount, bareApiCount);
    var apiList = time(() -> as(user, () -> taskService.createTaskQuery().listPage(0, 50)));
    var bareApiList = time(() -> taskService.createTaskQuery().listPage(0, 50));
    report(size, "TaskService list (50)", user, apiList, bareApiList);
    if (size <= 20_000 && user.equals(ROLE_USER)) {
      var samples = size <= 5_000 ? 5 : 2;
      var engineCount = asEngine(() -> Timings.time(samples, () -> as(user, () -> taskService.createTaskQuery().count())));
      report(size, "TaskService count, engine's own SQL", user, engineCount, bareApiCount);
      var engineList = asEngine(() -> Timings.time(samples, () -> as(user, () -> taskService.createTaskQuery().listPage(0, 50))));
      report(size, "TaskService list (50), engine's own SQL", user, engineList, bareApiList);
    }
  }

  /**
   * Claims and completes the first task of freshly opened cases as the role user, beside a bare
   * one-task process's task claimed and completed with the engine's authorization off.
   */
  private void measureCompletion(int size) {
    var tasks = new Tasks(hub);
    var hubTasks = new ArrayList<String>();
    var bareTasks = new ArrayList<String>();
    for (int i = 0; i < SAMPLES + Timings.WARM_UP; i++) {
      var opened = hub.post(ROLE_USER, "/api/cases", Map.of("programme", "dental-procurement",
          "title", "Benchmark completion " + size + "-" + i, "details", Map.of("trigger", "access-gap", "area", "Devon")));
      assertThat(opened.status()).isEqualTo(201);
      hubTasks.add(tasks.find(ROLE_USER, opened.body().get("reference").asText(), "Task_AssessOralHealthNeeds")
          .orElseThrow().get("id").asText());
      bareTasks.add(hub.post(ADMINISTRATOR, "/engine-rest/process-definition/key/" + BARE_PROCESS + "/start",
          Map.of("businessKey", "bare-" + size + "-" + i)).body().get("id").asText());
    }
    var bareTaskIds = new ArrayList<String>();
    for (var instance : bareTasks) {
      bareTaskIds.add(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }
    var answers = DentalFormAnswers.needsAssessment("procure");
    Iterator<String> nextHub = hubTasks.iterator();
    var completion = time(() -> assertThat(tasks.submit(ROLE_USER, nextHub.next(), answers).status()).isEqualTo(204));
    Iterator<String> nextBare = bareTaskIds.iterator();
    var bareCompletion = bare(() -> time(() ->
        assertThat(tasks.submit(ADMINISTRATOR, nextBare.next(), Map.of()).status()).isEqualTo(204)));
    report(size, "task completion (claim + submit-form)", ROLE_USER, completion, bareCompletion);
  }

  /** The rows the bulk path writes are those the engine wrote for the case's first task. */
  private void checkTheBulkShapeIsTheEngines(String definitionId) {
    var task = jdbc.queryForMap("select id_, proc_def_id_, task_def_key_ from act_ru_task where proc_def_id_ = ?"
        + " and id_ not like 'bench-%' order by create_time_ desc limit 1", definitionId);
    assertThat(task.get("task_def_key_")).isEqualTo("Task_AssessOralHealthNeeds");
    var links = jdbc.queryForList("select type_, group_id_, user_id_ from act_ru_identitylink where task_id_ = ?",
        task.get("id_"));
    assertThat(links).hasSize(1);
    assertThat(links.get(0)).containsEntry("type_", "candidate").containsEntry("group_id_", ROLE_USER)
        .containsEntry("user_id_", null);
    var grants = jdbc.queryForList("select type_, group_id_, user_id_, resource_type_, perms_ from act_ru_authorization"
        + " where resource_id_ = ?", task.get("id_"));
    assertThat(grants).hasSize(1);
    assertThat(grants.get(0)).containsEntry("type_", 1).containsEntry("group_id_", ROLE_USER)
        .containsEntry("resource_type_", 7).containsEntry("perms_", 6);
  }

  private List<Long> time(Supplier<?> action) {
    return Timings.time(SAMPLES, action);
  }

  private <T> T as(String user, Supplier<T> action) {
    var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId())
        .toList();
    identityService.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Runs the action with the engine's authorization off: the bare engine path, through the same
   * REST stack and sign-in (the benchmark runs alone; nothing else queries meanwhile).
   */
  private <T> T bare(Supplier<T> action) {
    engineConfiguration.setAuthorizationEnabled(false);
    try {
      return action.get();
    } finally {
      engineConfiguration.setAuthorizationEnabled(true);
    }
  }

  /** Runs the action on the engine's own task list and count SQL, then puts the hub's back. */
  private <T> T asEngine(Supplier<T> action) {
    var factory = engineConfiguration.getDbSqlSessionFactory();
    var hubMappings = factory.getStatementMappings();
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

  static void report(int size, String what, String user, List<Long> nanos, List<Long> bare) {
    var p50 = Timings.percentile(nanos, 0.50);
    var p95 = Timings.percentile(nanos, 0.95);
    var bareP50 = Timings.percentile(bare, 0.50);
    var bareP95 = Timings.percentile(bare, 0.95);
    System.out.printf("benchmark: %,7d open tasks, %-40s %-22s p50 %8.1f ms, p95 %8.1f ms | bare p50 %6.1f ms,"
            + " p95 %6.1f ms | p95 ratio %5.1fx (%d samples; target p95 < 100 ms at 100,000 and <= 3x bare)%n",
        size, what, user, p50, p95, bareP50, bareP95, p95 / bareP95, nanos.size());
  }
}
