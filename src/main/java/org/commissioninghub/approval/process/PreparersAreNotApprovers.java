package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.APPROVAL_TASK;
import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.workflow.CandidateRule;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The person a case names as approver is not offered an approval of what they prepared or checked. */
@Component
class PreparersAreNotApprovers implements CandidateRule {

  private final StageApprovalService approvals;

  PreparersAreNotApprovers(StageApprovalService approvals) {
    this.approvals = approvals;
  }

  @Override
  public boolean mayOffer(DelegateTask task, String userId) {
    return !APPROVAL_TASK.equals(task.getTaskDefinitionKey())
        || !approvals.preparers(task.getExecution().getProcessBusinessKey(),
            ProcessVariables.text(task, PREPARED_IN_PROCESS)).contains(userId);
  }
}
