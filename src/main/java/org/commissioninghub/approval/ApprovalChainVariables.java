package org.commissioninghub.approval;

/**
 * The contract of ApprovalChainProcess: sign-offs one step after another, each a call of
 * StageApprovalProcess. Callers pass the inputs (with the case reference as business key) and map
 * out {@link StageApprovalVariables#APPROVAL_OUTCOME}, {@link StageApprovalVariables#APPROVAL_COMMENT}
 * and {@link #APPROVAL_STEP}.
 */
public final class ApprovalChainVariables {

  public static final String PROCESS_KEY = "ApprovalChainProcess";

  // Inputs, beside StageApprovalVariables' caseReference, stage, approvalSummary,
  // approvalDueInWorkingDays (the default of each step), escalationRole and optional preparedInProcess
  /** The steps, in order: a JSON list (a Json variable, or Java lists and maps) read by ApprovalChainService. */
  public static final String APPROVAL_STEPS = "approvalSteps";

  // Set by the process
  /** The steps checked and ready to run: a list of maps with the keys below, one per step. */
  public static final String APPROVAL_PLAN = "approvalPlan";
  /** The step being approved (an element of the plan), local to its turn. */
  public static final String STEP = "chainStep";
  /** The party being asked, local to its sign-off, for a step with parties. */
  public static final String PARTY = "chainParty";

  /** The keys of a step and of a party in the plan, as the diagram's expressions read them. */
  public static final class Plan {
    public static final String NAME = "name";
    /** A party's step and name, as {@link ApprovalChainVariables#APPROVAL_STEP} gives it. */
    public static final String LABEL = "label";
    /** What the sign-off is recorded and emailed as. */
    public static final String STAGE = "stage";
    public static final String ROLE = "role";
    public static final String USER = "user";
    public static final String DUE_IN_WORKING_DAYS = "dueInWorkingDays";
    public static final String PARTIES = "parties";

    private Plan() {}
  }

  // Outputs, beside approvalOutcome and approvalComment
  /**
   * The step that did not approve ("NHS England"), with the party for a step with parties
   * ("Police and crime commissioners: Avon and Somerset"); null when every step approved. Each
   * sign-off is handed its step under this name and hands it back only when it does not approve:
   * an output mapping on the call activity would also run for the sign-offs withdrawn when a party
   * rejects, and would fail a cancelled chain before its first decision. The call activities' out
   * mappings read the outcome with {@code execution.getVariable}, not by name, because the engine
   * also applies them, before any decision, when a refused claim propagates out of a sign-off.
   */
  public static final String APPROVAL_STEP = "approvalStep";

  private ApprovalChainVariables() {}
}
