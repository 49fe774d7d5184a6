package org.commissioninghub.dental;

import org.commissioninghub.system.CodedValue;

/** Why a dental procurement starts. */
public enum ProcurementTrigger implements CodedValue {
  CONTRACT_ENDING("Contract ending"),
  CONTRACT_HANDED_BACK("Contract handed back"),
  ACCESS_GAP("Access gap found in the oral health needs assessment");

  private final String description;

  ProcurementTrigger(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
