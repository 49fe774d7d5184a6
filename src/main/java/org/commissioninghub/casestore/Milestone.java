package org.commissioninghub.casestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated point in a case's plan, such as "Contract awarded" or "Service go-live". */
@Entity
@Table(name = "case_milestone")
public class Milestone extends CaseRecord {

  public enum Status {
    PLANNED,
    ACHIEVED,
    MISSED,
    /** No longer due: its case ended before its target date. Neither met nor missed. */
    WITHDRAWN
  }

  @Column(nullable = false)
  private String name;

  private LocalDate targetDate;

  private LocalDate actualDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected Milestone() {}

  Milestone(CommissioningCase commissioningCase, String name, LocalDate targetDate) {
    super(commissioningCase);
    this.name = name;
    this.targetDate = targetDate;
    this.status = Status.PLANNED;
  }

  void retarget(LocalDate targetDate) {
    this.targetDate = targetDate;
  }

  void withdraw() {
    this.status = Status.WITHDRAWN;
  }

  void achieve(LocalDate on) {
    this.actualDate = on;
    this.status = Status.ACHIEVED;
  }

  public String getName() {
    return name;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public LocalDate getActualDate() {
    return actualDate;
  }

  public Status getStatus() {
    return status;
  }
}
