package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.commissioninghub.system.CodedValue;

/** An entry in a case's risk log, scored as likelihood times impact on the NHS 5x5 matrix. */
@Entity
@Table(name = "case_risk")
public class Risk extends CaseRecord {

  public enum Status implements CodedValue {
    OPEN,
    MITIGATED,
    CLOSED
  }

  @Column(nullable = false)
  private String description;

  private int likelihood;

  private int impact;

  /** Derived from likelihood and impact; stored, with its band, so that risk logs sort and filter by them. */
  private int score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskBand band;

  private String owner;

  private String mitigation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected Risk() {}

  Risk(CommissioningCase commissioningCase, String description, int likelihood, int impact,
      String owner, String mitigation) {
    super(commissioningCase);
    this.description = description;
    this.owner = owner;
    this.mitigation = mitigation;
    this.status = Status.OPEN;
    rate(likelihood, impact);
  }

  void rate(int likelihood, int impact) {
    requireOnScale("likelihood", likelihood);
    requireOnScale("impact", impact);
    this.likelihood = likelihood;
    this.impact = impact;
    this.score = likelihood * impact;
    this.band = RiskBand.of(score);
  }

  void describe(String description, String owner, String mitigation) {
    this.description = description;
    this.owner = owner;
    this.mitigation = mitigation;
  }

  void setStatus(Status status) {
    this.status = status;
  }

  boolean isOpen() {
    return status != Status.CLOSED;
  }

  private static void requireOnScale(String name, int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException(name + " must be between 1 and 5, was " + value);
    }
  }

  public String getDescription() {
    return description;
  }

  public int getLikelihood() {
    return likelihood;
  }

  public int getImpact() {
    return impact;
  }

  public int getScore() {
    return score;
  }

  public RiskBand getBand() {
    return band;
  }

  public String getOwner() {
    return owner;
  }

  public String getMitigation() {
    return mitigation;
  }

  public Status getStatus() {
    return status;
  }
}
