package org.commissioninghub.casestore;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OptimisticLock;

/**
 * A commissioning case: one programme of work (a procurement, a recommissioning, a delegation)
 * and the aggregate root of the case store. Changes go through {@link CaseStore}, which writes
 * the event log for each of them.
 */
@Entity
@Table(name = "commissioning_case")
public class CommissioningCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(nullable = false, unique = true, updatable = false)
  private String reference;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Programme programme;

  private String commissioner;

  @Column(name = "integrated_care_system")
  private String integratedCareSystem;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  private String currentStage;

  @Enumerated(EnumType.STRING)
  private RagRating ragRating;

  private LocalDate targetStartDate;
  private LocalDate actualStartDate;
  private LocalDate targetEndDate;
  private LocalDate actualEndDate;

  /** The day the programme says the work must be done by, from the case's details (ProgrammeProcess#deadline). */
  private LocalDate deadline;

  @Column(precision = 15, scale = 2)
  private BigDecimal valueGbp;

  /** The programme's own fields as a JSON document, validated against the programme's schema. */
  @Column(nullable = false, length = 65535)
  private String details;

  private String processInstanceId;

  @Column(nullable = false, updatable = false)
  private String createdBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  /** When the case entered its current stage. */
  @Column(nullable = false)
  private Instant stageEnteredAt;

  // The time of the latest log entry: written by every change, including the additions that must
  // not conflict with others, so it takes no part in the version check.
  @OptimisticLock(excluded = true)
  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  /** The named person for each role on this case, by role (Camunda group) id. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_named_person", joinColumns = @JoinColumn(name = "case_id"))
  @MapKeyColumn(name = "role_id")
  @Column(name = "user_id", nullable = false)
  private Map<String, String> namedPeople = new HashMap<>();

  /** People the case involves beyond those it names, such as a lot's evaluation panel. */
  @ElementCollection
  @CollectionTable(name = "case_participant", joinColumns = @JoinColumn(name = "case_id"))
  private Set<Participation> participants = new HashSet<>();

  // Entries added to the case's lists (a milestone, a risk, a decision, a log entry) do not change
  // the case's own fields, so they do not conflict with someone changing those at the same time.
  @OptimisticLock(excluded = true)
  @OneToMany(mappedBy = "commissioningCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("targetDate ASC, id ASC")
  private List<Milestone> milestones = new ArrayList<>();

  @OptimisticLock(excluded = true)
  @OneToMany(mappedBy = "commissioningCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("score DESC, id ASC")
  private List<Risk> risks = new ArrayList<>();

  @OptimisticLock(excluded = true)
  @OneToMany(mappedBy = "commissioningCase", cascade = CascadeType.ALL)
  @OrderBy("decidedAt ASC, id ASC")
  private List<Decision> decisions = new ArrayList<>();

  @OptimisticLock(excluded = true)
  @OneToMany(mappedBy = "commissioningCase", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt ASC, id ASC")
  private List<CaseEvent> events = new ArrayList<>();

  protected CommissioningCase() {}

  CommissioningCase(String reference, Programme programme, String title, String createdBy, Instant now) {
    this.reference = reference;
    this.programme = programme;
    this.title = title;
    this.status = CaseStatus.OPEN;
    this.details = "{}";
    this.createdBy = createdBy;
    this.createdAt = now;
    this.stageEnteredAt = now;
    this.updatedAt = now;
  }

  void addEvent(CaseEvent event) {
    events.add(event);
    updatedAt = event.getOccurredAt();
  }

  void addDecision(Decision decision) {
    decisions.add(decision);
  }

  void addMilestone(Milestone milestone) {
    milestones.add(milestone);
  }

  void addRisk(Risk risk) {
    risks.add(risk);
  }

  /** Adds the participation unless the case has it already; answers whether it was new. */
  boolean addParticipant(Participation participation) {
    return participants.add(participation);
  }

  /** Whether the case names the user for a role or involves them in some part. */
  public boolean involves(String userId) {
    return namedPeople.containsValue(userId)
        || participants.stream().anyMatch(participation -> participation.getUserId().equals(userId));
  }

  public Set<Participation> getParticipants() {
    return Collections.unmodifiableSet(participants);
  }

  public Optional<String> namedPersonFor(String roleId) {
    return Optional.ofNullable(namedPeople.get(roleId));
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getTitle() {
    return title;
  }

  void setTitle(String title) {
    this.title = title;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getCommissioner() {
    return commissioner;
  }

  void setCommissioner(String commissioner) {
    this.commissioner = commissioner;
  }

  public String getIntegratedCareSystem() {
    return integratedCareSystem;
  }

  void setIntegratedCareSystem(String integratedCareSystem) {
    this.integratedCareSystem = integratedCareSystem;
  }

  public CaseStatus getStatus() {
    return status;
  }

  void setStatus(CaseStatus status) {
    this.status = status;
  }

  public String getCurrentStage() {
    return currentStage;
  }

  void setCurrentStage(String currentStage) {
    this.currentStage = currentStage;
  }

  public Instant getStageEnteredAt() {
    return stageEnteredAt;
  }

  /** Moves the case to a stage it enters at the given time. */
  void enterStage(String stage, Instant at) {
    this.currentStage = stage;
    this.stageEnteredAt = at;
  }

  public RagRating getRagRating() {
    return ragRating;
  }

  void setRagRating(RagRating ragRating) {
    this.ragRating = ragRating;
  }

  public LocalDate getTargetStartDate() {
    return targetStartDate;
  }

  void setTargetStartDate(LocalDate targetStartDate) {
    this.targetStartDate = targetStartDate;
  }

  public LocalDate getActualStartDate() {
    return actualStartDate;
  }

  void setActualStartDate(LocalDate actualStartDate) {
    this.actualStartDate = actualStartDate;
  }

  public LocalDate getTargetEndDate() {
    return targetEndDate;
  }

  void setTargetEndDate(LocalDate targetEndDate) {
    this.targetEndDate = targetEndDate;
  }

  public LocalDate getActualEndDate() {
    return actualEndDate;
  }

  void setActualEndDate(LocalDate actualEndDate) {
    this.actualEndDate = actualEndDate;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public BigDecimal getValueGbp() {
    return valueGbp;
  }

  void setValueGbp(BigDecimal valueGbp) {
    this.valueGbp = valueGbp;
  }

  public String getDetails() {
    return details;
  }

  void setDetails(String details) {
    this.details = details;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  public Map<String, String> getNamedPeople() {
    return Collections.unmodifiableMap(namedPeople);
  }

  void setNamedPeople(Map<String, String> namedPeople) {
    this.namedPeople.clear();
    this.namedPeople.putAll(namedPeople);
  }

  public List<Milestone> getMilestones() {
    return Collections.unmodifiableList(milestones);
  }

  public List<Risk> getRisks() {
    return Collections.unmodifiableList(risks);
  }

  public List<Decision> getDecisions() {
    return Collections.unmodifiableList(decisions);
  }

  public List<CaseEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
