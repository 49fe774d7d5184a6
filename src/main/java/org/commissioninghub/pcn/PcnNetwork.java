package org.commissioninghub.pcn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.system.CodedValue;

/**
 * One primary care network of a case, and what its development has recorded: registration and
 * population, the decision on a small network, the network agreement, the clinical director, the
 * nominated payee and DES sign-up, its additional-roles allowance and its development review.
 * Changed only through {@link PcnDevelopmentService}.
 */
@Entity
@Table(name = "pcn_network")
public class PcnNetwork {

  public enum Status implements CodedValue {
    REGISTERING,
    /** Under the population threshold, merged into another network: its development ends. */
    MERGED,
    DEVELOPING,
    /** Its development review is held. */
    DEVELOPED
  }

  /** What the commissioner decided for a network under the population threshold. */
  public enum SmallNetworkDecision implements CodedValue {
    WAIVER,
    MERGER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String odsCode;

  @Column(nullable = false)
  private String place;

  @Column(nullable = false)
  private String contactUser;

  @Column(nullable = false)
  private String contractYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int rawPopulation;

  private Integer weightedPopulation;
  private LocalDate registeredOn;

  @Enumerated(EnumType.STRING)
  private SmallNetworkDecision smallNetworkDecision;

  private String mergedInto;
  private LocalDate agreementSignedOn;
  private String clinicalDirectorName;
  private LocalDate clinicalDirectorConfirmedOn;
  private String nominatedPayee;
  private LocalDate desSignedUpOn;

  @Column(name = "allowance_gbp")
  private BigDecimal allowanceGbp;

  @Enumerated(EnumType.STRING)
  private RagRating developmentRag;

  private LocalDate developmentReviewedOn;

  @Version
  private long version;

  protected PcnNetwork() {}

  PcnNetwork(long caseId, String name, String odsCode, String place, String contactUser, String contractYear,
      int rawPopulation) {
    this.caseId = caseId;
    this.name = name;
    this.odsCode = odsCode;
    this.place = place;
    this.contactUser = contactUser;
    this.contractYear = contractYear;
    this.rawPopulation = rawPopulation;
    this.status = Status.REGISTERING;
  }

  void registered(LocalDate on, int rawPopulation, int weightedPopulation) {
    this.registeredOn = on;
    this.rawPopulation = rawPopulation;
    this.weightedPopulation = weightedPopulation;
  }

  void smallNetwork(SmallNetworkDecision decision, String mergedInto) {
    this.smallNetworkDecision = decision;
    this.mergedInto = mergedInto;
    if (decision == SmallNetworkDecision.MERGER) {
      this.status = Status.MERGED;
    }
  }

  void developing() {
    if (status == Status.REGISTERING) {
      this.status = Status.DEVELOPING;
    }
  }

  void agreementSigned(LocalDate on) {
    this.agreementSignedOn = on;
  }

  void clinicalDirectorNominated(String clinicalDirector) {
    this.clinicalDirectorName = clinicalDirector;
    this.clinicalDirectorConfirmedOn = null;
  }

  void clinicalDirectorConfirmed(LocalDate on) {
    this.clinicalDirectorConfirmedOn = on;
  }

  void signedUp(String payee, LocalDate on) {
    this.nominatedPayee = payee;
    this.desSignedUpOn = on;
  }

  void allowance(BigDecimal allowance) {
    this.allowanceGbp = allowance;
  }

  void reviewed(RagRating rag, LocalDate on) {
    this.developmentRag = rag;
    this.developmentReviewedOn = on;
    this.status = Status.DEVELOPED;
  }

  void contractYear(String contractYear) {
    this.contractYear = contractYear;
  }

  /** As tasks name it: "Belper PCN (Amber Valley)". */
  public String displayName() {
    return name + " (" + place + ")";
  }

  public boolean clinicalDirectorInPlace() {
    return clinicalDirectorConfirmedOn != null;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getName() {
    return name;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public String getPlace() {
    return place;
  }

  public String getContactUser() {
    return contactUser;
  }

  public String getContractYear() {
    return contractYear;
  }

  public Status getStatus() {
    return status;
  }

  public int getRawPopulation() {
    return rawPopulation;
  }

  public Integer getWeightedPopulation() {
    return weightedPopulation;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public SmallNetworkDecision getSmallNetworkDecision() {
    return smallNetworkDecision;
  }

  public String getMergedInto() {
    return mergedInto;
  }

  public LocalDate getAgreementSignedOn() {
    return agreementSignedOn;
  }

  public String getClinicalDirectorName() {
    return clinicalDirectorName;
  }

  public LocalDate getClinicalDirectorConfirmedOn() {
    return clinicalDirectorConfirmedOn;
  }

  public String getNominatedPayee() {
    return nominatedPayee;
  }

  public LocalDate getDesSignedUpOn() {
    return desSignedUpOn;
  }

  public BigDecimal getAllowanceGbp() {
    return allowanceGbp;
  }

  public RagRating getDevelopmentRag() {
    return developmentRag;
  }

  public LocalDate getDevelopmentReviewedOn() {
    return developmentReviewedOn;
  }
}
