package org.commissioninghub.dental.contract;

/**
 * The process id of DentalContractProcess and the names of its variables (form field keys). The
 * caller passes {@link #CASE_REFERENCE}, {@link #CASE_TITLE} and {@link #LOT_ID}, with the case
 * reference as business key; the process returns nothing: what it records is in the case store.
 */
public final class DentalContractVariables {

  public static final String PROCESS_KEY = "DentalContractProcess";

  // In from the caller
  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TITLE = "caseTitle";
  public static final String LOT_ID = "lotId";

  // Set as the contract opens, shown on every task
  public static final String LOT_NAME = "lotName";
  public static final String PROVIDER_NAME = "providerName";

  // Mobilisation and handover (form fields)
  public static final String PREMISES_ADDRESS = "premisesAddress";
  public static final String PREMISES_NOTES = "premisesNotes";
  public static final String PERFORMERS_CHECKED = "performersChecked";
  public static final String PERFORMER_LIST_CHECKED_ON = "performerListCheckedOn";
  public static final String CQC_PROVIDER_ID = "cqcProviderId";
  public static final String CQC_NOTES = "cqcNotes";
  public static final String NHSBSA_CONTRACT_NUMBER = "nhsbsaContractNumber";
  public static final String ANNUAL_CONTRACT_VALUE = "annualContractValue";
  public static final String TERM_YEARS = "termYears";
  public static final String NHSBSA_NOTES = "nhsbsaNotes";
  public static final String CONTRACT_START_DATE = "contractStartDate";
  public static final String HANDOVER_NOTES = "handoverNotes";
  /** The numbers of the contract years of the term, 1 to n: what the yearly cycle runs over. */
  public static final String CONTRACT_YEARS = "contractYears";

  // Each contract year (local to the year)
  public static final String CONTRACT_YEAR = "contractYear";
  public static final String CONTRACT_YEAR_LABEL = "contractYearLabel";
  public static final String CONTRACTED_ACTIVITY = "contractedActivity";
  public static final String MID_YEAR_REVIEW_DATE = "midYearReviewDate";
  public static final String CONTRACT_YEAR_END_DATE = "contractYearEndDate";

  public static final String DELIVERED_TO_DATE = "deliveredToDate";
  public static final String MID_YEAR_NOTES = "midYearNotes";
  public static final String CONTRACT_CONCERN = "contractConcern";
  public static final String CONCERN_SUMMARY = "concernSummary";
  public static final String CONCERN_RAISED = "concernRaised";

  public static final String REMEDIAL_ACTION = "remedialAction";
  public static final String REMEDIAL_DEADLINE = "remedialDeadline";
  public static final String REMEDIAL_DEADLINE_DATE = "remedialDeadlineDate";
  public static final String REMEDIAL_ACTION_TAKEN = "remedialActionTaken";
  public static final String REMEDIAL_OUTCOME_NOTES = "remedialOutcomeNotes";
  public static final String CONCERN_REMEDIED = "concernRemedied";
  public static final String BREACH_SUMMARY = "breachSummary";
  public static final String BREACH_NOTICE_REFERENCE = "breachNoticeReference";

  public static final String DELIVERED_UNITS = "deliveredUnits";
  public static final String RECONCILIATION_NOTES = "reconciliationNotes";
  public static final String VARIATION_PROPOSAL = "variationProposal";
  public static final String DELIVERY_OUTCOME = "deliveryOutcome";
  public static final String DELIVERY_PERCENT = "deliveryPercent";
  public static final String UNDELIVERED_VALUE = "undeliveredValue";
  public static final String VARIATION_PROPOSED = "variationProposed";

  public static final String UNDER_DELIVERY_REMEDY = "underDeliveryRemedy";
  public static final String RECOVERY_PLAN = "recoveryPlan";

  public static final String VARIATION_DESCRIPTION = "variationDescription";
  public static final String VARIATION_VALUE = "variationValue";
  public static final String VARIATION_EFFECTIVE_DATE = "variationEffectiveDate";
  public static final String VARIATION_ID = "variationId";
  public static final String TRANSPARENCY_NOTICE_REQUIRED = "transparencyNoticeRequired";
  public static final String TRANSPARENCY_NOTICE_REFERENCE = "transparencyNoticeReference";
  public static final String TRANSPARENCY_NOTICE_PUBLISHED_ON = "transparencyNoticePublishedOn";

  // End of term
  public static final String CONTRACT_END_DATE = "contractEndDate";
  public static final String RECOMMISSIONING = "recommissioning";
  public static final String RECOMMISSIONING_NOTES = "recommissioningNotes";
  public static final String RECOMMISSION_SERVICE = "recommissionService";
  /** When the decision whether to procure the service again falls due: a date for the timer. */
  public static final String RECOMMISSIONING_DECISION_DUE = "recommissioningDecisionDue";
  public static final String SUCCESSOR_CASE_REFERENCE = "successorCaseReference";

  private DentalContractVariables() {}
}
