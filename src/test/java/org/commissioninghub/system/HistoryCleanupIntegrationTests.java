package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History older than its time to live is removed each night, so the engine's tables stay bounded. */
@IntegrationTest
class HistoryCleanupIntegrationTests {

  @Autowired
  HistoryService history;

  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Test
  void theCleanupIsScheduledInsideTheNightlyWindow() {
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

    var jobs = history.findHistoryCleanupJobs();

    assertThat(jobs).isNotEmpty();
    assertThat(jobs).allSatisfy(job -> {
      var due = LocalTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
      assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    });
  }
}
