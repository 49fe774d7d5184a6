package org.commissioninghub.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.commissioninghub.casestore.CaseStore;
import org.springframework.stereotype.Component;

/** Who is acting on a task: read from the task and the engine's signed-in user, never from a process variable. */
@Component
public class TaskActors {

  private final IdentityService identityService;

  TaskActors(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * The signed-in user (Tasklist, REST), else the task's assignee (an approval decided from an
   * email link is completed as its approver), else the hub itself.
   */
  public String actingOn(DelegateTask task) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : CaseStore.SYSTEM_ACTOR;
  }
}
