package org.commissioninghub.casestore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum CaseStatus implements CodedValue {
  OPEN("open"),
  ON_HOLD("on-hold"),
  CLOSED("closed"),
  CANCELLED("cancelled");

  private final String id;

  CaseStatus(String id) {
    this.id = id;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static CaseStatus fromId(String id) {
    return CodedValue.byId(CaseStatus.class, id);
  }
}
