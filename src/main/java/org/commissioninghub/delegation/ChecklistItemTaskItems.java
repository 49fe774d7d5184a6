package org.commissioninghub.delegation;

import java.util.Optional;
import java.util.function.Function;
import org.commissioninghub.workflow.TaskItem;
import org.commissioninghub.workflow.TaskItemSource;
import org.springframework.stereotype.Component;

/**
 * A task run once per checklist item ({@code checklistItemId}) is about that item: its code and
 * domain. The item's question, in the framework's words, is the task's {@code itemQuestion}.
 */
@Component
class ChecklistItemTaskItems implements TaskItemSource {

  private final DelegationDueDiligenceService delegation;

  ChecklistItemTaskItems(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  @Override
  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    if (!(variables.apply(DelegationVariables.CHECKLIST_ITEM_ID) instanceof Number id)) {
      return Optional.empty();
    }
    var item = delegation.checklistItem(id.longValue());
    return Optional.of(new TaskItem("Item " + item.getCode() + " (" + item.getDomain() + ")", null));
  }
}
