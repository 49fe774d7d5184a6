package org.commissioninghub.sarc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.sarc.SarcRecommissioningDetails.CoCommissionerDetails;

/**
 * A police and crime commissioner co-commissioning a case's SARCs, with the police force alongside
 * and the commissioner's yearly funding share; signed once the commissioner's decision notice is
 * recorded. Changed only through {@link SarcRecommissioningService}.
 */
@Entity
@Table(name = "sarc_co_commissioner")
public class CoCommissioner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  @Column(name = "case_id", insertable = false, updatable = false)
  private Long caseId;

  @Column(nullable = false)
  private String area;

  @Column(nullable = false)
  private String pccOffice;

  @Column(nullable = false)
  private String pccUser;

  @Column(nullable = false)
  private String policeForce;

  @Column(nullable = false)
  private String policeForceUser;

  @Column(nullable = false)
  private BigDecimal fundingShare;

  private String decisionNoticeReference;

  private LocalDate decisionNoticeDate;

  private String signedBy;

  private Instant signedAt;

  @Version
  private long version;

  protected CoCommissioner() {}

  CoCommissioner(CommissioningCase commissioningCase, CoCommissionerDetails details) {
    this.commissioningCase = commissioningCase;
    this.area = details.area().strip();
    this.pccOffice = details.pccOffice().strip();
    this.pccUser = details.pccUser().strip();
    this.policeForce = details.policeForce().strip();
    this.policeForceUser = details.policeForceUser().strip();
    this.fundingShare = details.fundingShare();
  }

  void sign(String reference, LocalDate date, String by, Instant at) {
    this.decisionNoticeReference = reference;
    this.decisionNoticeDate = date;
    this.signedBy = by;
    this.signedAt = at;
  }

  public boolean isSigned() {
    return decisionNoticeReference != null;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getArea() {
    return area;
  }

  public String getPccOffice() {
    return pccOffice;
  }

  public String getPccUser() {
    return pccUser;
  }

  public String getPoliceForce() {
    return policeForce;
  }

  public String getPoliceForceUser() {
    return policeForceUser;
  }

  public BigDecimal getFundingShare() {
    return fundingShare;
  }

  public String getDecisionNoticeReference() {
    return decisionNoticeReference;
  }

  public LocalDate getDecisionNoticeDate() {
    return decisionNoticeDate;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public long getVersion() {
    return version;
  }
}
