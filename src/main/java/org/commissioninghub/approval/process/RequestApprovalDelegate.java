package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.approval.StageApprovalService;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
class RequestApprovalDelegate implements JavaDelegate {

  private final StageApprovalService approvals;

  RequestApprovalDelegate(StageApprovalService approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var preparedInProcess = PreparingProcess.of(execution);
    var request = approvals.request(execution.getBusinessKey(),
        ProcessVariables.text(execution, STAGE),
        ProcessVariables.text(execution, APPROVER_ROLE),
        ProcessVariables.text(execution, APPROVER_USER),
        ProcessVariables.text(execution, ESCALATION_ROLE),
        preparedInProcess,
        ProcessVariables.integer(execution, DUE_IN_WORKING_DAYS),
        CaseStore.SYSTEM_ACTOR);
    execution.setVariable(PREPARED_IN_PROCESS, preparedInProcess);
    execution.setVariable(APPROVAL_CANDIDATE_ROLE, request.candidateRole());
    execution.setVariable(APPROVAL_DUE_DATE, request.dueDate());
    execution.setVariable(APPROVAL_DUE_BY, request.dueBy());
    execution.setVariable(APPROVAL_REMINDER_DATE, request.reminderDate());
    execution.setVariable(APPROVER_USERS, request.approverUsers());
  }
}
