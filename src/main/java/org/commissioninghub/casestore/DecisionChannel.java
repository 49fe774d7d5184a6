package org.commissioninghub.casestore;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a decision was taken: in Tasklist, from an email link, or through the API. */
public enum DecisionChannel implements CodedValue {
  TASKLIST("tasklist"),
  EMAIL("email"),
  API("api");

  private final String id;

  DecisionChannel(String id) {
    this.id = id;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }
}
