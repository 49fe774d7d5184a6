package org.commissioninghub.prison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One lot of a prison healthcare mobilisation: its prime provider takes over from the incumbent
 * at every site of the lot on the go-live date. Changed only through {@link PrisonMobilisationService}.
 */
@Entity
@Table(name = "prison_lot")
public class PrisonLot {

  public enum Status implements org.commissioninghub.system.CodedValue {
    MOBILISING,
    /** Every site of the lot has gone live. */
    LIVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(nullable = false, updatable = false)
  private int lotNumber;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String primeProvider;

  private String incumbentProvider;

  @Column(nullable = false)
  private LocalDate goLiveDate;

  @Column(nullable = false)
  private LocalDate contractEndDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Version
  private long version;

  protected PrisonLot() {}

  PrisonLot(long caseId, int lotNumber, String name, String primeProvider, String incumbentProvider,
      LocalDate goLiveDate, LocalDate contractEndDate) {
    this.caseId = caseId;
    this.lotNumber = lotNumber;
    this.name = name;
    this.primeProvider = primeProvider;
    this.incumbentProvider = incumbentProvider;
    this.goLiveDate = goLiveDate;
    this.contractEndDate = contractEndDate;
    this.status = Status.MOBILISING;
  }

  void goneLive() {
    status = Status.LIVE;
  }

  /** As tasks and approvals name it: "Lot 3: Dorset". */
  public String displayName() {
    return "Lot " + lotNumber + ": " + name;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public int getLotNumber() {
    return lotNumber;
  }

  public String getName() {
    return name;
  }

  public String getPrimeProvider() {
    return primeProvider;
  }

  public String getIncumbentProvider() {
    return incumbentProvider;
  }

  public LocalDate getGoLiveDate() {
    return goLiveDate;
  }

  public LocalDate getContractEndDate() {
    return contractEndDate;
  }

  public Status getStatus() {
    return status;
  }
}
