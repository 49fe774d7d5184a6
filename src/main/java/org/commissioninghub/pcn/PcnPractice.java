package org.commissioninghub.pcn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One member practice of a primary care network: its list size, when it signed the network agreement, any opt-out. */
@Entity
@Table(name = "pcn_practice")
public class PcnPractice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "network_id", nullable = false, updatable = false)
  private Long networkId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String odsCode;

  @Column(nullable = false)
  private int listSize;

  private LocalDate agreementSignedOn;
  private LocalDate optedOutOn;

  protected PcnPractice() {}

  PcnPractice(long caseId, long networkId, String name, String odsCode, int listSize) {
    this.caseId = caseId;
    this.networkId = networkId;
    this.name = name;
    this.odsCode = odsCode;
    this.listSize = listSize;
  }

  void agreementSigned(LocalDate on) {
    this.agreementSignedOn = on;
  }

  void optedOut(LocalDate on) {
    this.optedOutOn = on;
  }

  public boolean inNetwork() {
    return optedOutOn == null;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getNetworkId() {
    return networkId;
  }

  public String getName() {
    return name;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public int getListSize() {
    return listSize;
  }

  public LocalDate getAgreementSignedOn() {
    return agreementSignedOn;
  }

  public LocalDate getOptedOutOn() {
    return optedOutOn;
  }
}
