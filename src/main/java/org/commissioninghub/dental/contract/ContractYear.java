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

/** One contract year of a dental contract: contracted and delivered activity, and what the reconciliation found. */
@Entity
@Table(name = "dental_contract_year")
public class ContractYear {

  /** What the commissioner chose for a year delivered below the tolerance. */
  public enum Remedy implements CodedValue {
    CLAWBACK,
    RECOVERY_PLAN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private DentalContract contract;

  @Column(name = "year_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private LocalDate startsOn;

  @Column(nullable = false)
  private LocalDate endsOn;

  private String activityUnit;
  private Integer contractedUnits;

  @Column(nullable = false)
  private BigDecimal contractValue;

  private Integer midYearDeliveredUnits;
  private String midYearNotes;
  private Integer broughtForwardUnits;
  private Integer deliveredUnits;
  private BigDecimal deliveryPercent;

  @Enumerated(EnumType.STRING)
  private DeliveryReconciliation.Outcome outcome;

  private Integer carriedForwardUnits;
  private BigDecimal clawbackValue;
  private BigDecimal overPerformancePayment;

  @Enumerated(EnumType.STRING)
  private Remedy remedy;

  private String recoveryPlan;
  private String reconciliationNotes;
  private String reconciledBy;
  private Instant reconciledAt;

  protected ContractYear() {}

  ContractYear(DentalContract contract, ContractYears.Period period, String activityUnit, Integer contractedUnits,
      BigDecimal contractValue) {
    this.contract = contract;
    this.number = period.number();
    this.startsOn = period.startsOn();
    this.endsOn = period.endsOn();
    this.activityUnit = activityUnit;
    this.contractedUnits = contractedUnits;
    this.contractValue = contractValue;
  }

  void reviewMidYear(Integer deliveredSoFar, String notes) {
    this.midYearDeliveredUnits = deliveredSoFar;
    this.midYearNotes = notes;
  }

  void reconcile(int broughtForward, Integer delivered, DeliveryReconciliation.Result result, String notes,
      String actor, Instant at) {
    this.broughtForwardUnits = broughtForward;
    this.deliveredUnits = delivered;
    this.deliveryPercent = result.deliveryPercent();
    this.outcome = result.outcome();
    this.carriedForwardUnits = result.carriedForwardUnits();
    this.overPerformancePayment = result.overPerformancePayment();
    this.reconciliationNotes = notes;
    this.reconciledBy = actor;
    this.reconciledAt = at;
    this.remedy = null;
    this.clawbackValue = null;
    this.recoveryPlan = null;
  }

  void chooseClawback(BigDecimal value) {
    this.remedy = Remedy.CLAWBACK;
    this.clawbackValue = value;
    this.recoveryPlan = null;
  }

  void chooseRecoveryPlan(String plan) {
    this.remedy = Remedy.RECOVERY_PLAN;
    this.recoveryPlan = plan;
    this.clawbackValue = null;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getActivityUnit() {
    return activityUnit;
  }

  public Integer getContractedUnits() {
    return contractedUnits;
  }

  public BigDecimal getContractValue() {
    return contractValue;
  }

  public Integer getMidYearDeliveredUnits() {
    return midYearDeliveredUnits;
  }

  public String getMidYearNotes() {
    return midYearNotes;
  }

  /** From the year before: a shortfall owed on top of this year's activity (positive) or over-delivery credited (negative). */
  public Integer getBroughtForwardUnits() {
    return broughtForwardUnits;
  }

  public Integer getDeliveredUnits() {
    return deliveredUnits;
  }

  public BigDecimal getDeliveryPercent() {
    return deliveryPercent;
  }

  public DeliveryReconciliation.Outcome getOutcome() {
    return outcome;
  }

  public Integer getCarriedForwardUnits() {
    return carriedForwardUnits;
  }

  public BigDecimal getClawbackValue() {
    return clawbackValue;
  }

  public BigDecimal getOverPerformancePayment() {
    return overPerformancePayment;
  }

  public Remedy getRemedy() {
    return remedy;
  }

  public String getRecoveryPlan() {
    return recoveryPlan;
  }

  public String getReconciliationNotes() {
    return reconciliationNotes;
  }

  public String getReconciledBy() {
    return reconciledBy;
  }

  public Instant getReconciledAt() {
    return reconciledAt;
  }
}
