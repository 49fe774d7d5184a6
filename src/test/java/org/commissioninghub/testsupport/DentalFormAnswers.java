package org.commissioninghub.testsupport;

import java.util.LinkedHashMap;
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
    return Map.of("lots", List.of(
            lot("North Devon urgent care", "general-urgent", "pds", 60_000, null),
            lot("South Devon urgent care", "general-urgent", "pds", 50_000, null),
            lot("Cornwall orthodontics", "orthodontic", "pds", null, 9_000)),
        "lotDesignSummary", "Three lots: North Devon, South Devon, Cornwall.");
  }

  /** A lot design of one lot named as the case is, such as "Cornwall orthodontics". */
  public static Map<String, Object> oneLot(String name, String serviceType, Integer contractedUdas,
      Integer contractedUoas) {
    return Map.of("lots", List.of(lot(name, serviceType, "pds", contractedUdas, contractedUoas)),
        "lotDesignSummary", "One lot covering the whole area.");
  }

  /** One row of the lot design's list of lots; activity the lot is not contracted in stays out. */
  public static Map<String, Object> lot(String name, String serviceType, String contractForm, Integer contractedUdas,
      Integer contractedUoas) {
    var lot = new LinkedHashMap<String, Object>();
    lot.put("name", name);
    lot.put("serviceType", serviceType);
    lot.put("contractForm", contractForm);
    if (contractedUdas != null) {
      lot.put("contractedUdas", contractedUdas);
    }
    if (contractedUoas != null) {
      lot.put("contractedUoas", contractedUoas);
    }
    return lot;
  }

  public static Map<String, Object> businessCase(int annualValue) {
    return Map.of("annualContractValue", annualValue, "termYears", 5, "extensionYears", 2, "udaValue", 32.5,
        "businessCaseSummary", "Re-procure urgent care across three lots to close the access gap.");
  }

  public static Map<String, Object> financeCheck(String outcome) {
    return Map.of("financeOutcome", outcome, "budgetCode", "DEN-UC-01", "financeComments",
        outcome.equals("affordable") ? "Within the dental allocation." : "Reduce the annual value.");
  }
}
