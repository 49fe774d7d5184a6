package org.commissioninghub.approval;

import org.commissioninghub.system.CodedValue;

/** What an approver decides at a stage. Rejecting or asking for changes needs a reason. */
public enum ApprovalOutcome implements CodedValue {
  APPROVED,
  REJECTED,
  CHANGES_REQUESTED;

  public boolean needsReason() {
    return this != APPROVED;
  }

  /** What the approver does, as in "when you reject". */
  public String verb() {
    return switch (this) {
      case APPROVED -> "approve";
      case REJECTED -> "reject";
      case CHANGES_REQUESTED -> "ask for changes";
    };
  }
}
