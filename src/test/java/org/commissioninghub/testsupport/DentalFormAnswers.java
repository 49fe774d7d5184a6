package org.commissioninghub.testsupport;

import java.util.List;
import java.util.Map;

/** What people enter in the opening forms of a dental procurement, for tests that walk a case through them. */
public final class DentalFormAnswers {

  private DentalFormAnswers() {}

  public static Map<String, Object> needsAssessment(String outcome) {
    return Map.of("needsSummary", "Urgent dental access in North Devon is well below need.",
        "populationCovered", 1_200_000, "accessGapIdentified", true, "needsOutcome", outcome);
  }

  public static Map<String, Object> lotDesign() {
    return Map.of("lotNames", "North Devon urgent care\nSouth Devon urgent care\nCornwall orthodontics",
        "lotServiceTypes", List.of("general-urgent", "orthodontic"),
        "contractForm", "pds", "lotDesignSummary", "Three lots: North Devon, South Devon, Cornwall.");
  }

  public static Map<String, Object> businessCase(int annualValue) {
    return Map.of("annualContractValue", annualValue, "termYears", 5, "extensionYears", 2,
        "contractedUdas", 120_000, "udaValue", 32.5,
        "businessCaseSummary", "Re-procure urgent care across three lots to close the access gap.");
  }

  public static Map<String, Object> financeCheck(String outcome) {
    return Map.of("financeOutcome", outcome, "budgetCode", "DEN-UC-01", "financeComments",
        outcome.equals("affordable") ? "Within the dental allocation." : "Reduce the annual value.");
  }
}
