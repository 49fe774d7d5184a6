package org.commissioninghub.workflow;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.system.MoneyAmounts;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task of a case what Tasklist shows beside the fields to fill in, as the
 * task's own variables: the case's reference and title (on the task card: the engine lets the task's
 * holders read the task's variables but not its process's) and value in pounds; and for a task about
 * one item of the case, the item's name and value, and the item in the task's name ("Engage the
 * market — Lot 2: Plymouth urgent care"). A task of a called process (an approval step) is about
 * the item its callers were working on where they called it: a prison site's go/no-go, a lot's award.
 * Read-only context; nothing is recorded from them.
 */
@Component
class TaskContext implements TaskListener {

  static final String ITEM_NAME = TaskItems.ITEM_NAME;
  static final String ITEM_VALUE = TaskItems.ITEM_VALUE;
  static final String CASE_VALUE = "caseValue";
  static final String CASE_REFERENCE = "caseReference";
  static final String CASE_TITLE = "caseTitle";

  /** The task variables this listener sets: copies of what the case and its items already hold. */
  static final Set<String> COPIES = Set.of(ITEM_NAME, ITEM_VALUE, CASE_VALUE, CASE_REFERENCE, CASE_TITLE);

  private final TaskItems items;
  private final CaseStore caseStore;

  TaskContext(TaskItems items, CaseStore caseStore) {
    this.items = items;
    this.caseStore = caseStore;
  }

  @Override
  public void notify(DelegateTask task) {
    items.itemOf(name -> variableOfTaskOrCallers(task, name)).ifPresent(item -> {
      task.setName(TaskItems.named(task.getName(), item));
      task.setVariableLocal(ITEM_NAME, item.label());
      if (item.valueGbp() != null) {
        task.setVariableLocal(ITEM_VALUE, MoneyAmounts.format(item.valueGbp()));
      }
    });
    var reference = task.getExecution().getProcessBusinessKey();
    if (reference == null) {
      return;
    }
    caseStore.find(reference).ifPresent(commissioningCase -> {
      task.setVariableLocal(CASE_REFERENCE, commissioningCase.getReference());
      task.setVariableLocal(CASE_TITLE, commissioningCase.getTitle());
      if (commissioningCase.getValueGbp() != null) {
        task.setVariableLocal(CASE_VALUE, MoneyAmounts.format(commissioningCase.getValueGbp()));
      }
    });
  }

  private static Object variableOfTaskOrCallers(DelegateTask task, String name) {
    var value = task.getVariable(name);
    var caller = task.getExecution() instanceof ExecutionEntity execution
        ? execution.getProcessInstance().getSuperExecution() : null;
    while (value == null && caller != null) {
      value = caller.getVariable(name);
      caller = caller.getProcessInstance().getSuperExecution();
    }
    return value;
  }
}
