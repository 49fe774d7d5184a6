package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.system.EngineIndexes;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's open tasks are indexed by parent task, which the engine reads on every completion. */
@IntegrationTest
class SubtaskIndexIntegrationTests {

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Autowired
  SubtaskIndexPlugin plugin;

  @Test
  void theEnginesTasksAreIndexedByParentTaskOnceTheHubHasStarted() throws Exception {
    assertThat(EngineIndexes.columnsOf(engineConfiguration.getDataSource(), SubtaskIndexPlugin.INDEX, "ACT_RU_TASK"))
        .containsExactly("PARENT_TASK_ID_");
  }

  @Test
  void makingTheIndexAgainAsASecondNodeStartingWouldIsHarmless() throws Exception {
    plugin.postProcessEngineBuild(engineConfiguration.getProcessEngine());

    assertThat(EngineIndexes.columnsOf(engineConfiguration.getDataSource(), SubtaskIndexPlugin.INDEX, "ACT_RU_TASK"))
        .containsExactly("PARENT_TASK_ID_");
  }
}
