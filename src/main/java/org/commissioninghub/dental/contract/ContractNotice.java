package org.commissioninghub.dental.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.system.CodedValue;

/** A remedial or breach notice served on a dental contractor. */
@Entity
@Table(name = "dental_contract_notice")
public class ContractNotice {

  public enum Type implements CodedValue {
    REMEDIAL,
    BREACH
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private DentalContract contract;

  @Column(name = "year_number", nullable = false)
  private int yearNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Type noticeType;

  @Column(nullable = false)
  private String summary;

  private String actionRequired;
  private LocalDate deadline;
  private String reference;
  private Boolean remedied;
  private String outcomeNotes;

  @Column(nullable = false)
  private String issuedBy;

  @Column(nullable = false)
  private Instant issuedAt;

  protected ContractNotice() {}

  ContractNotice(DentalContract contract, int yearNumber, Type type, String summary, String actionRequired,
      LocalDate deadline, String reference, String issuedBy, Instant issuedAt) {
    this.contract = contract;
    this.yearNumber = yearNumber;
    this.noticeType = type;
    this.summary = summary;
    this.actionRequired = actionRequired;
    this.deadline = deadline;
    this.reference = reference;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
  }

  void checked(boolean wasRemedied, String notes) {
    this.remedied = wasRemedied;
    this.outcomeNotes = notes;
  }

  public Long getId() {
    return id;
  }

  public int getYearNumber() {
    return yearNumber;
  }

  public Type getNoticeType() {
    return noticeType;
  }

  public String getSummary() {
    return summary;
  }

  public String getActionRequired() {
    return actionRequired;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getReference() {
    return reference;
  }

  public Boolean getRemedied() {
    return remedied;
  }

  public String getOutcomeNotes() {
    return outcomeNotes;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }
}
