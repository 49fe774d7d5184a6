package org.commissioninghub.dental;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.commissioninghub.casestore.CodedValue;

/** The service types dental lots are designed around. */
public enum DentalServiceType implements CodedValue {
  GENERAL_AND_URGENT("general-urgent"),
  ORTHODONTIC("orthodontic"),
  SPECIAL_CARE("special-care"),
  ORAL_SURGERY("oral-surgery");

  private final String id;

  DentalServiceType(String id) {
    this.id = id;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static DentalServiceType fromId(String id) {
    return CodedValue.byId(DentalServiceType.class, id);
  }
}
