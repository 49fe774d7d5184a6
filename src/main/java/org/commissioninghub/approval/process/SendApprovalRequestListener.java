package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.commissioninghub.approval.ApprovalLinkService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** When the approval task is created, emails each of its approvers a sign-off link. */
@Component
class SendApprovalRequestListener implements TaskListener {

  private final ApprovalLinkService approvalLinks;

  SendApprovalRequestListener(ApprovalLinkService approvalLinks) {
    this.approvalLinks = approvalLinks;
  }

  @Override
  public void notify(DelegateTask task) {
    approvalLinks.sendRequest(task.getExecution().getProcessBusinessKey(), task.getId(), task.getProcessInstanceId(),
        ProcessVariables.texts(task, APPROVER_USERS), ProcessVariables.text(task, APPROVAL_CANDIDATE_ROLE));
  }
}
