package org.commissioninghub.prison;

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
import java.time.LocalDate;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.system.CodedValue;

/**
 * One prison site of a lot, and what its mobilisation workstreams have recorded: employee
 * liability information and TUPE, vetting, CQC registration, the data security and protection
 * toolkit, the clinical IT cut-over, readiness and the go/no-go. Changed only through
 * {@link PrisonMobilisationService}.
 */
@Entity
@Table(name = "prison_site")
public class PrisonSite {

  public enum Status implements CodedValue {
    MOBILISING,
    /** Go-live approved; waiting for the go-live date. */
    READY,
    /** Go-live refused or blocked; a new date is set. */
    DEFERRED,
    LIVE
  }

  /** Where the provider's CQC registration (or its variation to add the site) stands. */
  public enum CqcStatus implements CodedValue {
    REGISTERED,
    APPLIED,
    NOT_APPLIED
  }

  /** The provider's latest Data Security and Protection Toolkit assessment. */
  public enum DsptStatus implements CodedValue {
    STANDARDS_MET,
    APPROACHING_STANDARDS,
    STANDARDS_NOT_MET,
    NOT_PUBLISHED
  }

  public enum GoNoGo implements CodedValue {
    GO,
    NO_GO
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lot_id")
  private PrisonLot lot;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PrisonCategory category;

  private String healthcareUnit;

  @Column(nullable = false)
  private String governorUser;

  @Column(nullable = false)
  private LocalDate goLiveDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "employee_liability_due_date")
  private LocalDate employeeLiabilityDueDate;

  @Column(name = "employee_liability_received_date")
  private LocalDate employeeLiabilityReceivedDate;

  private LocalDate consultationStartedOn;
  private Integer tupeHeadcount;
  private Integer staffToVet;
  private Integer staffVetted;

  @Enumerated(EnumType.STRING)
  private CqcStatus cqcStatus;

  @Enumerated(EnumType.STRING)
  private DsptStatus dsptStatus;

  @Column(name = "it_cutover_date")
  private LocalDate itCutoverDate;

  @Enumerated(EnumType.STRING)
  private RagRating readinessRag;

  private String readinessSummary;

  @Enumerated(EnumType.STRING)
  private GoNoGo goNoGo;

  private LocalDate liveOn;

  @Version
  private long version;

  protected PrisonSite() {}

  PrisonSite(long caseId, PrisonLot lot, String name, PrisonCategory category, String healthcareUnit,
      String governorUser, LocalDate employeeLiabilityDueDate) {
    this.caseId = caseId;
    this.lot = lot;
    this.name = name;
    this.category = category;
    this.healthcareUnit = healthcareUnit;
    this.governorUser = governorUser;
    this.goLiveDate = lot.getGoLiveDate();
    this.employeeLiabilityDueDate = employeeLiabilityDueDate;
    this.status = Status.MOBILISING;
  }

  void employeeLiabilityInformationReceived(LocalDate on) {
    this.employeeLiabilityReceivedDate = on;
  }

  void tupeConsultation(LocalDate startedOn, int headcount) {
    this.consultationStartedOn = startedOn;
    this.tupeHeadcount = headcount;
  }

  void vetting(int vetted, int toVet) {
    this.staffVetted = vetted;
    this.staffToVet = toVet;
  }

  void cqc(CqcStatus status) {
    this.cqcStatus = status;
  }

  void informationGovernance(DsptStatus status) {
    this.dsptStatus = status;
  }

  void clinicalIt(LocalDate cutover) {
    this.itCutoverDate = cutover;
  }

  void readiness(RagRating rag, String summary) {
    this.readinessRag = rag;
    this.readinessSummary = summary;
  }

  void decided(GoNoGo decision) {
    this.goNoGo = decision;
    this.status = decision == GoNoGo.GO ? Status.READY : Status.DEFERRED;
  }

  void deferredTo(LocalDate newGoLive) {
    this.goNoGo = GoNoGo.NO_GO;
    this.status = Status.DEFERRED;
    this.goLiveDate = newGoLive;
  }

  void liveOn(LocalDate day) {
    this.status = Status.LIVE;
    this.liveOn = day;
  }

  /** As tasks and approvals name it: "HMP Portland (Lot 3: Dorset)". */
  public String displayName() {
    return name + " (" + lot.displayName() + ")";
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public PrisonLot getLot() {
    return lot;
  }

  public String getName() {
    return name;
  }

  public PrisonCategory getCategory() {
    return category;
  }

  public String getHealthcareUnit() {
    return healthcareUnit;
  }

  public String getGovernorUser() {
    return governorUser;
  }

  public LocalDate getGoLiveDate() {
    return goLiveDate;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getEmployeeLiabilityDueDate() {
    return employeeLiabilityDueDate;
  }

  public LocalDate getEmployeeLiabilityReceivedDate() {
    return employeeLiabilityReceivedDate;
  }

  public LocalDate getConsultationStartedOn() {
    return consultationStartedOn;
  }

  public Integer getTupeHeadcount() {
    return tupeHeadcount;
  }

  public Integer getStaffToVet() {
    return staffToVet;
  }

  public Integer getStaffVetted() {
    return staffVetted;
  }

  public CqcStatus getCqcStatus() {
    return cqcStatus;
  }

  public DsptStatus getDsptStatus() {
    return dsptStatus;
  }

  public LocalDate getItCutoverDate() {
    return itCutoverDate;
  }

  public RagRating getReadinessRag() {
    return readinessRag;
  }

  public String getReadinessSummary() {
    return readinessSummary;
  }

  public GoNoGo getGoNoGo() {
    return goNoGo;
  }

  public LocalDate getLiveOn() {
    return liveOn;
  }
}
