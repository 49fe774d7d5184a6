package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry in a case's append-only event log: who changed what and when, with the changed
 * fields before and after as JSON. Immutable once written.
 *
 * <p>Its id is drawn from a sequence 50 at a time (V31), not from an identity column as the case's
 * other records are: a command that adds several entries (a task completed, its answers recorded,
 * the stage moved) has them written in one batch, where an identity id had each written on its own
 * as soon as it was added, to learn its id.
 */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_ids")
  @SequenceGenerator(name = "case_event_ids", sequenceName = "case_event_ids", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommissioningCase commissioningCase;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String eventType;

  @Column(nullable = false)
  private String summary;

  @Column(name = "before_state", length = 65535)
  private String before;

  @Column(name = "after_state", length = 65535)
  private String after;

  private String processInstanceId;

  private String restrictedTo;

  protected CaseEvent() {}

  CaseEvent(CommissioningCase commissioningCase, Instant occurredAt, String actor, String eventType,
      String summary, String before, String after, EventScope scope) {
    this.commissioningCase = commissioningCase;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.eventType = eventType;
    this.summary = summary;
    this.before = before;
    this.after = after;
    this.processInstanceId = scope.processInstanceId();
    this.restrictedTo = scope.restrictedTo();
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEventType() {
    return eventType;
  }

  public String getSummary() {
    return summary;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  /** The process instance the event happened in, where a process step made it. */
  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** Who beyond the case's readers' rule may read it, as a {@link RestrictedRecords} key; null for all of them. */
  public String getRestrictedTo() {
    return restrictedTo;
  }
}
