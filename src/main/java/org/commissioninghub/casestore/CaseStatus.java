package org.commissioninghub.casestore;

import org.commissioninghub.system.CodedValue;

public enum CaseStatus implements CodedValue {
  OPEN,
  ON_HOLD,
  CLOSED,
  CANCELLED
}
