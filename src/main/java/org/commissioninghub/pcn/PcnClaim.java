package org.commissioninghub.pcn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.system.CodedValue;

/** One monthly additional-roles claim of a network: accepted, or refused with the reason. */
@Entity
@Table(name = "pcn_claim")
public class PcnClaim {

  public enum Status implements CodedValue {
    ACCEPTED,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "network_id", nullable = false, updatable = false)
  private Long networkId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdditionalRole role;

  @Column(nullable = false)
  private LocalDate claimMonth;

  @Column(nullable = false)
  private BigDecimal wte;

  @Column(nullable = false)
  private BigDecimal wteInPost;

  @Column(name = "amount_gbp", nullable = false)
  private BigDecimal amountGbp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String reason;

  @Column(nullable = false)
  private String claimedBy;

  @Column(nullable = false)
  private Instant claimedAt;

  protected PcnClaim() {}

  PcnClaim(long caseId, long networkId, AdditionalRole role, LocalDate claimMonth, BigDecimal wte, BigDecimal wteInPost,
      BigDecimal amountGbp, String refusal, String claimedBy, Instant claimedAt) {
    this.caseId = caseId;
    this.networkId = networkId;
    this.role = role;
    this.claimMonth = claimMonth;
    this.wte = wte;
    this.wteInPost = wteInPost;
    this.amountGbp = amountGbp;
    this.status = refusal == null ? Status.ACCEPTED : Status.REFUSED;
    this.reason = refusal;
    this.claimedBy = claimedBy;
    this.claimedAt = claimedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getNetworkId() {
    return networkId;
  }

  public AdditionalRole getRole() {
    return role;
  }

  public LocalDate getClaimMonth() {
    return claimMonth;
  }

  public BigDecimal getWte() {
    return wte;
  }

  public BigDecimal getWteInPost() {
    return wteInPost;
  }

  public BigDecimal getAmountGbp() {
    return amountGbp;
  }

  public Status getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public String getClaimedBy() {
    return claimedBy;
  }
}
