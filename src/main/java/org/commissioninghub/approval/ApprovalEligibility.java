package org.commissioninghub.approval;

import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.workflow.AsHub;
import org.springframework.stereotype.Component;

/**
 * Separation of duties for sign-offs: whoever prepared or checked what an approval signs off (who
 * completed a task of the process that asked for it) cannot approve it, in Tasklist, over REST or
 * by email link.
 */
@Component
class ApprovalEligibility {

  private final CaseStore caseStore;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AsHub asHub;

  ApprovalEligibility(CaseStore caseStore, TaskService taskService, IdentityService identityService, AsHub asHub) {
    this.caseStore = caseStore;
    this.taskService = taskService;
    this.identityService = identityService;
    this.asHub = asHub;
  }

  /** Everyone who prepared or checked what the approval asked for by that process instance signs off. */
  Set<String> preparers(String reference, String preparedInProcess) {
    return preparedInProcess == null ? Set.of() : caseStore.completersIn(reference, preparedInProcess);
  }

  /** The preparers of what the open approval task signs off. */
  Set<String> preparersOf(String reference, String taskId) {
    var preparedInProcess = asHub.run(() -> (String) taskService.getVariable(taskId, PREPARED_IN_PROCESS));
    return preparers(reference, preparedInProcess);
  }

  /**
   * Whether the user may decide the approval task now: they did not prepare it, and they are one of
   * its approvers (a candidate, or a member of a role it is addressed to).
   */
  boolean mayDecide(String reference, String taskId, String userId) {
    if (preparersOf(reference, taskId).contains(userId)) {
      return false;
    }
    return asHub.run(() -> taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> userId.equals(link.getUserId()) || link.getGroupId() != null
            && identityService.createUserQuery().userId(userId).memberOfGroup(link.getGroupId()).count() > 0));
  }
}
