package org.commissioninghub.procurement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.casestore.CommissioningCase;

/** One lot of a procurement: what is bought, by which PSR route, and how far it has got. */
@Entity
@Table(name = "procurement_lot")
public class Lot {

  public enum Status {
    PLANNED,
    IN_PROCUREMENT,
    STANDSTILL,
    AWARDED,
    ABANDONED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  private int lotNumber;

  @Column(nullable = false)
  private String name;

  /** The programme's code for what the lot buys, such as {@code orthodontic}; see {@link LotPlan}. */
  private String serviceType;

  private String contractForm;

  private Integer contractedUdas;

  private Integer contractedUoas;

  // The lot's answers to the PSR questions: each lot is its own contract with its own incumbent.
  private Boolean psrNewService;
  private Boolean psrOnlyOneCapableProvider;
  private Boolean psrPatientChoiceAllQualifying;
  private Boolean psrIncumbentPerforming;
  private Boolean psrMateriallyDifferent;
  private Boolean psrMostSuitableIdentifiable;
  private BigDecimal psrExistingValue;
  private BigDecimal psrChangeValue;
  private Boolean psrConsiderableChange;
  private String psrAnsweredBy;

  /** What the PSR route decision table recommended from the answers, and why. */
  private String recommendedRoute;
  private String recommendedRouteReason;

  /** The route confirmed for the lot, and the reason recorded with it. */
  private String route;

  private String routeReason;

  private String routeConfirmedBy;

  /** The exclusion and debarment check of the provider on a route without bids. */
  private String exclusionCheckedProvider;
  private String exclusionCheckOutcome;
  private String exclusionReason;
  private String exclusionCheckedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private Instant clarificationDeadline;
  private Instant tenderDeadline;
  private Instant standstillStart;
  private Instant standstillEnd;
  private String awardedTo;
  private Instant awardedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lot_criterion_weight", joinColumns = @JoinColumn(name = "lot_id"))
  @MapKeyColumn(name = "criterion")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "weight", nullable = false)
  private Map<KeyCriterion, Integer> weights = new HashMap<>();

  /** The role that approves this lot's award: its members read the bids and scores. */
  private String awardApproverRole;

  /** The evaluation panel: each member scores every bid in the running. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lot_panel_member", joinColumns = @JoinColumn(name = "lot_id"))
  @Column(name = "user_id", nullable = false)
  private Set<String> panelMembers = new HashSet<>();

  @Version
  private long version;

  protected Lot() {}

  Lot(CommissioningCase commissioningCase, int lotNumber, LotPlan plan) {
    this.commissioningCase = commissioningCase;
    this.lotNumber = lotNumber;
    this.name = plan.name();
    this.serviceType = plan.serviceType();
    this.contractForm = plan.contractForm();
    this.contractedUdas = plan.contractedUdas();
    this.contractedUoas = plan.contractedUoas();
    this.status = Status.PLANNED;
  }

  void answerPsrQuestions(PsrAnswers answers, boolean considerableChange, String answeredBy) {
    this.psrNewService = answers.newService();
    this.psrOnlyOneCapableProvider = answers.onlyOneCapableProvider();
    this.psrPatientChoiceAllQualifying = answers.patientChoiceAllQualifying();
    this.psrIncumbentPerforming = answers.incumbentPerforming();
    this.psrMateriallyDifferent = answers.materiallyDifferentInCharacter();
    this.psrMostSuitableIdentifiable = answers.mostSuitableProviderIdentifiable();
    this.psrExistingValue = answers.existingValue();
    this.psrChangeValue = answers.changeValue();
    this.psrConsiderableChange = considerableChange;
    this.psrAnsweredBy = answeredBy;
  }

  void recommendRoute(String route, String reason) {
    this.recommendedRoute = route;
    this.recommendedRouteReason = reason;
  }

  void chooseRoute(String route, String reason, String confirmedBy) {
    this.route = route;
    this.routeReason = reason;
    this.routeConfirmedBy = confirmedBy;
    this.status = Status.IN_PROCUREMENT;
  }

  void checkExclusions(String provider, String outcome, String reason, String checkedBy) {
    this.exclusionCheckedProvider = provider;
    this.exclusionCheckOutcome = outcome;
    this.exclusionReason = reason;
    this.exclusionCheckedBy = checkedBy;
  }

  void plan(Map<KeyCriterion, Integer> weights, Instant clarificationDeadline, Instant tenderDeadline,
      Collection<String> panelMembers, String awardApproverRole) {
    this.weights.clear();
    this.weights.putAll(weights);
    this.clarificationDeadline = clarificationDeadline;
    this.tenderDeadline = tenderDeadline;
    this.panelMembers.clear();
    this.panelMembers.addAll(panelMembers);
    this.awardApproverRole = awardApproverRole;
  }

  /** A member of the evaluation panel who covers for one stood down joins the lot's panel. */
  void joinPanel(String panelMember) {
    this.panelMembers.add(panelMember);
  }

