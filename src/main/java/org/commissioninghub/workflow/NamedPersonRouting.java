package org.commissioninghub.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.commissioninghub.casestore.CaseStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Routes a task to the person the case names for the task's role, as well as to the role: the
 * named person becomes a candidate user beside the candidate group, unless a {@link CandidateRule}
 * says otherwise.
 */
@Component
class NamedPersonRouting implements TaskListener {

  private final CaseStore caseStore;
  private final ObjectProvider<CandidateRule> rules;

  NamedPersonRouting(CaseStore caseStore, ObjectProvider<CandidateRule> rules) {
    this.caseStore = caseStore;
    this.rules = rules;
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
        .filter(userId -> rules.orderedStream().allMatch(rule -> rule.mayOffer(task, userId)))
        .forEach(task::addCandidateUser));
  }
}
