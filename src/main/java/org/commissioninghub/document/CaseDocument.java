package org.commissioninghub.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a case, or to one of its items: what it is, who attached it and when, and, once
 * withdrawn, who withdrew it and why. The bytes are in a {@link DocumentStore}.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  private String itemKind;
  private String itemKey;
  private String itemLabel;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String contentType;

  @Column(nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private String attachedBy;

  @Column(nullable = false)
  private Instant attachedAt;

  private String withdrawnBy;
  private Instant withdrawnAt;
  private String withdrawalReason;

  protected CaseDocument() {}

  CaseDocument(long caseId, CaseItem item, String title, String description, String fileName, String contentType,
      long sizeBytes, String sha256, String attachedBy, Instant attachedAt) {
    this.caseId = caseId;
    if (item != null) {
      this.itemKind = item.kind().id();
      this.itemKey = item.key();
      this.itemLabel = item.label();
    }
    this.title = title;
    this.description = description;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.attachedBy = attachedBy;
    this.attachedAt = attachedAt;
  }

  void withdraw(String by, Instant at, String reason) {
    this.withdrawnBy = by;
    this.withdrawnAt = at;
    this.withdrawalReason = reason;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  /** The item it belongs to, such as {@code lot} 2; null when it is the whole case's. */
  public String getItemKind() {
    return itemKind;
  }

  public String getItemKey() {
    return itemKey;
  }

  /** The item as people read it, such as "Lot 2: Plymouth urgent care"; null for the whole case. */
  public String getItemLabel() {
    return itemLabel;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getAttachedBy() {
    return attachedBy;
  }

  public Instant getAttachedAt() {
    return attachedAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }
}
