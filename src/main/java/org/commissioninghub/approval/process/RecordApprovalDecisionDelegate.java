package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.process.StageApprovalVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.approval.ApprovalOutcome;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordApprovalDecisionDelegate implements JavaDelegate {

  private final StageApprovalService approvals;

  RecordApprovalDecisionDelegate(StageApprovalService approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var channel = ProcessVariables.text(execution, APPROVAL_CHANNEL);
    approvals.recordDecision(execution.getBusinessKey(),
        ProcessVariables.text(execution, STAGE),
        CodedValue.byId(ApprovalOutcome.class, ProcessVariables.text(execution, APPROVAL_OUTCOME)),
        ProcessVariables.text(execution, APPROVAL_COMMENT),
        ProcessVariables.actor(execution),
        channel == null ? DecisionChannel.TASKLIST : CodedValue.byId(DecisionChannel.class, channel));
  }
}
