package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import java.util.Date;
import java.util.EnumMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.KeyCriterion;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordTenderPlanDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordTenderPlanDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var weights = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
    for (var criterion : KeyCriterion.values()) {
      weights.put(criterion, ProcessVariables.integer(execution, criterion.weightKey()));
    }
    var clarificationDeadline = ProcurementService.endOfDay(ProcessVariables.date(execution, CLARIFICATION_DEADLINE));
    var tenderDeadline = ProcurementService.endOfDay(ProcessVariables.date(execution, TENDER_DEADLINE));
    var panelMembers = PanelMembers.parse(ProcessVariables.text(execution, EVALUATION_PANEL));
    procurement.planTender(lotId(execution), weights, clarificationDeadline, tenderDeadline, panelMembers,
        ProcessVariables.text(execution, AWARD_APPROVER_ROLE), ProcessVariables.actor(execution));
    execution.setVariable(CLARIFICATION_DEADLINE_DATE, Date.from(clarificationDeadline));
    execution.setVariable(TENDER_DEADLINE_DATE, Date.from(tenderDeadline));
    execution.setVariable(PANEL_MEMBERS, panelMembers);
  }
}