  /** A panel member who declared a conflict of interest leaves the lot's panel. */
  void standDown(String panelMember) {
    this.panelMembers.remove(panelMember);
  }

  void startStandstill(Instant start, Instant end) {
    this.standstillStart = start;
    this.standstillEnd = end;
    this.status = Status.STANDSTILL;
  }

  void extendStandstill(Instant end) {
    this.standstillEnd = end;
  }

  void award(String provider, Instant at) {
    this.awardedTo = provider;
    this.awardedAt = at;
    this.status = Status.AWARDED;
  }

  void abandon() {
    this.status = Status.ABANDONED;
  }

  public Long getId() {
    return id;
  }

  public CommissioningCase getCommissioningCase() {
    return commissioningCase;
  }

  public int getLotNumber() {
    return lotNumber;
  }

  public String getName() {
    return name;
  }

  /** The lot as people know it: "Lot 2: South Devon urgent care". */
  public String displayName() {
    return "Lot " + lotNumber + ": " + name;
  }

  /**
   * What the lot is worth as far as the case knows: its current contract's value plus the change the
   * commissioner is making, from its PSR answers; none before they are answered.
   */
  public BigDecimal estimatedValue() {
    if (psrExistingValue == null && psrChangeValue == null) {
      return null;
    }
    return (psrExistingValue == null ? BigDecimal.ZERO : psrExistingValue)
        .add(psrChangeValue == null ? BigDecimal.ZERO : psrChangeValue);
  }

  public String getServiceType() {
    return serviceType;
  }

  public String getContractForm() {
    return contractForm;
  }

  public Integer getContractedUdas() {
    return contractedUdas;
  }

  public Integer getContractedUoas() {
    return contractedUoas;
  }

  /** The lot's answers to the PSR questions, or null before they are answered. */
  public PsrAnswers getPsrAnswers() {
    if (psrNewService == null) {
      return null;
    }
    return new PsrAnswers(psrNewService, psrOnlyOneCapableProvider, psrPatientChoiceAllQualifying,
        psrIncumbentPerforming, Boolean.TRUE.equals(psrMateriallyDifferent), psrMostSuitableIdentifiable,
        psrExistingValue, psrChangeValue);
  }

  public Boolean getPsrConsiderableChange() {
    return psrConsiderableChange;
  }

  public String getPsrAnsweredBy() {
    return psrAnsweredBy;
  }

  public String getRecommendedRoute() {
    return recommendedRoute;
  }

  public String getRecommendedRouteReason() {
    return recommendedRouteReason;
  }

  public String getRouteConfirmedBy() {
    return routeConfirmedBy;
  }

  public String getExclusionCheckedProvider() {
    return exclusionCheckedProvider;
  }

  public String getExclusionCheckOutcome() {
    return exclusionCheckOutcome;
  }

  public String getExclusionReason() {
    return exclusionReason;
  }

  public String getExclusionCheckedBy() {
    return exclusionCheckedBy;
  }

  public String getRoute() {
    return route;
  }

  public String getRouteReason() {
    return routeReason;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getClarificationDeadline() {
    return clarificationDeadline;
  }

  public Instant getTenderDeadline() {
    return tenderDeadline;
  }

  public Instant getStandstillStart() {
    return standstillStart;
  }

  public Instant getStandstillEnd() {
    return standstillEnd;
  }

  public String getAwardedTo() {
    return awardedTo;
  }

  public Instant getAwardedAt() {
    return awardedAt;
  }

  public String getAwardApproverRole() {
    return awardApproverRole;
  }

  public Set<String> getPanelMembers() {
    return Collections.unmodifiableSet(panelMembers);
  }

  public Map<KeyCriterion, Integer> getWeights() {
    return weights.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(weights));
  }
}
