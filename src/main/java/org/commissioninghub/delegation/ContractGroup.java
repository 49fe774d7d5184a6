package org.commissioninghub.delegation;

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
import org.commissioninghub.casestore.CommissioningCase;

/**
 * The contracts of one type in a case's contract register: how many pass to the ICB, how many
 * lack data the register should hold, and how many expire within a year. Changed only through
 * {@link DelegationDueDiligenceService}.
 */
@Entity
@Table(name = "delegation_contract_group")
public class ContractGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContractType contractType;

  @Column(nullable = false)
  private int contracts;

  @Column(nullable = false)
  private int missingData;

  @Column(nullable = false)
  private int expiringWithinYear;

  @Column(nullable = false)
  private String countedBy;

  @Column(nullable = false)
  private Instant countedAt;

  @Version
  private long version;

  protected ContractGroup() {}

  ContractGroup(CommissioningCase commissioningCase, ContractType contractType, int contracts, int missingData,
      int expiringWithinYear, String by, Instant at) {
    this.commissioningCase = commissioningCase;
    this.contractType = contractType;
    count(contracts, missingData, expiringWithinYear, by, at);
  }

  void count(int contracts, int missingData, int expiringWithinYear, String by, Instant at) {
    this.contracts = contracts;
    this.missingData = missingData;
    this.expiringWithinYear = expiringWithinYear;
    this.countedBy = by;
    this.countedAt = at;
  }

  public Long getId() {
    return id;
  }

  public ContractType getContractType() {
    return contractType;
  }

  public int getContracts() {
    return contracts;
  }

  public int getMissingData() {
    return missingData;
  }

  public int getExpiringWithinYear() {
    return expiringWithinYear;
  }

  public String getCountedBy() {
    return countedBy;
  }

  public Instant getCountedAt() {
    return countedAt;
  }
}
