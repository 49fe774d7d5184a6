package org.commissioninghub.pcn;

import org.commissioninghub.system.CodedValue;

/** The roles the Additional Roles Reimbursement Scheme reimburses a primary care network for. */
public enum AdditionalRole implements CodedValue {
  CLINICAL_PHARMACIST("Clinical pharmacist"),
  PHARMACY_TECHNICIAN("Pharmacy technician"),
  SOCIAL_PRESCRIBING_LINK_WORKER("Social prescribing link worker"),
  HEALTH_AND_WELLBEING_COACH("Health and wellbeing coach"),
  CARE_COORDINATOR("Care coordinator"),
  PHYSICIAN_ASSOCIATE("Physician associate"),
  FIRST_CONTACT_PHYSIOTHERAPIST("First contact physiotherapist"),
  DIETITIAN("Dietitian"),
  PODIATRIST("Podiatrist"),
  OCCUPATIONAL_THERAPIST("Occupational therapist"),
  PARAMEDIC("Paramedic"),
  MENTAL_HEALTH_PRACTITIONER("Mental health practitioner"),
  ADVANCED_PRACTITIONER("Advanced practitioner"),
  GENERAL_PRACTITIONER("General practitioner (from 2025/26)"),
  PRACTICE_NURSE("Practice nurse (from 2025/26)");

  private final String label;

  AdditionalRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
