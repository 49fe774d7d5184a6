package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A recorded decision on a case: who decided what at which stage, when, and through which channel. */
@Entity
@Immutable
@Table(name = "case_decision")
public class Decision extends CaseRecord {

  @Column(nullable = false)
  private String stage;

  @Column(nullable = false)
  private String outcome;

  @Column(nullable = false)
  private String decidedBy;

  @Column(nullable = false)
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionChannel channel;

  @Column(name = "comment_text")
  private String comment;

  /** When the approval this decides was asked for; null for a decision that answered no request. */
  private Instant requestedAt;

  private Long turnaroundSeconds;

  protected Decision() {}

  Decision(CommissioningCase commissioningCase, String stage, String outcome, String decidedBy,
      Instant decidedAt, DecisionChannel channel, String comment, Instant requestedAt) {
    super(commissioningCase);
    this.requestedAt = requestedAt;
    this.turnaroundSeconds = requestedAt == null ? null : java.time.Duration.between(requestedAt, decidedAt).toSeconds();
    this.stage = stage;
    this.outcome = outcome;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.channel = channel;
    this.comment = comment;
  }

  public String getStage() {
    return stage;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public DecisionChannel getChannel() {
    return channel;
  }

  public String getComment() {
    return comment;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }
}
