package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.commissioninghub.workflow.ProcessVariables;

/**
 * Where the work an approval signs off was prepared: the process instance the optional input
 * {@code preparedInProcess} names, else the process instance that called this one (the stage
 * process whose tasks prepared and checked it), else none.
 */
final class PreparingProcess {

  private PreparingProcess() {}

  static String of(DelegateExecution execution) {
    var given = ProcessVariables.text(execution, PREPARED_IN_PROCESS);
    if (given != null && !given.isBlank()) {
      return given;
    }
    var caller = execution.getProcessInstance().getSuperExecution();
    return caller == null ? null : caller.getProcessInstanceId();
  }
}
