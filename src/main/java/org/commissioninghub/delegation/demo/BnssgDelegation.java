package org.commissioninghub.delegation.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the seed says of BNSSG's delegation: its 371 contracts by type, its 2019/20 spend by
 * contractor group (£72.5m said; the groups add to £69.4m, the paper's own inconsistency) and the
 * risks of its paper to the ICS Executive Group, which start the risk log.
 */
final class BnssgDelegation {

  static final String ICS = "Bristol, North Somerset and South Gloucestershire";

  /** Contracts by type: count, with missing data, expiring within a year. */
  record ContractCount(String type, int contracts, int missingData, int expiringWithinYear) {}

  static final List<ContractCount> CONTRACTS = List.of(
      new ContractCount("optical-mandatory", 63, 4, 6),
      new ContractCount("optical-domiciliary", 16, 2, 1),
      new ContractCount("primary-dental", 113, 9, 14),
      new ContractCount("secondary-dental", 1, 0, 0),
      new ContractCount("community-dental", 1, 0, 1),
      new ContractCount("pharmacy", 173, 6, 0),
      new ContractCount("dispensing-practice", 4, 1, 0));

  static final BigDecimal PHARMACY_SPEND = new BigDecimal("19000000.00");
  static final BigDecimal OPHTHALMIC_SPEND = new BigDecimal("7900000.00");
  static final BigDecimal DENTAL_SPEND = new BigDecimal("42500000.00");
  /** The spend the paper states, which the case's value takes. */
  static final BigDecimal STATED_SPEND = new BigDecimal("72500000.00");

  /** A risk of the seed's table: what it is, its mitigation, and a 5×5 score. */
  record SeedRisk(String description, String mitigation, int likelihood, int impact) {}

  static final List<SeedRisk> RISKS = List.of(
      new SeedRisk("Outstanding information to assure local systems about the budget and risks and to inform"
          + " workforce planning", "Complete a full due diligence process, in particular of the financial position.",
          4, 4),
      new SeedRisk("Capacity within NHS England teams to support this process across the region",
          "Full due diligence between now and March; a staggered timeline of systems assuming delegation.", 3, 4),
      new SeedRisk("Capacity within local teams to progress and implement delegation within current primary care"
          + " resources", "Review the capacity plan and team structures; additional resource ready for transition"
          + " in quarter 4.", 4, 3),
      new SeedRisk("Pace required to develop relationships with the Local Dental Committee and Local Optical"
          + " Committee", "Meetings held with the LDC, LPC and LOC; engagement continues as delegation nears.", 3, 3),
      new SeedRisk("Challenging timescale to undertake the pre-delegation assessment by 1 October",
          "Primary care teams complete the framework with finance and HR; executive sign-off.", 3, 2),
      new SeedRisk("Ability to influence significant change in services subject to national contract negotiations",
          "Enhanced services give local flexibility, as for general medical services.", 2, 3));

  private BnssgDelegation() {}
}
