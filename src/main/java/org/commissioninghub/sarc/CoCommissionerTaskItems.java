package org.commissioninghub.sarc;

import java.util.Optional;
import java.util.function.Function;
import org.commissioninghub.workflow.TaskItem;
import org.commissioninghub.workflow.TaskItemSource;
import org.springframework.stereotype.Component;

/** A task run once per co-commissioner ({@code coCommissionerId}) is about that commissioner's office and share. */
@Component
class CoCommissionerTaskItems implements TaskItemSource {

  private final CoCommissionerRepository coCommissioners;

  CoCommissionerTaskItems(CoCommissionerRepository coCommissioners) {
    this.coCommissioners = coCommissioners;
  }

  @Override
  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    if (!(variables.apply(SarcVariables.CO_COMMISSIONER_ID) instanceof Number id)) {
      return Optional.empty();
    }
    return coCommissioners.findById(id.longValue())
        .map(commissioner -> new TaskItem(commissioner.getPccOffice() + " (" + commissioner.getArea() + ")",
            commissioner.getFundingShare()));
  }
}
