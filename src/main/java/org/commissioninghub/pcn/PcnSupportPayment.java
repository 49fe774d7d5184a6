package org.commissioninghub.pcn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A network's support payment for management and development in a contract year: the rate per
 * head times its registered population, to the penny, until finance authorises it.
 */
@Entity
@Table(name = "pcn_support_payment")
public class PcnSupportPayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "network_id", nullable = false, updatable = false)
  private Long networkId;

  @Column(nullable = false)
  private String contractYear;

  @Column(nullable = false)
  private BigDecimal ratePerHead;

  @Column(nullable = false)
  private int population;

  @Column(name = "amount_gbp", nullable = false)
  private BigDecimal amountGbp;

  private String authorisedBy;
  private LocalDate authorisedOn;

  protected PcnSupportPayment() {}

  PcnSupportPayment(long caseId, long networkId, String contractYear, BigDecimal ratePerHead, int population,
      BigDecimal amountGbp) {
    this.caseId = caseId;
    this.networkId = networkId;
    this.contractYear = contractYear;
    this.ratePerHead = ratePerHead;
    this.population = population;
    this.amountGbp = amountGbp;
  }

  void authorised(String by, LocalDate on) {
    this.authorisedBy = by;
    this.authorisedOn = on;
  }

  public Long getId() {
    return id;
  }

  public Long getNetworkId() {
    return networkId;
  }

  public String getContractYear() {
    return contractYear;
  }

  public BigDecimal getRatePerHead() {
    return ratePerHead;
  }

  public int getPopulation() {
    return population;
  }

  public BigDecimal getAmountGbp() {
    return amountGbp;
  }

  public String getAuthorisedBy() {
    return authorisedBy;
  }

  public LocalDate getAuthorisedOn() {
    return authorisedOn;
  }
}
