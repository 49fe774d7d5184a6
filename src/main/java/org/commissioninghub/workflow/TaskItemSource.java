package org.commissioninghub.workflow;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a feature registers (a bean) to name the item a task is about from the variables the task
 * sees: procurement's lots answer to {@code lotId}. Work run once per item passes the item's id
 * into every scope and called process it starts, and everything below it is then named after it.
 */
public interface TaskItemSource {

  Optional<TaskItem> itemOf(Function<String, Object> variables);
}
