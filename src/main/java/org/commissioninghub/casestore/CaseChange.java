package org.commissioninghub.casestore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A change {@link CaseStore} has written to a case, published as a Spring application event inside
 * the transaction that writes it, one per entry of the case's event log. A listener that must see
 * only committed changes (a read model, a digest) uses
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}; a plain {@code @EventListener} runs in
 * the writing transaction and, if it throws, rolls the change back.
 */
public sealed interface CaseChange {

  String reference();

  Programme programme();

  /** Who made the change: a user, an approver from an email link, or {@link CaseStore#SYSTEM_ACTOR}. */
  String actor();

  Instant occurredAt();

  record CaseOpened(String reference, Programme programme, String stage, String actor, Instant occurredAt)
      implements CaseChange {}

  record ProcessStarted(String reference, Programme programme, String processInstanceId, String actor,
      Instant occurredAt) implements CaseChange {}

  record StageChanged(String reference, Programme programme, String fromStage, String toStage, String actor,
      Instant occurredAt) implements CaseChange {}

  /** Fields of the programme's details document changed. */
  record DetailsUpdated(String reference, Programme programme, Set<String> fields, String actor,
      Instant occurredAt) implements CaseChange {}

  record ValueChanged(String reference, Programme programme, BigDecimal fromGbp, BigDecimal toGbp, String actor,
      Instant occurredAt) implements CaseChange {}

  record RagChanged(String reference, Programme programme, RagRating from, RagRating to, String actor,
      Instant occurredAt) implements CaseChange {}

  record DecisionRecorded(String reference, Programme programme, String stage, String outcome,
      DecisionChannel channel, String actor, Instant occurredAt) implements CaseChange {}

  record MilestoneAdded(String reference, Programme programme, String name, LocalDate targetDate,
      String actor, Instant occurredAt) implements CaseChange {}

  /** A planned milestone was reached, on the day given. */
  record MilestoneAchieved(String reference, Programme programme, long milestoneId, String name, LocalDate on,
      String actor, Instant occurredAt) implements CaseChange {}

  record RiskRaised(String reference, Programme programme, String description, int score, RiskBand band,
      String owner, String actor, Instant occurredAt) implements CaseChange {}

  /** A risk was re-described, re-scored or closed. */
  record RiskChanged(String reference, Programme programme, long riskId, int score, RiskBand band,
      Risk.Status status, String actor, Instant occurredAt) implements CaseChange {}

  /** The case closed (its work finished) or was cancelled (its work stopped). */
  record CaseEnded(String reference, Programme programme, CaseStatus status, String reason, String actor,
      Instant occurredAt) implements CaseChange {}

  record TaskCompleted(String reference, Programme programme, String taskName, String processInstanceId,
      String actor, Instant occurredAt) implements CaseChange {}

  record ParticipantAdded(String reference, Programme programme, String userId, String part, String actor,
      Instant occurredAt) implements CaseChange {}

  /** Something happened to the case without changing its fields, such as a reminder sent ({@code eventType}). */
  record Noted(String reference, Programme programme, String eventType, String summary, String actor,
      Instant occurredAt) implements CaseChange {}
}
