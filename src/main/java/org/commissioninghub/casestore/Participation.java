package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Someone a case involves beyond the people it names, and in what part: an evaluation panel member
 * of a lot, for instance. They see the case as the people it names do.
 */
@Embeddable
class Participation {

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "part", nullable = false)
  private String part;

  protected Participation() {}

  Participation(String userId, String part) {
    this.userId = userId;
    this.part = part;
  }

  public String getUserId() {
    return userId;
  }

  public String getPart() {
    return part;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Participation that && userId.equals(that.userId) && part.equals(that.part);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, part);
  }
}
