package org.commissioninghub.delegation.process;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.commissioninghub.delegation.DelegationDueDiligenceService;
import org.commissioninghub.delegation.DelegationVariables;
import org.springframework.stereotype.Component;

/**
 * What DelegationDueDiligenceProcess's expressions read from the case store: the lead who answers
 * a checklist item, the checklist as the corroboration form shows it, and what the readiness
 * decision reads of an item.
 */
@Component("delegationRecords")
public class DelegationRecords {

  private final DelegationDueDiligenceService delegation;

  DelegationRecords(DelegationDueDiligenceService delegation) {
    this.delegation = delegation;
  }

  public String leadRole(Long checklistItemId) {
    return delegation.leadRoleOf(checklistItemId);
  }

  /** The item's question in the framework's words, which its tasks' forms show. */
  public String question(Long checklistItemId) {
    return delegation.checklistItem(checklistItemId).getQuestion();
  }

  public JsonValue checklistRows(String caseReference) {
    return SpinValues.jsonValue(delegation.checklistRows(caseReference)).create();
  }

  public String icsAnswer(Long checklistItemId) {
    return (String) delegation.readinessInputs(checklistItemId).get(DelegationVariables.ICS_ANSWER);
  }

  public String corroboration(Long checklistItemId) {
    return (String) delegation.readinessInputs(checklistItemId).get(DelegationVariables.CORROBORATION);
  }

  public String passingAnswer(Long checklistItemId) {
    return (String) delegation.readinessInputs(checklistItemId).get(DelegationVariables.PASSING_ANSWER);
  }
}
