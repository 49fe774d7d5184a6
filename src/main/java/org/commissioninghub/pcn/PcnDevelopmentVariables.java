package org.commissioninghub.pcn;

/** The process id of PcnDevelopmentProcess and the names of its variables (form field keys). */
public final class PcnDevelopmentVariables {

  public static final String PROCESS_KEY = "PcnDevelopmentProcess";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TITLE = "caseTitle";

  /** The ids of the case's networks, one instance of the per-network subprocess each. */
  public static final String NETWORK_IDS = "pcnNetworkIds";
  /** The network an instance of the per-network subprocess develops. */
  public static final String NETWORK_ID = "pcnNetworkId";
  /** The user the case names for the network: its tasks are assigned to them. */
  public static final String CLINICAL_DIRECTOR_USER = "pcnClinicalDirectorUser";

  /** Whether the network's registered population is under the threshold. */
  public static final String BELOW_POPULATION_THRESHOLD = "belowPopulationThreshold";
  /** What the commissioner decided for a small network: waiver or merger. */
  public static final String SMALL_NETWORK_DECISION = "smallNetworkDecision";
  /** Whether the commissioner confirmed the nominated clinical director. */
  public static final String CLINICAL_DIRECTOR_CONFIRMED = "directorConfirmed";
  /** Whether the commissioner accepted the additional-roles workforce plan. */
  public static final String WORKFORCE_PLAN_ACCEPTED = "planAccepted";

  /** The contract year the yearly cycle is for, its opening day and its opt-out deadline (timers read them). */
  public static final String CYCLE_CONTRACT_YEAR = "cycleContractYear";
  /** Whether the commissioner approved the year's network changes (false: they go back to be confirmed again). */
  public static final String NETWORK_CHANGES_APPROVED = "changesApproved";
  public static final String CYCLE_OPENS_ON = "cycleOpensOn";
  public static final String OPT_OUT_DEADLINE = "optOutDeadline";
  /** Whether a yearly cycle follows: its contract year is configured. */
  public static final String NEXT_CYCLE_CONFIGURED = "nextCycleConfigured";

  private PcnDevelopmentVariables() {}
}
