package org.commissioninghub.procurement;

/**
 * What a lot is to buy, as its programme designs it: its name and, where the programme has them,
 * its service type and contract form (the programme's codes, such as {@code orthodontic} and
 * {@code pds}) and the activity contracted a year in units of dental or orthodontic activity.
 */
public record LotPlan(String name, String serviceType, String contractForm, Integer contractedUdas,
    Integer contractedUoas) {

  /** A lot known only by its name, such as a SARC lot named after its area. */
  public static LotPlan named(String name) {
    return new LotPlan(name, null, null, null, null);
  }
}
