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

/**
 * One score for one bid against one key criterion: an evaluator's own score, or (moderated) the
 * panel's consensus score that the ranking uses.
 */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bid_id")
  private Bid bid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KeyCriterion criterion;

  @Column(nullable = false)
  private String evaluator;

  private boolean moderated;

  private int score;

  @Column(name = "comment_text")
  private String comment;

  protected EvaluationScore() {}

  EvaluationScore(Bid bid, KeyCriterion criterion, String evaluator, boolean moderated, int score,
      String comment) {
    this.bid = bid;
    this.criterion = criterion;
    this.evaluator = evaluator;
    this.moderated = moderated;
    this.comment = comment;
    rescore(score, comment);
  }

  void rescore(int score, String comment) {
    if (score < 0 || score > KeyCriterion.MAX_SCORE) {
      throw new IllegalArgumentException("a score runs from 0 to " + KeyCriterion.MAX_SCORE + ", not " + score);
    }
    this.score = score;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public Bid getBid() {
    return bid;
  }

  public KeyCriterion getCriterion() {
    return criterion;
  }

  public String getEvaluator() {
    return evaluator;
  }

  public boolean isModerated() {
    return moderated;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }
}
