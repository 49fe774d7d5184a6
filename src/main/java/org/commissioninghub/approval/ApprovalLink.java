package org.commissioninghub.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A sign-off link sent by email: bound to one approval task and one approver, valid until it
 * expires, usable once. Only the SHA-256 hash of its token is stored.
 */
@Entity
@Table(name = "approval_link")
class ApprovalLink {

  enum Purpose {
    REQUEST,
    REMINDER,
    ESCALATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String tokenHash;

  @Column(nullable = false, updatable = false)
  private String taskId;

  @Column(nullable = false, updatable = false)
  private String processInstanceId;

  @Column(nullable = false, updatable = false)
  private String caseReference;

  @Column(nullable = false, updatable = false)
  private String approver;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false, updatable = false)
  private Instant expiresAt;

  private Instant usedAt;

  private Instant revokedAt;

  @Version
  private long version;

  protected ApprovalLink() {}

  ApprovalLink(String tokenHash, String taskId, String processInstanceId, String caseReference, String approver,
      Purpose purpose, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.caseReference = caseReference;
    this.approver = approver;
    this.purpose = purpose;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  void revoke(Instant now) {
    if (usedAt == null && revokedAt == null) {
      this.revokedAt = now;
    }
  }

  String getTaskId() {
    return taskId;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getCaseReference() {
    return caseReference;
  }

  String getApprover() {
    return approver;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getUsedAt() {
    return usedAt;
  }

  Instant getRevokedAt() {
    return revokedAt;
  }
}
