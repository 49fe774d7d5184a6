package org.commissioninghub.prison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An urgent award (PSR regulation 14) keeping a site's incumbent on while the new provider cannot
 * go live: its justification, until when, its value and the award notice it needs.
 */
@Entity
@Table(name = "prison_urgent_extension")
public class UrgentExtension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "site_id", nullable = false, updatable = false)
  private Long siteId;

  @Column(nullable = false)
  private String incumbentProvider;

  @Column(nullable = false)
  private LocalDate extendedUntil;

  @Column(name = "value_gbp", nullable = false)
  private BigDecimal valueGbp;

  @Column(nullable = false)
  private String justification;

  @Column(nullable = false)
  private LocalDate awardNoticePublishedOn;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected UrgentExtension() {}

  UrgentExtension(long caseId, long siteId, String incumbentProvider, LocalDate extendedUntil, BigDecimal valueGbp,
      String justification, LocalDate awardNoticePublishedOn, String recordedBy, Instant recordedAt) {
    this.caseId = caseId;
    this.siteId = siteId;
    this.incumbentProvider = incumbentProvider;
    this.extendedUntil = extendedUntil;
    this.valueGbp = valueGbp;
    this.justification = justification;
    this.awardNoticePublishedOn = awardNoticePublishedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getSiteId() {
    return siteId;
  }

  public String getIncumbentProvider() {
    return incumbentProvider;
  }

  public LocalDate getExtendedUntil() {
    return extendedUntil;
  }

  public BigDecimal getValueGbp() {
    return valueGbp;
  }

  public String getJustification() {
    return justification;
  }

  public LocalDate getAwardNoticePublishedOn() {
    return awardNoticePublishedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
