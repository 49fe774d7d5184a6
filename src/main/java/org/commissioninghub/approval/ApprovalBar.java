package org.commissioninghub.approval;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A rule of another feature that bars a person from claiming or deciding an approval task, beside
 * separation of duties: such as a declared conflict of interest in the lot whose award is approved.
 * Answers the reason, in a sentence for the person refused, or nothing when the person may decide.
 */
public interface ApprovalBar {

  Optional<String> refusal(DelegateTask approvalTask, String userId);
}
