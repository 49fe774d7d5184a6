package org.commissioninghub.casestore;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A child record of a case (milestone, risk, decision, event): its id and the case it belongs to. */
@MappedSuperclass
abstract class CaseRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  protected CaseRecord() {}

  CaseRecord(CommissioningCase commissioningCase) {
    this.commissioningCase = commissioningCase;
  }

  public Long getId() {
    return id;
  }
}
