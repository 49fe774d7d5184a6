package org.commissioninghub.delegation;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NHS England's allocation for the delegated functions, which a delegation case's finance
 * assurance waits for (or for the allocation date, whichever comes first): whether the case is
 * waiting for it, and recording that it is published, which starts finance assurance at once. The
 * same as the message {@value DelegationVariables#FINANCE_ALLOCATION_MESSAGE} over the engine's
 * API, with who recorded it in the case's log.
 */
@Service
@Transactional
public class FinanceAllocation {

  /** Who records the allocation as published: the finance lead, who assures it, and the case's lead. */
  private static final Set<String> RECORDERS = Set.of(Role.FINANCE_LEAD.groupId(), Role.HEAD_OF_PRIMARY_CARE.groupId());

  static final String PUBLISHED = "FINANCE_ALLOCATION_PUBLISHED";

  private final RuntimeService runtimeService;
  private final CaseStore caseStore;

  FinanceAllocation(RuntimeService runtimeService, CaseStore caseStore) {
    this.runtimeService = runtimeService;
    this.caseStore = caseStore;
  }

  @Transactional(readOnly = true)
  public boolean awaited(String reference) {
    return runtimeService.createExecutionQuery()
        .processDefinitionKey(DelegationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reference)
        .messageEventSubscriptionName(DelegationVariables.FINANCE_ALLOCATION_MESSAGE)
        .count() > 0;
  }

  public boolean mayRecord(Viewer viewer) {
    return RECORDERS.stream().anyMatch(viewer::holds);
  }

  /** Records the allocation as published for a viewer who may change the case (the caller checks that). */
  public void recordPublished(String reference, Viewer recordedBy) {
    if (!mayRecord(recordedBy)) {
      throw new ForbiddenException("The finance allocation is recorded by the finance lead or the head of primary care.");
    }
    if (!awaited(reference)) {
      throw new UnprocessableException("Case " + reference + " is not waiting for the finance allocation: it is"
          + " awaited only once the checklist is corroborated, until finance assurance starts.");
    }
    runtimeService.createMessageCorrelation(DelegationVariables.FINANCE_ALLOCATION_MESSAGE)
        .processInstanceBusinessKey(reference)
        .correlate();
    caseStore.note(reference, recordedBy.userId(), PUBLISHED, "Finance allocation published: finance assurance can start",
        Map.of());
  }
}
