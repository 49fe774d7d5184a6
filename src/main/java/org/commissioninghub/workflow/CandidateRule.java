package org.commissioninghub.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A rule on who may be offered a task as a candidate, beyond holding its role: the hub routes a
 * task to the person a case names for the role only if every rule allows it (whoever prepared what
 * an approval signs off is not offered the approval).
 */
public interface CandidateRule {

  boolean mayOffer(DelegateTask task, String userId);
}
