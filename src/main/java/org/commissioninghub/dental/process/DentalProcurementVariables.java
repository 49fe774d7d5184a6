package org.commissioninghub.dental.process;

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

  public static final String LOT_COUNT = "lotCount";
  public static final String LOT_SERVICE_TYPES = "lotServiceTypes";
  public static final String CONTRACT_FORM = "contractForm";
  public static final String LOT_DESIGN_SUMMARY = "lotDesignSummary";

  public static final String ANNUAL_CONTRACT_VALUE = "annualContractValue";
  public static final String TERM_YEARS = "termYears";
  public static final String EXTENSION_YEARS = "extensionYears";
  public static final String CONTRACTED_UDAS = "contractedUdas";
  public static final String CONTRACTED_UOAS = "contractedUoas";
  public static final String UDA_VALUE = "udaValue";
  public static final String BUSINESS_CASE_SUMMARY = "businessCaseSummary";

  public static final String FINANCE_OUTCOME = "financeOutcome";
  public static final String BUDGET_CODE = "budgetCode";
  public static final String FINANCE_COMMENTS = "financeComments";
  public static final String BUSINESS_CASE_AFFORDABLE = "businessCaseAffordable";

  private DentalProcurementVariables() {}
}
