package org.commissioninghub.procurement;

import static org.commissioninghub.procurement.ProcurementVariables.LOT_ID;

import java.util.Optional;
import java.util.function.Function;
import org.commissioninghub.workflow.TaskItem;
import org.commissioninghub.workflow.TaskItemSource;
import org.springframework.stereotype.Component;

/** A task whose process runs for one lot ({@code lotId}) is about that lot: its name and value. */
@Component
class LotTaskItems implements TaskItemSource {

  private final LotRepository lots;

  LotTaskItems(LotRepository lots) {
    this.lots = lots;
  }

  @Override
  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    if (!(variables.apply(LOT_ID) instanceof Number lotId)) {
      return Optional.empty();
    }
    return lots.findById(lotId.longValue()).map(lot -> new TaskItem(lot.displayName(), lot.estimatedValue()));
  }
}
