package org.commissioninghub.dental;

/** The process id of DentalProcurementProcess and the names of its variables (form field keys). */
public final class DentalProcurementVariables {

  public static final String PROCESS_KEY = "DentalProcurementProcess";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TITLE = "caseTitle";
  public static final String TRIGGER = "trigger";
  public static final String AREA = "area";

  public static final String NEEDS_SUMMARY = "needsSummary";
  public static final String POPULATION_COVERED = "populationCovered";
  public static final String ACCESS_GAP_IDENTIFIED = "accessGapIdentified";
  public static final String NEEDS_OUTCOME = "needsOutcome";
  public static final String PROCUREMENT_NEEDED = "procurementNeeded";

  /** The lot design's list of lots: each row a lot's name, service type, contract form and contracted activity. */
  public static final String LOTS = "lots";
  public static final String LOT_IDS = "lotIds";
  /** The lot each instance of the per-lot subprocess procures, and its name as its tasks show it. */
  public static final String LOT_ID = "lotId";
  public static final String LOT_NAME = "lotName";
  public static final String LOT_DESIGN_SUMMARY = "lotDesignSummary";
  /** The activity of all the lots together, shown on the business case. */
  public static final String TOTAL_CONTRACTED_UDAS = "totalContractedUdas";
  public static final String TOTAL_CONTRACTED_UOAS = "totalContractedUoas";

  public static final String ANNUAL_CONTRACT_VALUE = "annualContractValue";
  public static final String TERM_YEARS = "termYears";
  public static final String EXTENSION_YEARS = "extensionYears";
  public static final String UDA_VALUE = "udaValue";
  public static final String BUSINESS_CASE_SUMMARY = "businessCaseSummary";

  public static final String FINANCE_OUTCOME = "financeOutcome";
  public static final String BUDGET_CODE = "budgetCode";
  public static final String FINANCE_COMMENTS = "financeComments";
  public static final String BUSINESS_CASE_AFFORDABLE = "businessCaseAffordable";
  public static final String BUSINESS_CASE_APPROVAL_COMMENT = "businessCaseApprovalComment";

  public static final String NEW_SERVICE = "newService";
  public static final String ONLY_ONE_CAPABLE_PROVIDER = "onlyOneCapableProvider";
  public static final String PATIENT_CHOICE_ALL_QUALIFYING = "patientChoiceAllQualifying";
  public static final String INCUMBENT_PERFORMING = "incumbentPerforming";
  public static final String MATERIALLY_DIFFERENT_IN_CHARACTER = "materiallyDifferentInCharacter";
  public static final String MOST_SUITABLE_PROVIDER_IDENTIFIABLE = "mostSuitableProviderIdentifiable";
  public static final String EXISTING_VALUE = "existingValue";
  public static final String CHANGE_VALUE = "changeValue";
  public static final String CONSIDERABLE_CHANGE_MINIMUM_VALUE = "considerableChangeMinimumValue";
  public static final String CONSIDERABLE_CHANGE_MINIMUM_SHARE = "considerableChangeMinimumShare";
  /** What the route decision table answers for a lot: a map of psrRoute and psrRouteReason. */
  public static final String PSR_RECOMMENDATION = "psrRecommendation";
  public static final String RECOMMENDED_ROUTE = "recommendedRoute";
  public static final String CONFIRMED_ROUTE = "confirmedRoute";
  public static final String ROUTE_REASON = "routeReason";
  public static final String PSR_ROUTE = "psrRoute";
  public static final String ANY_LOT_AWARDED = "anyLotAwarded";
  /** The ids of the lots awarded: one contract each, mobilised and managed by DentalContractProcess. */
  public static final String AWARDED_LOT_IDS = "awardedLotIds";

  private DentalProcurementVariables() {}
}
