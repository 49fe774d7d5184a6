package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_CANDIDATE_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;

import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.commissioninghub.approval.ApprovalBar;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.workflow.ProcessVariables;
import org.commissioninghub.workflow.TaskActors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * On the approval task's assignment and completion: nobody who prepared or checked what it signs
 * off may claim it or decide it, whether in Tasklist, over REST or from an email link; nor anyone
 * another feature's {@link ApprovalBar} bars.
 */
@Component
class CheckApproverListener implements TaskListener {

  private final StageApprovalService approvals;
  private final TaskActors taskActors;
  private final ObjectProvider<ApprovalBar> bars;

  CheckApproverListener(StageApprovalService approvals, TaskActors taskActors, ObjectProvider<ApprovalBar> bars) {
    this.approvals = approvals;
    this.taskActors = taskActors;
    this.bars = bars;
  }

  @Override
  public void notify(DelegateTask task) {
    var approver = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : taskActors.actingOn(task);
    approvals.checkApprover(task.getExecution().getProcessBusinessKey(),
        ProcessVariables.text(task, PREPARED_IN_PROCESS), approver, ProcessVariables.text(task, APPROVAL_CANDIDATE_ROLE));
    if (approver != null) {
      bars.orderedStream().map(bar -> bar.refusal(task, approver)).flatMap(Optional::stream).findFirst()
          .ifPresent(reason -> {
            throw new BadUserRequestException(reason);
          });
    }
  }
}
