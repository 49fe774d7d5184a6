package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
class EscalateApprovalDelegate implements JavaDelegate {

  private final StageApprovalService approvals;

  EscalateApprovalDelegate(StageApprovalService approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.escalate(execution.getBusinessKey(), ProcessVariables.text(execution, STAGE),
        execution.getProcessInstanceId(), ProcessVariables.text(execution, ESCALATION_ROLE));
  }
}
