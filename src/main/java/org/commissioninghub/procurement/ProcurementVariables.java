package org.commissioninghub.procurement;


/** The variables of the procurement processes (form field keys and what the services set). */
public final class ProcurementVariables {

  public static final String COMPETITIVE_PROCESS_KEY = "CompetitiveProcurementProcess";
  public static final String DIRECT_AWARD_PROCESS_KEY = "DirectAwardProcess";
  public static final String STANDSTILL_PROCESS_KEY = "StandstillProcess";
  public static final String REPRESENTATION_MESSAGE = "RepresentationReceived";

  public static final String LOT_ID = "lotId";
  public static final String LOT_OUTCOME = "lotOutcome";
  public static final String PSR_ROUTE = "psrRoute";
  /** The form fields of a lot's route confirmation: the route and the reason given for it. */
  public static final String CONFIRMED_ROUTE = "confirmedRoute";
  public static final String ROUTE_REASON = "routeReason";

  public static final String AWARD_APPROVER_ROLE = "awardApproverRole";
  public static final String EVALUATION_PANEL = "evaluationPanel";
  public static final String PANEL_MEMBERS = "panelMembers";
  public static final String CLARIFICATION_DEADLINE = "clarificationDeadline";
  public static final String TENDER_DEADLINE = "tenderDeadline";
  public static final String CLARIFICATION_DEADLINE_DATE = "clarificationDeadlineDate";
  public static final String TENDER_DEADLINE_DATE = "tenderDeadlineDate";
  public static final String TENDER_NOTICE_REFERENCE = "tenderNoticeReference";
  public static final String AWARD_NOTICE_REFERENCE = "awardNoticeReference";
  public static final String AWARD_NOTICE_DUE_DATE = "awardNoticeDueDate";
  public static final String PROVIDER_NAME = "providerName";
  public static final String PROVIDER_ASSESSMENT = "providerAssessment";
  public static final String CONFLICTS_OF_INTEREST = "conflictsOfInterest";
  public static final String DECISION_MAKERS = "decisionMakers";
  public static final String STANDSTILL_REQUIRED = "standstillRequired";

  public static final String BIDDERS_RECEIVED = "biddersReceived";
  public static final String BID_IDS = "bidIds";
  public static final String BID_ID = "bidId";
  public static final String BID_COMPLIANT = "bidCompliant";
  public static final String COMPLIANCE_NOTE = "complianceNote";
  public static final String BIDS_TO_EVALUATE = "bidsToEvaluate";
  public static final String ANY_BID_COMPLIANT = "anyBidCompliant";
  public static final String EVALUATOR = "evaluator";
  /** The capacity in which a declaration of conflicts of interest is made, named by the diagram. */
  public static final String CONFLICT_CAPACITY = "conflictCapacity";
  public static final String PANEL_MEMBER_CONFLICTED = "panelMemberConflicted";
  public static final String ASSESSOR_CONFLICTED = "assessorConflicted";
  public static final String APPROVER_CONFLICTED = "approverConflicted";
  /** Who assesses the provider on a route without bids: the procurement lead who declared no conflict. */
  public static final String ASSESSOR = "assessor";
  /** Who decides the award: the member of the award approver role who declared no conflict. */
  public static final String AWARD_APPROVER = "awardApprover";
  public static final String SCORE_COMMENT = "scoreComment";

  public static final String PREFERRED_BID_ID = "preferredBidId";
  public static final String PREFERRED_PROVIDER = "preferredProvider";
  public static final String RANKING_SUMMARY = "rankingSummary";
  public static final String EXCLUSION_CHECK = "exclusionCheck";
  public static final String EXCLUSION_REASON = "exclusionReason";
  public static final String EXCLUSION_CHECK_OUTCOME = "exclusionCheckOutcome";

  public static final String STANDSTILL_END = "standstillEnd";
  public static final String STANDSTILL_OUTCOME = "standstillOutcome";
  public static final String REPRESENTATION_SUMMARY = "representationSummary";
  /** Who entered a representation the commissioner received. */
  public static final String REPRESENTATION_ENTERED_BY = "representationEnteredBy";
  public static final String REPRESENTATION_OUTCOME = "representationOutcome";
  public static final String REPRESENTATION_REASON = "representationReason";

  public static final String COMPLIANT = "compliant";
  public static final String EXCLUDED = "excluded";
  public static final String AWARDED = "awarded";
  public static final String ABANDONED = "abandoned";
  public static final String PROCEED = "proceed";

  private ProcurementVariables() {}

}
