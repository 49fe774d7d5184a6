package org.commissioninghub.delegation;

import org.commissioninghub.system.CodedValue;

/** A direct commissioning function an ICB may take on from NHS England. */
public enum DelegatedFunction implements CodedValue {
  PHARMACY("Pharmaceutical services"),
  OPTOMETRY("General ophthalmic services"),
  DENTAL("Dental services");

  private final String label;

  DelegatedFunction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
