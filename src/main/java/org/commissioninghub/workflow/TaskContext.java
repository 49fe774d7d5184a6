package org.commissioninghub.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.system.Pounds;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task what its form shows beside the fields to fill in: a task about one item
 * of the case is named after it ("Engage the market — Lot 2: Plymouth urgent care") and knows the
 * item's name and value; every task knows the case's value in pounds. These are the task's own
 * variables, read-only context for the form; nothing is recorded from them.
 */
@Component
class TaskContext implements TaskListener {

  static final String ITEM_NAME = "itemName";
  static final String ITEM_VALUE = "itemValue";
  static final String CASE_VALUE = "caseValue";

  private final TaskItems items;
  private final CaseStore caseStore;

  TaskContext(TaskItems items, CaseStore caseStore) {
    this.items = items;
    this.caseStore = caseStore;
  }

  @Override
  public void notify(DelegateTask task) {
    items.itemOf(task::getVariable).ifPresent(item -> {
      task.setName(TaskItems.named(task.getName(), item));
      task.setVariableLocal(ITEM_NAME, item.label());
      if (item.valueGbp() != null) {
        task.setVariableLocal(ITEM_VALUE, Pounds.format(item.valueGbp()));
      }
    });
    var reference = task.getExecution().getProcessBusinessKey();
    if (reference != null) {
      caseStore.find(reference).map(commissioningCase -> commissioningCase.getValueGbp())
          .ifPresent(value -> task.setVariableLocal(CASE_VALUE, Pounds.format(value)));
    }
  }
}
