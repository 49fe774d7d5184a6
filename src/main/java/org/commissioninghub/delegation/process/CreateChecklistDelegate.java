package org.commissioninghub.delegation.process;

import static org.commissioninghub.delegation.DelegationVariables.CHECKLIST_ITEM_IDS;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.delegation.DelegationDueDiligenceService;
import org.springframework.stereotype.Component;

@Component
class CreateChecklistDelegate implements JavaDelegate {

  private final DelegationDueDiligenceService delegation;

  CreateChecklistDelegate(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CHECKLIST_ITEM_IDS, new ArrayList<>(delegation.createChecklist(execution.getBusinessKey())));
  }
}
