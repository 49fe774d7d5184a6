package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last reference number issued for one prefix in one year. */
@Entity
@Table(name = "case_reference_counter")
class CaseReferenceCounter {

  @Embeddable
  record Key(@Column(name = "prefix") String prefix, @Column(name = "reference_year") int year)
      implements Serializable {}

  @EmbeddedId
  private Key key;

  private int lastNumber;

  protected CaseReferenceCounter() {}

  CaseReferenceCounter(Key key) {
    this.key = key;
  }

  int next() {
    return ++lastNumber;
  }
}
