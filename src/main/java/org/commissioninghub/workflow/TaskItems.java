package org.commissioninghub.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commissioninghub.casestore.ItemNaming;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The item a task, an approval email or a decision is about, from the {@link TaskItemSource}s the
 * features register; and that item in a name: "Engage the market — Lot 2: Plymouth urgent care".
 */
@Component
public class TaskItems implements ItemNaming {

  /** Between a name and the item it is about. */
  public static final String SEPARATOR = " — ";

  /** The task variable holding the name of the item a task is about, set when the task is created. */
  public static final String ITEM_NAME = "itemName";

  /** The task variable holding what that item is worth, in pounds as people read them. */
  public static final String ITEM_VALUE = "itemValue";

  // Looked up once, on first use: resolving them afresh searched every bean of the context on every task.
  private final Supplier<List<TaskItemSource>> sources;

  TaskItems(ObjectProvider<TaskItemSource> sources) {
    this.sources = SingletonSupplier.of(() -> sources.orderedStream().toList());
  }

  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    return sources.get().stream().map(source -> source.itemOf(variables)).flatMap(Optional::stream).findFirst();
  }

  @Override
  public String named(String name, Function<String, Object> variables) {
    return itemOf(variables).map(item -> named(name, item)).orElse(name);
  }

  /** The name with the item it is about, unless it already names it. */
  public static String named(String name, TaskItem item) {
    return named(name, item.label());
  }

  /** The name with the item it is about ({@link #ITEM_NAME}), unless it already names it or there is none. */
  public static String named(String name, String itemLabel) {
    if (itemLabel == null) {
      return name;
    }
    if (name == null) {
      return itemLabel;
    }
    return name.endsWith(SEPARATOR + itemLabel) ? name : name + SEPARATOR + itemLabel;
  }
}
