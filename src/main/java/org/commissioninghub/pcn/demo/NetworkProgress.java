package org.commissioninghub.pcn.demo;

import java.util.List;

/**
 * How far a demo network has got: the task of its development it stops at, left open for its
 * holder, or none for a network whose development review is held.
 */
enum NetworkProgress {
  /** Waiting to be registered. */
  REGISTERING("Task_RegisterNetwork"),
  /** Under the threshold, waived; its network agreement is being signed. */
  SMALL_WAIVED("Task_RecordNetworkAgreement"),
  /** Its first nominee was not confirmed; it is nominating again. */
  NOMINATING("Task_NominateClinicalDirector"),
  /** Clinical director in place; its workforce plan is being made. */
  PLANNING("Task_PlanAdditionalRoles"),
  /** Its support payment waits for finance. */
  AUTHORISING("Task_AuthoriseSupportPayment"),
  /** Paid; making its first additional-roles claims. */
  CLAIMING("Task_ClaimAdditionalRoles"),
  /** Its development review is held. */
  DEVELOPED(null);

  static final List<String> ORDER = List.of("Task_RegisterNetwork", "Task_DecideSmallNetwork",
      "Task_RecordNetworkAgreement", "Task_NominateClinicalDirector", "Task_ConfirmClinicalDirector", "Task_SignUpToDes",
      "Task_PlanAdditionalRoles", "Task_ReviewWorkforcePlan", "Task_AuthoriseSupportPayment", "Task_ClaimAdditionalRoles",
      "Task_HoldDevelopmentReview");

  private final String stopsAt;

  NetworkProgress(String stopsAt) {
    this.stopsAt = stopsAt;
  }

  /** Whether the network's task of this kind is left open: it is the one the network stops at. */
  boolean leavesOpen(String taskDefinitionKey) {
    return taskDefinitionKey.equals(stopsAt);
  }
}
