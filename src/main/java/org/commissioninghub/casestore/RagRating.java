package org.commissioninghub.casestore;

import org.commissioninghub.system.CodedValue;

/** Red, amber, green: the delivery confidence a programme manager reports for a case. */
public enum RagRating implements CodedValue {
  RED,
  AMBER,
  GREEN
}
