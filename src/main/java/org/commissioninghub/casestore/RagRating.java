package org.commissioninghub.casestore;

/** Red, amber, green: the delivery confidence a programme manager reports for a case. */
public enum RagRating {
  RED,
  AMBER,
  GREEN
}
