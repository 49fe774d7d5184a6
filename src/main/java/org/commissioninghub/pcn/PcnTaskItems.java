package org.commissioninghub.pcn;

import static org.commissioninghub.pcn.PcnDevelopmentVariables.NETWORK_ID;

import java.util.Optional;
import java.util.function.Function;
import org.commissioninghub.workflow.TaskItem;
import org.commissioninghub.workflow.TaskItemSource;
import org.springframework.stereotype.Component;

/** Names the network a task of PcnDevelopmentProcess is about: "Confirm clinical director — Belper PCN (Amber Valley)". */
@Component
class PcnTaskItems implements TaskItemSource {

  private final PcnDevelopmentService pcnDevelopment;

  PcnTaskItems(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public Optional<TaskItem> itemOf(Function<String, Object> variables) {
    if (variables.apply(NETWORK_ID) instanceof Number networkId) {
      return pcnDevelopment.findNetwork(networkId.longValue()).map(network -> new TaskItem(network.displayName(), null));
    }
    return Optional.empty();
  }
}
