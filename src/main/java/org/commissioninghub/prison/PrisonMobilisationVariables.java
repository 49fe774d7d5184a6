package org.commissioninghub.prison;

/** The process id of PrisonMobilisationProcess and the names of its variables (form field keys). */
public final class PrisonMobilisationVariables {

  public static final String PROCESS_KEY = "PrisonMobilisationProcess";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TITLE = "caseTitle";

  /** The ids of the case's lots, one instance of the per-lot subprocess each. */
  public static final String LOT_IDS = "prisonLotIds";
  /** The lot an instance of the per-lot subprocess mobilises (not {@code lotId}: that names a procurement lot). */
  public static final String LOT_ID = "prisonLotId";
  /** The ids of the lot's sites, one instance of the per-site subprocess each. */
  public static final String SITE_IDS = "prisonSiteIds";
  /** The site an instance of the per-site subprocess mobilises. */
  public static final String SITE_ID = "prisonSiteId";

  /** When the site goes live: the lot's date, or the date a deferral set (a timer reads it). */
  public static final String SITE_GO_LIVE_DATE = "siteGoLiveDate";
  /** When the site's employee liability information is due (a timer reads it). */
  public static final String EMPLOYEE_LIABILITY_DUE_DATE = "employeeLiabilityDueDate";
  /** From when the site is warned that vetting may not finish by go-live (a timer reads it). */
  public static final String VETTING_WARNING_DATE = "vettingWarningDate";
  public static final String ALL_STAFF_VETTED = "allStaffVetted";

  /** The go/no-go approval chain's inputs, set by the readiness assessment. */
  public static final String GO_LIVE_STAGE = "goLiveStage";
  public static final String APPROVAL_STEPS = "approvalSteps";
  public static final String APPROVAL_SUMMARY = "approvalSummary";
  /** What the go/no-go chain answered: approved, rejected or changes-requested, and the reason. */
  public static final String GO_NO_GO_OUTCOME = "goNoGoOutcome";
  public static final String GO_NO_GO_COMMENT = "goNoGoComment";
  public static final String APPROVED = "approved";
  /** Whether the site's CQC registration is in hand on its go-live date: no go-live without it. */
  public static final String CQC_REGISTERED = "cqcRegistered";
  public static final String URGENT_EXTENSION_NEEDED = "urgentExtensionNeeded";

  /** When the lot's post-go-live reviews fall due (timers read them). */
  public static final String FIRST_REVIEW_DATE = "firstReviewDate";
  public static final String SECOND_REVIEW_DATE = "secondReviewDate";

  private PrisonMobilisationVariables() {}
}
