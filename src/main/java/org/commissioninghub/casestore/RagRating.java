package org.commissioninghub.casestore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Red, amber, green: the delivery confidence a programme manager reports for a case. */
public enum RagRating implements CodedValue {
  RED("red"),
  AMBER("amber"),
  GREEN("green");

  private final String id;

  RagRating(String id) {
    this.id = id;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static RagRating fromId(String id) {
    return CodedValue.byId(RagRating.class, id);
  }
}
