package org.commissioninghub.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.commissioninghub.casestore.CaseStore;
import org.springframework.stereotype.Component;

/**
 * Every process of a case carries the case's reference and title, called processes included
 * whatever their caller passes, so that each task card in Tasklist shows them (the hub's filters
 * show these two variables) and each form can link to the case page.
 */
@Component
class CaseVariables implements ExecutionListener {

  static final String CASE_REFERENCE = "caseReference";
  static final String CASE_TITLE = "caseTitle";

  private final CaseStore caseStore;

  CaseVariables(CaseStore caseStore) {
    this.caseStore = caseStore;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var reference = execution.getProcessBusinessKey();
    if (reference == null || execution.hasVariable(CASE_REFERENCE) && execution.hasVariable(CASE_TITLE)) {
      return;
    }
    caseStore.find(reference).ifPresent(commissioningCase -> {
      if (!execution.hasVariable(CASE_REFERENCE)) {
        execution.setVariable(CASE_REFERENCE, commissioningCase.getReference());
      }
      if (!execution.hasVariable(CASE_TITLE)) {
        execution.setVariable(CASE_TITLE, commissioningCase.getTitle());
      }
    });
  }
}
