package org.commissioninghub.workitem;

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
import java.time.LocalDate;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.RagRating;

/**
 * A strand of work on one item of a case, such as "Workforce and TUPE" at the site "HMP Bristol":
 * owned by a role and perhaps a named person, with its status, RAG rating, due date and evidence.
 * Changed only through {@link WorkstreamService}, which writes each change to the case's log.
 */
@Entity
@Table(name = "workstream")
public class Workstream {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  /** The same column as the case, readable without loading the case. */
  @Column(name = "case_id", insertable = false, updatable = false)
  private Long caseId;

  /** The lot of the case the item belongs to, if any. */
  private Long lotId;

  /** What the workstream is about within the case: a site, a PCN, a lot; a short label. */
  @Column(nullable = false)
  private String item;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String ownerRole;

  private String ownerUser;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorkstreamStatus status;

  @Enumerated(EnumType.STRING)
  private RagRating ragRating;

  private LocalDate dueDate;

  /** What shows the work is done: a note or a link to the document. */
  private String evidence;

  @Column(nullable = false)
  private String updatedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Workstream() {}

  Workstream(CommissioningCase commissioningCase, Long lotId, String item, String name, String ownerRole,
      String ownerUser, LocalDate dueDate, String createdBy, Instant createdAt) {
    this.commissioningCase = commissioningCase;
    this.caseId = commissioningCase.getId();
    this.lotId = lotId;
    this.item = item;
    this.name = name;
    this.ownerRole = ownerRole;
    this.ownerUser = ownerUser;
    this.dueDate = dueDate;
    this.status = WorkstreamStatus.NOT_STARTED;
    this.updatedBy = createdBy;
    this.updatedAt = createdAt;
  }

  void report(WorkstreamStatus status, RagRating ragRating, String evidence, String by, Instant at) {
    this.status = status;
    this.ragRating = ragRating;
    this.evidence = evidence;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** How people read which workstream it is: "Workforce and TUPE (HMP Bristol)". */
  public String label() {
    return name + " (" + item + ")";
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getLotId() {
    return lotId;
  }

  public String getItem() {
    return item;
  }

  public String getName() {
    return name;
  }

  public String getOwnerRole() {
    return ownerRole;
  }

  public String getOwnerUser() {
    return ownerUser;
  }

  public WorkstreamStatus getStatus() {
    return status;
  }

  public RagRating getRagRating() {
    return ragRating;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
