package org.commissioninghub.workflow;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The item a task, an approval email or a decision is about, from the {@link TaskItemSource}s the
 * features register; and that item in a name: "Engage the market — Lot 2: Plymouth urgent care".
 */
@Component
public class TaskItems {

  /** Between a name and the item it is about. */
  public static final String SEPARATOR = " — ";

  private final ObjectProvider<TaskItemSource> sources;

  TaskItems(ObjectProvider<TaskItemSource> sources) {
    this.sources = sources;
  }

  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    return sources.orderedStream().map(source -> source.itemOf(variables)).flatMap(Optional::stream).findFirst();
  }

  /** The name with the item it is about, unless it already names it. */
  public static String named(String name, TaskItem item) {
    if (name == null) {
      return item.label();
    }
    return name.endsWith(SEPARATOR + item.label()) ? name : name + SEPARATOR + item.label();
  }
}
