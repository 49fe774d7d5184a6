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
import java.time.LocalDate;

/**
 * One role of a network's additional-roles workforce plan: the WTE planned above the baseline
 * (the WTE in that role the practices employed before the scheme), from when, and recruited so far.
 */
@Entity
@Table(name = "pcn_role")
public class PcnRole {

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
  private BigDecimal plannedWte;

  @Column(nullable = false)
  private BigDecimal baselineWte;

  @Column(nullable = false)
  private BigDecimal recruitedWte;

  @Column(nullable = false)
  private LocalDate startDate;

  protected PcnRole() {}

  PcnRole(long caseId, long networkId, AdditionalRole role, BigDecimal plannedWte, BigDecimal baselineWte,
      LocalDate startDate) {
    this.caseId = caseId;
    this.networkId = networkId;
    this.role = role;
    this.plannedWte = plannedWte;
    this.baselineWte = baselineWte;
    this.recruitedWte = BigDecimal.ZERO;
    this.startDate = startDate;
  }

  void recruited(BigDecimal wte) {
    this.recruitedWte = wte;
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

  public BigDecimal getPlannedWte() {
    return plannedWte;
  }

  public BigDecimal getBaselineWte() {
    return baselineWte;
  }

  public BigDecimal getRecruitedWte() {
    return recruitedWte;
  }

  public LocalDate getStartDate() {
    return startDate;
  }
}
