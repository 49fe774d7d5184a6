package org.commissioninghub.casestore;

import java.util.Set;

/**
 * Filters for listing cases; a null field does not filter. {@code text} is sought in the reference
 * and the title, {@code area} in the integrated care system, both ignoring case. {@code namedPerson}
 * keeps the cases that name that user, for any role or, with {@code namedAs}, for one of those roles.
 */
public record CaseSearch(Programme programme, CaseStatus status, String stage, RagRating ragRating, String area,
    String text, String namedPerson, Set<String> namedAs) {

  public CaseSearch(Programme programme, CaseStatus status, String stage) {
    this(programme, status, stage, null, null, null, null, null);
  }

  /** The cases naming the user, for any role or for one of {@code roles} (null: any). */
  public static CaseSearch naming(String userId, Set<String> roles) {
    return new CaseSearch(null, null, null, null, null, null, userId, roles);
  }
}
