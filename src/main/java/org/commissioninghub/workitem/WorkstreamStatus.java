package org.commissioninghub.workitem;

import org.commissioninghub.system.CodedValue;

/** How far a workstream has got; a blocked one cannot move until something outside it changes. */
public enum WorkstreamStatus implements CodedValue {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  BLOCKED
}
