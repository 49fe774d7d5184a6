package org.commissioninghub.procurement;

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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A notice published for a lot: the tender, the intention to award, or the award. */
@Entity
@Immutable
@Table(name = "procurement_notice")
public class ProcurementNotice {

  public enum Type {
    TENDER,
    INTENTION_TO_AWARD,
    AWARD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Type noticeType;

  @Column(nullable = false)
  private Instant publishedAt;

  private String reference;

  private String summary;

  protected ProcurementNotice() {}

  ProcurementNotice(Lot lot, Type noticeType, Instant publishedAt, String reference, String summary) {
    this.lot = lot;
    this.noticeType = noticeType;
    this.publishedAt = publishedAt;
    this.reference = reference;
    this.summary = summary;
  }

  public Long getId() {
    return id;
  }

  public Lot getLot() {
    return lot;
  }

  public Type getNoticeType() {
    return noticeType;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getReference() {
    return reference;
  }

  public String getSummary() {
    return summary;
  }
}
