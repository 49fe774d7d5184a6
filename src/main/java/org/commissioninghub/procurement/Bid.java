package org.commissioninghub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A bid for a lot: compliance, exclusion, and its place in the ranking once moderated. */
@Entity
@Table(name = "procurement_bid")
public class Bid {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Column(nullable = false)
  private String bidder;

  private Boolean compliant;

  private String complianceNote;

  private boolean excluded;

  private String exclusionReason;

  @Column(precision = 7, scale = 2)
  private BigDecimal weightedScore;

  @Column(name = "bid_rank")
  private Integer rank;

  protected Bid() {}

  Bid(Lot lot, String bidder) {
    this.lot = lot;
    this.bidder = bidder;
  }

  void checkCompliance(boolean compliant, String note) {
    this.compliant = compliant;
    this.complianceNote = note;
  }

  void exclude(String reason) {
    this.excluded = true;
    this.exclusionReason = reason;
    this.rank = null;
  }

  void rank(BigDecimal weightedScore, Integer rank) {
    this.weightedScore = weightedScore;
    this.rank = rank;
  }

  boolean isInTheRunning() {
    return Boolean.TRUE.equals(compliant) && !excluded;
  }

  public Long getId() {
    return id;
  }

  public Lot getLot() {
    return lot;
  }

  public String getBidder() {
    return bidder;
  }

  public Boolean getCompliant() {
    return compliant;
  }

  public String getComplianceNote() {
    return complianceNote;
  }

  public boolean isExcluded() {
    return excluded;
  }

  public String getExclusionReason() {
    return exclusionReason;
  }

  public BigDecimal getWeightedScore() {
    return weightedScore;
  }

  public Integer getRank() {
    return rank;
  }
}
