package org.commissioninghub.dental;

import java.util.Arrays;
import java.util.List;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.system.CodedValue;

/**
 * The stages of a dental procurement, in the order DentalProcurementProcess runs them. The code
 * ({@code needs-assessment}) is what the diagram declares and the case stores; the label is what
 * people read.
 */
public enum DentalStage implements CodedValue {
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

  static List<Stage> all() {
    return Arrays.stream(values()).map(stage -> new Stage(stage.id(), stage.label())).toList();
  }
}
