package org.commissioninghub.sarc;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.casestore.CommissioningCase;

/**
 * The forensic accreditation of the provider awarded a SARC lot: its status, UKAS application
 * reference and Forensic Science Regulator declaration, the accreditation plan, go-live and the end
 * of the contract, and the yearly surveillance visits recorded so far. Changed only through
 * {@link SarcRecommissioningService}.
 */
@Entity
@Table(name = "sarc_accreditation")
public class ProviderAccreditation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  @Column(name = "case_id", insertable = false, updatable = false)
  private Long caseId;

  @Column(nullable = false)
  private Long lotId;

  @Column(nullable = false)
  private String area;

  @Column(nullable = false)
  private String provider;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccreditationStatus status;

  private String ukasApplicationReference;

  private LocalDate fsrDeclarationDate;

  private String planSummary;

  private LocalDate goLiveDate;

  private LocalDate contractEndDate;

  private LocalDate lastSurveillanceDate;

  @Column(nullable = false)
  private int surveillanceVisits;

  @Column(nullable = false)
  private String updatedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected ProviderAccreditation() {}

  ProviderAccreditation(CommissioningCase commissioningCase, long lotId, String area, String provider, String by,
      Instant at) {
    this.commissioningCase = commissioningCase;
    this.lotId = lotId;
    this.area = area;
    this.provider = provider;
    this.status = AccreditationStatus.NOT_YET_PLANNED;
    touch(by, at);
  }

  void plan(AccreditationStatus status, String ukasApplicationReference, LocalDate fsrDeclarationDate,
      String planSummary, String by, Instant at) {
    this.status = status;
    this.ukasApplicationReference = ukasApplicationReference;
    this.fsrDeclarationDate = fsrDeclarationDate;
    this.planSummary = planSummary;
    touch(by, at);
  }

  void goLive(LocalDate goLiveDate, LocalDate contractEndDate, String by, Instant at) {
    this.goLiveDate = goLiveDate;
    this.contractEndDate = contractEndDate;
    touch(by, at);
  }

  void surveyed(LocalDate on, AccreditationStatus status, String by, Instant at) {
    this.lastSurveillanceDate = on;
    this.surveillanceVisits++;
    this.status = status;
    touch(by, at);
  }

  private void touch(String by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getLotId() {
    return lotId;
  }

  public String getArea() {
    return area;
  }

  public String getProvider() {
    return provider;
  }

  public AccreditationStatus getStatus() {
    return status;
  }

  public String getUkasApplicationReference() {
    return ukasApplicationReference;
  }

  public LocalDate getFsrDeclarationDate() {
    return fsrDeclarationDate;
  }

  public String getPlanSummary() {
    return planSummary;
  }

  public LocalDate getGoLiveDate() {
    return goLiveDate;
  }

  public LocalDate getContractEndDate() {
    return contractEndDate;
  }

  public LocalDate getLastSurveillanceDate() {
    return lastSurveillanceDate;
  }

  public int getSurveillanceVisits() {
    return surveillanceVisits;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
