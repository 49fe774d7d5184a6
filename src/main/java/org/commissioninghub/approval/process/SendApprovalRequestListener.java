package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.process.StageApprovalVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.commissioninghub.approval.ApprovalLinkService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** When the approval task is created, emails its approvers a sign-off link each. */
@Component
public class SendApprovalRequestListener implements TaskListener {

  private final ApprovalLinkService approvalLinks;

  SendApprovalRequestListener(ApprovalLinkService approvalLinks) {
    this.approvalLinks = approvalLinks;
  }

  @Override
  public void notify(DelegateTask task) {
    approvalLinks.sendRequest(task.getExecution().getProcessBusinessKey(), task.getId(), task.getProcessInstanceId(),
        ProcessVariables.texts(task, APPROVER_USERS), ProcessVariables.text(task, APPROVER_ROLE));
  }
}
