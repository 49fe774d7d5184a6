package org.commissioninghub.casestore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The five kinds of commissioning programme the hub runs; each case belongs to one. */
public enum Programme implements CodedValue {
  PRISON_HEALTHCARE_MOBILISATION("prison-healthcare-mobilisation", "PRI", "Prison healthcare contract mobilisation"),
  SARC_RECOMMISSIONING("sarc-recommissioning", "SAR", "SARC recommissioning"),
  DENTAL_PROCUREMENT("dental-procurement", "DEN", "Dental procurement"),
  PCN_DEVELOPMENT("pcn-development", "PCN", "PCN development"),
  DELEGATION_DUE_DILIGENCE("delegation-due-diligence", "DEL", "Delegation due diligence");

  private final String id;
  private final String referencePrefix;
  private final String displayName;

  Programme(String id, String referencePrefix, String displayName) {
    this.id = id;
    this.referencePrefix = referencePrefix;
    this.displayName = displayName;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  public String referencePrefix() {
    return referencePrefix;
  }

  public String displayName() {
    return displayName;
  }

  @JsonCreator
  public static Programme fromId(String id) {
    return CodedValue.byId(Programme.class, id);
  }
}
