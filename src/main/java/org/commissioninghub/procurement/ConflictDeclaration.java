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
import org.commissioninghub.system.CodedValue;

/**
 * A person's declaration of conflicts of interest in a lot (Regulation 21), made before they score
 * or decide in a capacity: a panel member, the assessor of a provider, an approver of the award.
 * A conflicted person takes no part in that lot in that capacity.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration {

  /** The part a person plays in a lot's procurement, for which they declare. */
  public enum Capacity implements CodedValue {
    EVALUATION_PANEL("evaluation panel member"),
    ASSESSOR("assessor of the provider"),
    AWARD_APPROVER("approver of the award");

    private final String description;

    Capacity(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Column(nullable = false)
  private String person;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Capacity capacity;

  private boolean conflicted;

  private String interest;

  @Column(nullable = false)
  private Instant declaredAt;

  protected ConflictDeclaration() {}

  ConflictDeclaration(Lot lot, String person, Capacity capacity) {
    this.lot = lot;
    this.person = person;
    this.capacity = capacity;
  }

  void declare(boolean conflicted, String interest, Instant at) {
    this.conflicted = conflicted;
    this.interest = interest;
    this.declaredAt = at;
  }

  public Long getId() {
    return id;
  }

  public Lot getLot() {
    return lot;
  }

  public String getPerson() {
    return person;
  }

  public Capacity getCapacity() {
    return capacity;
  }

  public boolean isConflicted() {
    return conflicted;
  }

  public String getInterest() {
    return interest;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
