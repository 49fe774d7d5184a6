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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.system.CodedValue;

/**
 * A variation of a dental contract with its value. One needing a transparency notice (of the
 * threshold's value or more) cannot take effect before its notice is published.
 */
@Entity
@Table(name = "dental_contract_variation")
public class ContractVariation {

  public enum Status implements CodedValue {
    PROPOSED,
    IN_EFFECT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private DentalContract contract;

  @Column(name = "year_number", nullable = false)
  private int yearNumber;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private BigDecimal variationValue;

  @Column(nullable = false)
  private LocalDate effectiveFrom;

  private boolean transparencyNoticeRequired;
  private String transparencyNoticeReference;
  private LocalDate transparencyNoticePublishedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  private Instant inEffectAt;

  protected ContractVariation() {}

  ContractVariation(DentalContract contract, int yearNumber, String description, BigDecimal value,
      LocalDate effectiveFrom, boolean transparencyNoticeRequired, String recordedBy, Instant recordedAt) {
    this.contract = contract;
    this.yearNumber = yearNumber;
    this.description = description;
    this.variationValue = value;
    this.effectiveFrom = effectiveFrom;
    this.transparencyNoticeRequired = transparencyNoticeRequired;
    this.status = Status.PROPOSED;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void transparencyNoticePublished(String reference, LocalDate publishedOn) {
    this.transparencyNoticeReference = reference;
    this.transparencyNoticePublishedOn = publishedOn;
  }

  /** In effect: refused while a notice it needs is not published. */
  void putIntoEffect(Instant at) {
    if (transparencyNoticeRequired && transparencyNoticeReference == null) {
      throw new IllegalStateException("variation " + id + " is worth " + variationValue
          + ": it takes effect only once its transparency notice is published");
    }
    this.status = Status.IN_EFFECT;
    this.inEffectAt = at;
  }

  public Long getId() {
    return id;
  }

  public int getYearNumber() {
    return yearNumber;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getVariationValue() {
    return variationValue;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public boolean isTransparencyNoticeRequired() {
    return transparencyNoticeRequired;
  }

  public String getTransparencyNoticeReference() {
    return transparencyNoticeReference;
  }

  public LocalDate getTransparencyNoticePublishedOn() {
    return transparencyNoticePublishedOn;
  }

  public Status getStatus() {
    return status;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getInEffectAt() {
    return inEffectAt;
  }
}
