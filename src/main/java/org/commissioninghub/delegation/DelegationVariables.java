package org.commissioninghub.delegation;

/** The process id of DelegationDueDiligenceProcess and the names of its variables (form field keys). */
public final class DelegationVariables {

  public static final String PROCESS_KEY = "DelegationDueDiligenceProcess";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TITLE = "caseTitle";

  /** The case's checklist items (the Pre-Delegation Assessment Framework), and the one each instance is about. */
  public static final String CHECKLIST_ITEM_IDS = "checklistItemIds";
  public static final String CHECKLIST_ITEM_ID = "checklistItemId";

  /** Whether the ICS executive signed the self-assessment off, or sent it back to be answered again. */
  public static final String SELF_ASSESSMENT_SIGNED_OFF = "selfAssessmentSignedOff";
  /** The rows of the corroboration form: each item's code, question, ICS answer and evidence. */
  public static final String CORROBORATIONS = "corroborations";

  /** What DelegationReadiness.dmn reads of an item, and what it answers ({@code readiness}, {@code reason}). */
  public static final String ICS_ANSWER = "icsAnswer";
  public static final String CORROBORATION = "corroboration";
  public static final String PASSING_ANSWER = "passingAnswer";
  public static final String ITEM_READINESS = "itemReadiness";
  public static final String READY = "ready";
  public static final String REMEDIATE = "remediate";

  /** The finance allocation, announced by a message or assumed known on this day. */
  public static final String FINANCE_ALLOCATION_DUE_AT = "financeAllocationDueAt";
  public static final String FINANCE_ALLOCATION_MESSAGE = "FinanceAllocationPublished";

  public static final String BOARD_SAYS_GO = "boardSaysGo";
  public static final String REGIONALLY_APPROVED = "regionallyApproved";
  /** The day the functions pass to the ICB, and the day post-delegation monitoring ends. */
  public static final String DELEGATION_AT = "delegationAt";
  public static final String MONITORING_ENDS_AT = "monitoringEndsAt";

  private DelegationVariables() {}
}
