package org.commissioninghub.delegation;

import org.commissioninghub.system.CodedValue;

/** The kinds of contract a contract register of pharmacy, optometry and dental counts. */
public enum ContractType implements CodedValue {
  OPTICAL_MANDATORY("Optical (mandatory services)"),
  OPTICAL_DOMICILIARY("Optical (domiciliary)"),
  PRIMARY_DENTAL("Primary care dental"),
  SECONDARY_DENTAL("Secondary care dental"),
  COMMUNITY_DENTAL("Community dental"),
  PHARMACY("Community pharmacy (incl. distance-selling and appliance contractors)"),
  DISPENSING_PRACTICE("Dispensing practice");

  private final String label;

  ContractType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
