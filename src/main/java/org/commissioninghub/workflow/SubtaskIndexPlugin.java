package org.commissioninghub.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.system.EngineIndexes;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's open tasks by their parent task. Completing or deleting a task makes the
 * engine look for its subtasks ({@code PARENT_TASK_ID_}), and its schema has no index for that, so
 * every completion read every open task: the time to complete one grew with all the others open.
 */
@Component
class SubtaskIndexPlugin extends AbstractProcessEnginePlugin {

  static final String INDEX = "HUB_IDX_TASK_PARENT";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    EngineIndexes.ensure((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), INDEX,
        "ACT_RU_TASK", "PARENT_TASK_ID_");
  }
}
