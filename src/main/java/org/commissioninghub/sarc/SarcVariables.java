package org.commissioninghub.sarc;

/** The process id of SarcRecommissioningProcess and the names of its variables (form field keys). */
public final class SarcVariables {

  public static final String PROCESS_KEY = "SarcRecommissioningProcess";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TITLE = "caseTitle";
  /** How long after go-live, and then after each visit, the next UKAS surveillance visit falls due (ISO period). */
  public static final String SURVEILLANCE_INTERVAL = "surveillanceInterval";

  /** The co-commissioners' records, one agreement each, and the one each instance of the signing is about. */
  public static final String CO_COMMISSIONER_IDS = "coCommissionerIds";
  public static final String CO_COMMISSIONER_ID = "coCommissionerId";
  /** The police and crime commissioner's user who signs that commissioner's agreement. */
  public static final String PCC_USER = "pccUser";

  public static final String REDESIGN_THERAPEUTIC_SERVICES = "redesignTherapeuticServices";

  /** The lots, one per area, each procured competitively; the one each instance is about. */
  public static final String LOT_IDS = "lotIds";
  public static final String LOT_ID = "lotId";
  /** The approval chain of a lot's award: procurement, NHS England, then its commissioners and police forces. */
  public static final String AWARD_APPROVAL_STEPS = "awardApprovalSteps";

  public static final String AWARDED_LOT_IDS = "awardedLotIds";
  public static final String ANY_LOT_AWARDED = "anyLotAwarded";

  /** Whether the provider is accredited, or holds a UKAS application made before the deadline. */
  public static final String ACCREDITATION_IN_HAND = "accreditationInHand";
  /** When the contract of the lot ends: the surveillance loop stops then. */
  public static final String CONTRACT_ENDS_AT = "contractEndsAt";

  private SarcVariables() {}
}
