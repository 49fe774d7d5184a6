package org.commissioninghub.dental;

import org.commissioninghub.system.CodedValue;

/**
 * The service types dental lots are designed around, and the activity each is contracted in:
 * general and urgent care in units of dental activity (UDAs), orthodontics in units of
 * orthodontic activity (UOAs); special care and oral surgery are not contracted in either.
 */
public enum DentalServiceType implements CodedValue {
  GENERAL_URGENT("general and urgent care", true, false),
  ORTHODONTIC("orthodontics", false, true),
  SPECIAL_CARE("special care", false, false),
  ORAL_SURGERY("oral surgery", false, false);

  private final String description;
  private final boolean contractedInUdas;
  private final boolean contractedInUoas;

  DentalServiceType(String description, boolean contractedInUdas, boolean contractedInUoas) {
    this.description = description;
    this.contractedInUdas = contractedInUdas;
    this.contractedInUoas = contractedInUoas;
  }

  /** As people read it in a sentence: "general and urgent care". */
  public String description() {
    return description;
  }

  public boolean contractedInUdas() {
    return contractedInUdas;
  }

  public boolean contractedInUoas() {
    return contractedInUoas;
  }
}
