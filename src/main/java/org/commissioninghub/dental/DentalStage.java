package org.commissioninghub.dental;

/** The stages of a dental procurement, as the case store shows them. */
public enum DentalStage {
  NEEDS_ASSESSMENT("Oral health needs assessment"),
  LOT_DESIGN("Lot design"),
  BUSINESS_CASE("Business case"),
  FINANCE_CHECK("Finance check"),
  BUSINESS_CASE_APPROVAL("Business case approval"),
  PSR_ROUTE("PSR route decision"),
  PROCUREMENT("Procurement"),
  MOBILISATION("Mobilisation"),
  HANDOVER("Handover to contract management"),
  CONTRACT_MANAGEMENT("Contract management"),
  NOT_NEEDED("Procurement not needed"),
  STOPPED("Procurement stopped"),
  NO_AWARD("No contract awarded");

  private final String label;

  DentalStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
