package org.commissioninghub.prison.demo;

import java.util.Set;

/**
 * Where a site of the demo's mobilisation stands when the walk stops, weeks before the first
 * go-live: the tasks left open there, and how its workstreams are reported on the way.
 */
enum SiteProgress {
  /** Every workstream done and green, readiness green, go-live approved: waiting for its date. */
  READY(Set.of()),
  /** Every workstream done and green, readiness green: the commissioner's go/no-go is awaited. */
  AWAITING_GO_NO_GO(Set.of(Tasks.APPROVE_GO_LIVE)),
  /** Every workstream done, medicines and estates amber: readiness is being assessed. */
  ASSESSING(Set.of(Tasks.ASSESS_READINESS)),
  /** The outgoing employer's employee liability information is late: the timer raised a risk, the commissioner chases. */
  INFORMATION_LATE(Set.of(Tasks.RECORD_EMPLOYEE_LIABILITY, Tasks.CHASE_EMPLOYEE_LIABILITY)),
  /** CQC registration applied for, not yet granted (amber); readiness is being assessed. */
  AWAITING_CQC(Set.of(Tasks.ASSESS_READINESS)),
  /** Part of the staff cleared for security vetting (amber), the rest awaited; clinical pathways in progress. */
  VETTING(Set.of(Tasks.REPORT_VETTING)),
  /** Clinical IT and estates not yet reported; clinical pathways in progress. */
  WORKING(Set.of(Tasks.PREPARE_CLINICAL_IT, Tasks.PREPARE_ESTATES));

  /** The task definition keys of PrisonMobilisationProcess and the approval it calls. */
  static final class Tasks {
    static final String HAND_OVER_AWARD = "Task_HandOverContractAward";
    static final String KICK_OFF = "Task_KickOffMobilisation";
    static final String RECORD_EMPLOYEE_LIABILITY = "Task_RecordEmployeeLiabilityInformation";
    static final String CHASE_EMPLOYEE_LIABILITY = "Task_ChaseEmployeeLiabilityInformation";
    static final String CONFIRM_TUPE_CONSULTATION = "Task_ConfirmTupeConsultation";
    static final String REPORT_VETTING = "Task_ReportSecurityVetting";
    static final String CONFIRM_CQC = "Task_ConfirmCqcRegistration";
    static final String PREPARE_CLINICAL_IT = "Task_PrepareClinicalIt";
    static final String SIGN_OFF_IG = "Task_SignOffInformationGovernance";
    static final String PREPARE_MEDICINES = "Task_PrepareMedicinesAndPharmacy";
    static final String PREPARE_ESTATES = "Task_PrepareEstatesAndEquipment";
    static final String AGREE_PATHWAYS = "Task_AgreeClinicalPathways";
    static final String ASSESS_READINESS = "Task_AssessSiteReadiness";
    static final String APPROVE_GO_LIVE = "Task_ApproveStage";

    private Tasks() {}
  }

  private final Set<String> leftOpen;

  SiteProgress(Set<String> leftOpen) {
    this.leftOpen = leftOpen;
  }

  /**
   * Whether the site's task of this kind is left open; its security vetting only once a first
   * report has cleared part of the staff.
   */
  boolean leavesOpen(String taskDefinitionKey, boolean vettingReportedBefore) {
    if (Tasks.REPORT_VETTING.equals(taskDefinitionKey)) {
      return leftOpen.contains(taskDefinitionKey) && vettingReportedBefore;
    }
    return leftOpen.contains(taskDefinitionKey);
  }
}
