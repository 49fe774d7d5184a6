package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.commissioninghub.testsupport.BulkSql;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Timings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints the server times (p50, p95) of the leads' console at 5,000 and 20,000 dental cases with
 * history on PostgreSQL, after {@code ANALYZE}: the dashboard, the heat map's figures, the board, a
 * case page and a CSV export, each beside the bare engine's nearest answer through the same REST
 * stack (the process definition's activity statistics, its historic activity statistics, a page of
 * tasks, one process instance). Targets on 2 cores: dashboard p95 under 300 ms and case page p95
 * under 150 ms at 20,000 cases; no figure growing in step with the number of cases. The cases are
 * written in bulk ({@code benchmark/console-cases.sql}) and removed afterwards. Run with
 * {@code ./mvnw verify -Pbenchmark,postgres} against an empty database.
 */
@Tag("benchmark")
@IntegrationTest
class ConsoleBenchmarkTests {

  static final int[] SIZES = {5_000, 20_000};
  static final int SAMPLES = 30;
  static final String LEAD = "programme-lead";
  static final String ADMIN = "demo";

  @Autowired
  HubClient hub;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RepositoryService repositoryService;

  @Test
  void consolePagesAtFiveAndTwentyThousandCases() {
    assumeThat(jdbc.queryForObject("select version()", String.class)).as("a PostgreSQL benchmark").contains("PostgreSQL");
    var opened = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Benchmark console case page", "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(opened.status()).isEqualTo(201);
    var reference = opened.body().get("reference").asText();
    hub.runDueJobs();
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("DentalProcurementProcess")
        .latestVersion().singleResult();
    var instance = jdbc.queryForObject("select process_instance_id from commissioning_case where reference = ?",
        String.class, reference);
    var bulk = BulkSql.of("benchmark/console-cases.sql");
    var written = 0;
    try {
      for (var size : SIZES) {
        var started = System.nanoTime();
        bulk.write(jdbc, written + 1, size, definition);
        written = size;
        System.out.printf("benchmark: %,d console cases with history written and analysed in %.1f s%n", size,
            (System.nanoTime() - started) / 1e9);
        measure(size, "dashboard (/console)", ok(LEAD, "/console"),
            okJson(ADMIN, "/engine-rest/process-definition/" + definition.getId() + "/statistics"), "300 ms at 20,000");
        measure(size, "heat map figures", okJson(LEAD, "/console/heatmaps/dental-procurement/activities.json"),
            okJson(ADMIN, "/engine-rest/history/process-definition/" + definition.getId() + "/statistics"), "none");
        measure(size, "board", ok(LEAD, "/console/boards/dental-procurement"),
            okJson(ADMIN, "/engine-rest/task?firstResult=0&maxResults=50"), "none");
        measure(size, "case page", ok(LEAD, "/cases/" + reference),
            okJson(ADMIN, "/engine-rest/process-instance/" + instance), "150 ms at 20,000");
        measure(size, "CSV export (stage durations)", ok(LEAD, "/console/tables/stage-durations.csv"),
            okJson(ADMIN, "/engine-rest/process-definition/" + definition.getId() + "/statistics"), "none");
      }
    } finally {
      jdbc.update("delete from act_hi_actinst where id_ like 'cbench-%'");
      jdbc.update("delete from act_ru_identitylink where id_ like 'cbench-%'");
      jdbc.update("delete from act_ru_task where id_ like 'cbench-%'");
      jdbc.update("delete from act_ru_execution where id_ like 'cbench-%'");
      for (var table : List.of("case_stage_visit", "case_decision", "case_milestone")) {
        jdbc.update("delete from " + table + " where case_id in (select id from commissioning_case where reference like 'CB-%')");
      }
      jdbc.update("delete from commissioning_case where reference like 'CB-%'");
    }
  }

  /** A page or download that must answer 200, or the figure would time an error page. */
  private Supplier<Object> ok(String user, String path) {
    return () -> {
      var response = hub.getText(user, path);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response;
    };
  }

  /** A JSON answer (the engine REST API, the heat map figures) that must answer 200. */
  private Supplier<Object> okJson(String user, String path) {
    return () -> {
      var response = hub.get(user, path);
      if (response.status() != 200) {
        throw new IllegalStateException(path + " answered " + response.status());
      }
      return response;
    };
  }

  private void measure(int size, String what, Supplier<Object> hubRequest, Supplier<Object> bareRequest,
      String target) {
    List<Long> hubTimes;
    try {
      hubTimes = Timings.time(SAMPLES, hubRequest);
    } catch (IllegalStateException unavailable) {
      System.out.printf("benchmark: %,7d cases, %-32s not measured: %s%n", size, what, unavailable.getMessage());
      return;
    }
    var bareTimes = Timings.time(SAMPLES, bareRequest);
    System.out.printf("benchmark: %,7d cases, %-32s p50 %7.1f ms, p95 %7.1f ms | bare p50 %6.1f ms, p95 %6.1f ms"
            + " | p95 ratio %5.1fx (%d samples; target p95: %s)%n", size, what, Timings.percentile(hubTimes, 0.5),
        Timings.percentile(hubTimes, 0.95), Timings.percentile(bareTimes, 0.5), Timings.percentile(bareTimes, 0.95),
        Timings.percentile(hubTimes, 0.95) / Timings.percentile(bareTimes, 0.95), hubTimes.size(), target);
  }
}
