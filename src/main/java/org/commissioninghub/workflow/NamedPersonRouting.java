package org.commissioninghub.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.commissioninghub.casestore.CaseStore;
import org.springframework.stereotype.Component;

/**
 * Routes a task to the person the case names for the task's role, as well as to the role: the
 * named person becomes a candidate user beside the candidate group.
 */
@Component
class NamedPersonRouting implements TaskListener {

  private final CaseStore caseStore;

  NamedPersonRouting(CaseStore caseStore) {
    this.caseStore = caseStore;
  }

  @Override
  public void notify(DelegateTask task) {
    var reference = task.getExecution().getProcessBusinessKey();
    if (reference == null) {
      return;
    }
    caseStore.find(reference).ifPresent(commissioningCase -> task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> commissioningCase.namedPersonFor(link.getGroupId()))
        .flatMap(java.util.Optional::stream)
        .distinct()
        .forEach(task::addCandidateUser));
  }
}
