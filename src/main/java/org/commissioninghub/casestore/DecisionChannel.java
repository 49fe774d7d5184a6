package org.commissioninghub.casestore;

import org.commissioninghub.system.CodedValue;

/** Where a decision was taken: in Tasklist, from an email link, or through the API. */
public enum DecisionChannel implements CodedValue {
  TASKLIST,
  EMAIL,
  API
}
