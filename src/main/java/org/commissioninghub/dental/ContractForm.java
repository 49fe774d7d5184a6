package org.commissioninghub.dental;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.commissioninghub.casestore.CodedValue;

/** General dental services contract or personal dental services agreement. */
public enum ContractForm implements CodedValue {
  GDS("gds"),
  PDS("pds"),
  PDS_PLUS("pds-plus");

  private final String id;

  ContractForm(String id) {
    this.id = id;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static ContractForm fromId(String id) {
    return CodedValue.byId(ContractForm.class, id);
  }
}
