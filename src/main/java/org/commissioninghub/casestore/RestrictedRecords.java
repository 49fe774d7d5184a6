package org.commissioninghub.casestore;

/**
 * A rule for records of a case that not everyone who sees the case may read (bids and scores of a
 * lot, for instance). A feature that writes such records gives them a key it recognises and
 * registers a bean of this type; the case store shows a restricted record only to those the rule
 * lets read it, and a key no rule recognises to nobody but administrators.
 */
public interface RestrictedRecords {

  /** Whether this rule decides records with this key. */
  boolean decides(String restrictedTo);

  /** Whether the viewer, who may read the case at this level, may read records with this key. */
  boolean mayRead(Viewer viewer, CaseAccess.Level level, CommissioningCase commissioningCase, String restrictedTo,
      String recordActor);
}
