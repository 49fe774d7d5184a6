package org.commissioninghub.dental.contract;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.system.CodedValue;

/**
 * The contract of one awarded dental lot: mobilised, handed over, managed year by year for its
 * term, then ended. Changed only through {@link DentalContractService}, which logs each change on
 * the case.
 */
@Entity
@Table(name = "dental_contract")
public class DentalContract {

  public enum Status implements CodedValue {
    MOBILISING,
    ACTIVE,
    ENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String provider;
  private String premisesAddress;
  private String premisesNotes;
  private String performersChecked;
  private LocalDate performerListCheckedOn;
  private String cqcProviderId;
  private String cqcNotes;
  private String nhsbsaContractNumber;
  private String nhsbsaNotes;
  private BigDecimal annualContractValue;
  private Integer termYears;
  private LocalDate startDate;
  private LocalDate endDate;
  private String handoverNotes;
  private Boolean recommissioned;
  private String recommissioningNotes;
  private String successorCaseReference;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<ContractYear> years = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ContractNotice> notices = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ContractVariation> variations = new ArrayList<>();

  @Version
  private long version;

  protected DentalContract() {}

  DentalContract(CommissioningCase commissioningCase, Lot lot) {
    this.commissioningCase = commissioningCase;
    this.lot = lot;
    this.provider = lot.getAwardedTo();
    this.status = Status.MOBILISING;
  }

  void confirmPremises(String address, String notes) {
    this.premisesAddress = address;
    this.premisesNotes = notes;
  }

  void checkPerformerList(String performers, LocalDate checkedOn) {
    this.performersChecked = performers;
    this.performerListCheckedOn = checkedOn;
  }

  void confirmCqcRegistration(String providerId, String notes) {
    this.cqcProviderId = providerId;
    this.cqcNotes = notes;
  }

  void setUpWithNhsbsa(String contractNumber, BigDecimal annualValue, int term, String notes) {
    this.nhsbsaContractNumber = contractNumber;
    this.annualContractValue = annualValue;
    this.termYears = term;
    this.nhsbsaNotes = notes;
  }

  /** Starts the term: its contract years replace any planned before (a handover answered again). */
  void handOver(LocalDate start, LocalDate end, String notes, List<ContractYear> planned) {
    this.startDate = start;
    this.endDate = end;
    this.handoverNotes = notes;
    this.status = Status.ACTIVE;
    this.years.clear();
    this.years.addAll(planned);
  }

  void decideRecommissioning(boolean recommission, String notes) {
    this.recommissioned = recommission;
    this.recommissioningNotes = notes;
  }

  void succeededBy(String caseReference) {
    this.successorCaseReference = caseReference;
  }

  void end() {
    this.status = Status.ENDED;
  }

  ContractNotice addNotice(ContractNotice notice) {
    notices.add(notice);
    return notice;
  }

  ContractVariation addVariation(ContractVariation variation) {
    variations.add(variation);
    return variation;
  }

  public Optional<ContractYear> year(int number) {
    return years.stream().filter(year -> year.getNumber() == number).findFirst();
  }

  /** The activity the lot is contracted in: UDA, UOA, or none (special care, oral surgery). */
  public String activityUnit() {
    if (lot.getContractedUdas() != null) {
      return "UDA";
    }
    return lot.getContractedUoas() != null ? "UOA" : null;
  }

  /** The activity contracted a year, in {@link #activityUnit()}. */
  public Integer annualContractedUnits() {
    return lot.getContractedUdas() != null ? lot.getContractedUdas() : lot.getContractedUoas();
  }

  public Long getId() {
    return id;
  }

  public CommissioningCase getCommissioningCase() {
    return commissioningCase;
  }

  public Lot getLot() {
    return lot;
  }

  public Status getStatus() {
    return status;
  }

  public String getProvider() {
    return provider;
  }

  public String getPremisesAddress() {
    return premisesAddress;
  }

  public String getPremisesNotes() {
    return premisesNotes;
  }

  public String getPerformersChecked() {
    return performersChecked;
  }

  public LocalDate getPerformerListCheckedOn() {
    return performerListCheckedOn;
  }

  public String getCqcProviderId() {
    return cqcProviderId;
  }

  public String getCqcNotes() {
    return cqcNotes;
  }

  public String getNhsbsaContractNumber() {
    return nhsbsaContractNumber;
  }

  public String getNhsbsaNotes() {
    return nhsbsaNotes;
  }

  public BigDecimal getAnnualContractValue() {
    return annualContractValue;
  }

  public Integer getTermYears() {
    return termYears;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getHandoverNotes() {
    return handoverNotes;
  }

  public Boolean getRecommissioned() {
    return recommissioned;
  }

  public String getRecommissioningNotes() {
    return recommissioningNotes;
  }

  public String getSuccessorCaseReference() {
    return successorCaseReference;
  }

  public List<ContractYear> getYears() {
    return List.copyOf(years);
  }

  public List<ContractNotice> getNotices() {
    return List.copyOf(notices);
  }

  public List<ContractVariation> getVariations() {
    return List.copyOf(variations);
  }
}
