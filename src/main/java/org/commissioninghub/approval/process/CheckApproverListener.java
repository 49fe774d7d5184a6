package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_CANDIDATE_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.workflow.ProcessVariables;
import org.commissioninghub.workflow.TaskActors;
import org.springframework.stereotype.Component;

/**
 * On the approval task's assignment and completion: nobody who prepared or checked what it signs
 * off may claim it or decide it, whether in Tasklist, over REST or from an email link.
 */
@Component
class CheckApproverListener implements TaskListener {

  private final StageApprovalService approvals;
  private final TaskActors taskActors;

  CheckApproverListener(StageApprovalService approvals, TaskActors taskActors) {
    this.approvals = approvals;
    this.taskActors = taskActors;
  }

  @Override
  public void notify(DelegateTask task) {
    var approver = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : taskActors.actingOn(task);
    approvals.checkApprover(task.getExecution().getProcessBusinessKey(),
        ProcessVariables.text(task, PREPARED_IN_PROCESS), approver, ProcessVariables.text(task, APPROVAL_CANDIDATE_ROLE));
  }
}
