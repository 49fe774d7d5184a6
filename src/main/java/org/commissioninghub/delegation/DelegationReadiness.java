package org.commissioninghub.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.commissioninghub.casestore.CommissioningCase;

/**
 * What a case's full due diligence finds and what follows it: the finance allocation against the
 * forecast outturn, the staff planned to transfer and transferred, the board's go/no-go, NHS
 * England's approval, the agreement and the delegation date. One per case; changed only through
 * {@link DelegationDueDiligenceService}.
 */
@Entity
@Table(name = "delegation_readiness")
public class DelegationReadiness {

  /** The ICB Board's decision. */
  public enum BoardDecision {
    GO,
    NO_GO
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  private BigDecimal financeAllocation;
  private BigDecimal forecastOutturn;
  private BigDecimal financeGap;
  private BigDecimal pharmacySpend;
  private BigDecimal ophthalmicSpend;
  private BigDecimal dentalSpend;
  private Integer staffPlanned;
  private Integer staffTransferred;
  private BigDecimal budgetTransferred;
  private LocalDate transferDate;

  @Column(name = "board_decision")
  private String boardDecision;

  private LocalDate boardDate;
  private LocalDate regionalApprovalDate;
  private LocalDate agreementSignedDate;
  private LocalDate delegationDate;
  private LocalDate monitoringEndsOn;

  @Column(nullable = false)
  private String updatedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected DelegationReadiness() {}

  DelegationReadiness(CommissioningCase commissioningCase, String by, Instant at) {
    this.commissioningCase = commissioningCase;
    touch(by, at);
  }

  /**
   * The gap is what the forecast outturn needs beyond the allocation: positive when the allocation
   * falls short, negative when it covers the outturn with some to spare; exact to the penny.
   */
  static BigDecimal gap(BigDecimal allocation, BigDecimal forecastOutturn) {
    return forecastOutturn.subtract(allocation);
  }

  void assureFinance(BigDecimal allocation, BigDecimal outturn, BigDecimal pharmacy, BigDecimal ophthalmic,
      BigDecimal dental, String by, Instant at) {
    this.financeAllocation = allocation;
    this.forecastOutturn = outturn;
    this.financeGap = gap(allocation, outturn);
    this.pharmacySpend = pharmacy;
    this.ophthalmicSpend = ophthalmic;
    this.dentalSpend = dental;
    touch(by, at);
  }

  void planStaff(int planned, String by, Instant at) {
    this.staffPlanned = planned;
    touch(by, at);
  }

  void decideOnBoard(BoardDecision decision, LocalDate on, String by, Instant at) {
    this.boardDecision = decision.name();
    this.boardDate = on;
    touch(by, at);
  }

  void approveRegionally(LocalDate on, String by, Instant at) {
    this.regionalApprovalDate = on;
    touch(by, at);
  }

  void signAgreement(LocalDate signedOn, LocalDate delegationOn, String by, Instant at) {
    this.agreementSignedDate = signedOn;
    this.delegationDate = delegationOn;
    touch(by, at);
  }

  void transfer(int staff, BigDecimal budget, LocalDate on, String by, Instant at) {
    this.staffTransferred = staff;
    this.budgetTransferred = budget;
    this.transferDate = on;
    touch(by, at);
  }

  void monitorUntil(LocalDate until, String by, Instant at) {
    this.monitoringEndsOn = until;
    touch(by, at);
  }

  private void touch(String by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public BigDecimal getFinanceAllocation() {
    return financeAllocation;
  }

  public BigDecimal getForecastOutturn() {
    return forecastOutturn;
  }

  public BigDecimal getFinanceGap() {
    return financeGap;
  }

  public BigDecimal getPharmacySpend() {
    return pharmacySpend;
  }

  public BigDecimal getOphthalmicSpend() {
    return ophthalmicSpend;
  }

  public BigDecimal getDentalSpend() {
    return dentalSpend;
  }

  public Integer getStaffPlanned() {
    return staffPlanned;
  }

  public Integer getStaffTransferred() {
    return staffTransferred;
  }

  public BigDecimal getBudgetTransferred() {
    return budgetTransferred;
  }

  public LocalDate getTransferDate() {
    return transferDate;
  }

  public String getBoardDecision() {
    return boardDecision;
  }

  public LocalDate getBoardDate() {
    return boardDate;
  }

  public LocalDate getRegionalApprovalDate() {
    return regionalApprovalDate;
  }

  public LocalDate getAgreementSignedDate() {
    return agreementSignedDate;
  }

  public LocalDate getDelegationDate() {
    return delegationDate;
  }

  public LocalDate getMonitoringEndsOn() {
    return monitoringEndsOn;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
