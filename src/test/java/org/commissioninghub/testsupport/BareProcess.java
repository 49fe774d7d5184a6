package org.commissioninghub.testsupport;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/** The benchmarks' bare engine path: a process of one user task, nothing of the hub's in it. */
public final class BareProcess {

  private BareProcess() {}

  /** Deploys the one-task process under the key; answers the deployment's id, for removing it. */
  public static String deploy(RepositoryService repositoryService, String key) {
    return repositoryService.createDeployment().name("benchmark-bare-" + key)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bare").endEvent().done())
        .deploy().getId();
  }
}
