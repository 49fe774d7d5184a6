package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry in a case's append-only event log: who changed what and when, with the changed
 * fields before and after as JSON. Immutable once written.
 */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent extends CaseRecord {

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

  protected CaseEvent() {}

  CaseEvent(CommissioningCase commissioningCase, Instant occurredAt, String actor, String eventType,
      String summary, String before, String after) {
    super(commissioningCase);
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.eventType = eventType;
    this.summary = summary;
    this.before = before;
    this.after = after;
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
}
