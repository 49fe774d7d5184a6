package org.commissioninghub.procurement;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.commissioninghub.approval.ApprovalBar;
import org.springframework.stereotype.Component;

/**
 * Regulation 21 at the award approval: the approval of a lot's award (the route processes pass its
 * {@code lotId}) is claimed and decided only by a member of the approver role who declared no
 * conflict of interest in that lot. Anyone else is refused with the reason.
 */
@Component
class AwardApproverConflicts implements ApprovalBar {

  private final ProcurementService procurement;

  AwardApproverConflicts(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public Optional<String> refusal(DelegateTask approvalTask, String userId) {
    if (!(approvalTask.getVariable(ProcurementVariables.LOT_ID) instanceof Number lotId)) {
      return Optional.empty();
    }
    try {
      procurement.refuseUnlessFreeOfConflicts(lotId.longValue(), userId, ConflictDeclaration.Capacity.AWARD_APPROVER);
      return Optional.empty();
    } catch (IllegalArgumentException refused) {
      return Optional.of(refused.getMessage() + ".");
    }
  }
}
