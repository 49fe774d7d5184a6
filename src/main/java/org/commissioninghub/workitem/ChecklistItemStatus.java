package org.commissioninghub.workitem;

import org.commissioninghub.system.CodedValue;

/** What a checklist item's two answers come to; see {@link ChecklistService#assess}. */
public enum ChecklistItemStatus implements CodedValue {
  /** Not answered yet. */
  AWAITING_ANSWER,
  /** Answered, not corroborated yet. */
  AWAITING_CORROBORATION,
  /** The corroboration gives the other answer. */
  DISAGREED,
  /** Both give the answer that fails the item. */
  FAILED,
  /** Both give the answer that passes the item. */
  PASSED
}
