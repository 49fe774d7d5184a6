package org.commissioninghub.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named roles that user tasks are routed to. Each is a Camunda group whose id is stable (BPMN
 * candidate groups and case role assignments refer to it) and whose name is what people read.
 */
public enum Role {
  PROGRAMME_MANAGER("programme-manager", "Programme manager"),
  COMMISSIONING_MANAGER("commissioning-manager", "Commissioning manager"),
  PROCUREMENT_LEAD("procurement-lead", "Procurement lead"),
  CLINICAL_LEAD("clinical-lead", "Clinical lead"),
  FINANCE_LEAD("finance-lead", "Finance lead"),
  CONTRACT_MANAGER("contract-manager", "Contract manager"),
  IG_LEAD("ig-lead", "Information governance lead"),
  HR_LEAD("hr-lead", "HR and TUPE lead"),
  DENTAL_ADVISER("dental-adviser", "Dental adviser"),
  HEAD_OF_PRIMARY_CARE("head-of-primary-care", "Head of Primary Care"),
  DIRECTOR_OF_PRIMARY_CARE("director-of-primary-care", "Director of Primary Care and Public Health Commissioning"),
  DIRECTOR_OF_COMMISSIONING("director-of-commissioning", "Director of Commissioning"),
  REGIONAL_DIRECTOR_OF_COMMISSIONING("regional-director-of-commissioning", "Regional Director of Commissioning"),
  HEALTH_AND_JUSTICE_COMMISSIONER("health-and-justice-commissioner", "Health and Justice commissioning manager"),
  PCC_REPRESENTATIVE("pcc-representative", "Police and crime commissioner representative"),
  EVALUATION_PANEL("evaluation-panel", "Evaluation panel member"),
  PRIMARY_CARE_COMMISSIONING_COMMITTEE("primary-care-commissioning-committee", "Primary Care Commissioning Committee"),
  ICB_BOARD("icb-board", "ICB Board"),
  PCN_CLINICAL_DIRECTOR("pcn-clinical-director", "PCN clinical director"),
  PROGRAMME_LEAD("programme-lead", "Programme lead");

  /** The Camunda group whose members administer the hub and the engine. */
  public static final String ADMINISTRATORS_GROUP = "camunda-admin";

  private final String groupId;
  private final String displayName;

  Role(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Role> byGroupId(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
  }
}
