package org.commissioninghub.dental;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.commissioninghub.casestore.CodedValue;

/** Why a dental procurement starts. */
public enum ProcurementTrigger implements CodedValue {
  CONTRACT_ENDING("contract-ending", "Contract ending"),
  CONTRACT_HANDED_BACK("contract-handed-back", "Contract handed back"),
  ACCESS_GAP("access-gap", "Access gap found in the oral health needs assessment");

  private final String id;
  private final String description;

  ProcurementTrigger(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  @JsonCreator
  public static ProcurementTrigger fromId(String id) {
    return CodedValue.byId(ProcurementTrigger.class, id);
  }
}
