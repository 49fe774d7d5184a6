package org.commissioninghub.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named roles that user tasks are routed to. Each is a Camunda group whose id is stable (BPMN
 * candidate groups and case role assignments refer to it) and whose name is what people read.
 */
public enum Role {
  PROGRAMME_MANAGER("programme-manager", "Programme manager", Kind.STAFF),
  COMMISSIONING_MANAGER("commissioning-manager", "Commissioning manager", Kind.STAFF),
  PROCUREMENT_LEAD("procurement-lead", "Procurement lead", Kind.STAFF),
  CLINICAL_LEAD("clinical-lead", "Clinical lead", Kind.STAFF),
  FINANCE_LEAD("finance-lead", "Finance lead", Kind.STAFF),
  CONTRACT_MANAGER("contract-manager", "Contract manager", Kind.STAFF),
  IG_LEAD("ig-lead", "Information governance lead", Kind.STAFF),
  HR_LEAD("hr-lead", "HR and TUPE lead", Kind.STAFF),
  DENTAL_ADVISER("dental-adviser", "Dental adviser", Kind.STAFF),
  HEAD_OF_PRIMARY_CARE("head-of-primary-care", "Head of Primary Care", Kind.STAFF),
  DIRECTOR_OF_PRIMARY_CARE("director-of-primary-care", "Director of Primary Care and Public Health Commissioning",
      Kind.STAFF),
  DIRECTOR_OF_COMMISSIONING("director-of-commissioning", "Director of Commissioning", Kind.LEAD),
  REGIONAL_DIRECTOR_OF_COMMISSIONING("regional-director-of-commissioning", "Regional Director of Commissioning",
      Kind.LEAD),
  HEALTH_AND_JUSTICE_COMMISSIONER("health-and-justice-commissioner", "Health and Justice commissioning manager",
      Kind.STAFF),
  PCC_REPRESENTATIVE("pcc-representative", "Police and crime commissioner representative", Kind.OUTSIDE),
  PRISON_GOVERNOR("prison-governor", "Prison governor", Kind.OUTSIDE),
  POLICE_FORCE("police-force", "Police force", Kind.OUTSIDE),
  EVALUATION_PANEL("evaluation-panel", "Evaluation panel member", Kind.STAFF),
  PRIMARY_CARE_COMMISSIONING_COMMITTEE("primary-care-commissioning-committee", "Primary Care Commissioning Committee",
      Kind.STAFF),
  ICB_BOARD("icb-board", "ICB Board", Kind.STAFF),
  ICS_EXECUTIVE_GROUP("ics-executive-group", "ICS Executive Group", Kind.STAFF),
  PCN_CLINICAL_DIRECTOR("pcn-clinical-director", "PCN clinical director", Kind.OUTSIDE),
  PROGRAMME_LEAD("programme-lead", "Programme lead", Kind.LEAD);

  /**
   * Who holds a role, for what they may see of the cases: staff see the cases of the programmes
   * their role works and the cases that name them; leads see every case; outside bodies (a police
   * and crime commissioner's office, a provider) see only the cases that name them, and only their
   * part of those.
   */
  public enum Kind {
    STAFF,
    LEAD,
    OUTSIDE
  }

  /** The Camunda group whose members administer the hub and the engine. */
  public static final String ADMINISTRATORS_GROUP = "camunda-admin";

  /** The Camunda group whose members may read the hub's metrics (Prometheus) and nothing else. */
  public static final String METRICS_READERS_GROUP = "metrics-readers";

  private final String groupId;
  private final String displayName;
  private final Kind kind;

  Role(String groupId, String displayName, Kind kind) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.kind = kind;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  public Kind kind() {
    return kind;
  }

  public static Optional<Role> byGroupId(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
  }

  /** Whether the group is a role of outside bodies, whose members each see only what names them. */
  public static boolean isOutsideBodies(String groupId) {
    return byGroupId(groupId).map(role -> role.kind == Kind.OUTSIDE).orElse(false);
  }
}
