package org.commissioninghub.casestore;

import org.commissioninghub.system.CodedValue;

/** The five kinds of commissioning programme the hub runs; each case belongs to one. */
public enum Programme implements CodedValue {
  PRISON_HEALTHCARE_MOBILISATION("PRI", "Prison healthcare contract mobilisation"),
  SARC_RECOMMISSIONING("SAR", "SARC recommissioning"),
  DENTAL_PROCUREMENT("DEN", "Dental procurement"),
  PCN_DEVELOPMENT("PCN", "PCN development"),
  DELEGATION_DUE_DILIGENCE("DEL", "Delegation due diligence");

  private final String referencePrefix;
  private final String displayName;

  Programme(String referencePrefix, String displayName) {
    this.referencePrefix = referencePrefix;
    this.displayName = displayName;
  }

  public String referencePrefix() {
    return referencePrefix;
  }

  public String displayName() {
    return displayName;
  }
}
