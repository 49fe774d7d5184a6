package org.commissioninghub.approval;

/**
 * The contract of StageApprovalProcess: callers map the inputs in and the outputs out; the
 * approval task is completed (in Tasklist or from an email link) with the decision variables.
 */
public final class StageApprovalVariables {

  public static final String PROCESS_KEY = "StageApprovalProcess";
  public static final String APPROVAL_TASK = "Task_ApproveStage";

  // Inputs
  public static final String CASE_REFERENCE = "caseReference";
  public static final String STAGE = "stage";
  public static final String APPROVAL_SUMMARY = "approvalSummary";
  public static final String APPROVER_ROLE = "approverRole";
  public static final String APPROVER_USER = "approverUser";
  public static final String DUE_IN_WORKING_DAYS = "approvalDueInWorkingDays";
  public static final String ESCALATION_ROLE = "escalationRole";
  /**
   * Optional: the process instance whose tasks prepared and checked what is signed off (whoever
   * completed one may not approve). Without it, the process instance that called the approval.
   * The process keeps the instance it used under this name.
   */
  public static final String PREPARED_IN_PROCESS = "preparedInProcess";

  // Set by the process
  /** The role the approval task goes to: the approver role, or the escalation role when no one else in it may approve. */
  public static final String APPROVAL_CANDIDATE_ROLE = "approvalCandidateRole";
  public static final String APPROVAL_DUE_DATE = "approvalDueDate";
  public static final String APPROVAL_DUE_BY = "approvalDueBy";
  public static final String APPROVAL_REMINDER_DATE = "approvalReminderDate";
  public static final String APPROVER_USERS = "approverUsers";

  // The decision: the task's completion variables, and the outputs
  public static final String APPROVAL_OUTCOME = "approvalOutcome";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String APPROVAL_CHANNEL = "approvalChannel";

  private StageApprovalVariables() {}
}
