package org.commissioninghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how many cases the hub opens and how many tasks it completes a second with two clients,
 * beside the bare engine in the same JVM and database (a one-user-task process started and its
 * task claimed and completed through the same REST API, as an administrator, whom authorization
 * does not check), and the storage each takes. Run with {@code ./mvnw verify -Pbenchmark,postgres}.
 * Targets: case opening at least 0.7 and task completion at least 0.8 of the bare engine's rate.
 */
@Tag("benchmark")
@IntegrationTest
class ThroughputBenchmarkTests {

  static final int CLIENTS = 2;
  static final int PER_CLIENT = 150;
  static final int WARM_UP = 20;
  static final String MANAGER = "commissioning-manager";
  static final String ADMINISTRATOR = "demo";
  static final String BARE_PROCESS = "BenchmarkBareProcess";

  @Autowired
  HubClient hub;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  DataSource dataSource;

  private String bareDeployment;

  @AfterEach
  void removeBareProcess() {
    if (bareDeployment != null) {
      repositoryService.deleteDeployment(bareDeployment, true);
    }
  }

  @Test
  void caseOpeningAndTaskCompletionBesideTheBareEngine() throws Exception {
    bareDeployment = repositoryService.createDeployment().name("benchmark-bare")
        .addModelInstance(BARE_PROCESS + ".bpmn", Bpmn.createExecutableProcess(BARE_PROCESS)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bare").endEvent().done())
        .deploy().getId();
    var tasks = new Tasks(hub);
    var total = CLIENTS * PER_CLIENT;

    // warm both paths up
    runInParallel(WARM_UP, i -> openCase("Warm-up " + i));
    runInParallel(WARM_UP, i -> startBare("warm-up-" + i));

    var sizeBefore = databaseBytes();
    var references = new ArrayList<String>();
    var hubOpening = runInParallel(total, i -> {
      var reference = openCase("Benchmark case " + i);
      synchronized (references) {
        references.add(reference);
      }
    });
    var sizeAfterCases = databaseBytes();
    var hubBytes = sizeAfterCases - sizeBefore;
    var bareStarting = runInParallel(total, i -> startBare("bare-" + i));
    var bareBytes = databaseBytes() - sizeAfterCases;

    var hubTaskIds = new ArrayList<String>();
    for (var reference : references) {
      hubTaskIds.add(tasks.find(MANAGER, reference, "Task_AssessOralHealthNeeds").orElseThrow().get("id").asText());
    }
    var bareTaskIds = new ArrayList<String>();
    hub.get(ADMINISTRATOR, "/engine-rest/task?processDefinitionKey=" + BARE_PROCESS + "&maxResults=" + (2 * total))
        .body().forEach(task -> bareTaskIds.add(task.get("id").asText()));
    assertThat(bareTaskIds).hasSizeGreaterThanOrEqualTo(total);

    var answers = DentalFormAnswers.needsAssessment("procure");
    var hubCompleting = runInParallel(total, i ->
        assertThat(tasks.submit(MANAGER, hubTaskIds.get(i), answers).status()).isEqualTo(204));
    var bareCompleting = runInParallel(total, i ->
        assertThat(tasks.submit(ADMINISTRATOR, bareTaskIds.get(i), Map.of()).status()).isEqualTo(204));

    System.out.printf("%nThroughput with %d clients, %d operations each (after %d to warm up), database: %s%n",
        CLIENTS, PER_CLIENT, WARM_UP, databaseName());
    print("case opening (POST /api/cases) vs process start", total, hubOpening, bareStarting, 0.7);
    print("task completion (claim + submit-form) vs bare task", total, hubCompleting, bareCompleting, 0.8);
    if (hubBytes > 0 && bareBytes > 0) {
      System.out.printf("storage: %.1f KB per case beside %.1f KB per bare instance (ratio %.2f)%n",
          hubBytes / 1024.0 / total, bareBytes / 1024.0 / total, (double) hubBytes / bareBytes);
    }
  }

  private String openCase(String title) {
    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement", "title", title,
        "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return response.body().get("reference").asText();
  }

  private void startBare(String businessKey) {
    var response = hub.post(ADMINISTRATOR, "/engine-rest/process-definition/key/" + BARE_PROCESS + "/start",
        Map.of("businessKey", businessKey));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
  }

  /** Runs the operations on CLIENTS threads and answers the seconds it took. */
  private static double runInParallel(int operations, IntConsumer operation) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      var started = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        var first = client;
        running.add(clients.submit(() -> {
          for (int i = first; i < operations; i += CLIENTS) {
            operation.accept(i);
          }
        }));
      }
      for (var future : running) {
        future.get();
      }
      return (System.nanoTime() - started) / 1e9;
    } finally {
      clients.shutdownNow();
    }
  }

  private static void print(String what, int operations, double hubSeconds, double bareSeconds, double target) {
    var hubRate = operations / hubSeconds;
    var bareRate = operations / bareSeconds;
    var ratio = hubRate / bareRate;
    System.out.printf("%-55s hub %7.1f/s   bare %7.1f/s   ratio %.2f (target >= %.1f: %s)%n", what, hubRate, bareRate,
        ratio, target, ratio >= target ? "met" : "NOT met");
  }

  private long databaseBytes() {
    var jdbc = new JdbcTemplate(dataSource);
    if (!databaseName().equals("PostgreSQL")) {
      return 0;
    }
    jdbc.execute("CHECKPOINT");
    return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
  }

  private String databaseName() {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
