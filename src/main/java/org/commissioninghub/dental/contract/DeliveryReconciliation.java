package org.commissioninghub.dental.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.commissioninghub.system.CodedValue;

/**
 * The year-end reconciliation of a contract year's delivered activity against its contracted
 * activity, as the dental policy book reads: the delivery percentage; below the tolerance the
 * value of all the undelivered activity may be clawed back; from the tolerance to 100% the shortfall
 * is carried forward into the next year; above 100% the over-performance rule applies up to its cap.
 * Values are at the contract's unit value: the year's contract value over its contracted activity.
 * What the year before carried forward is brought forward into this year's target: a shortfall is
 * delivered on top of this year's activity, a credited over-delivery counts towards it.
 */
public final class DeliveryReconciliation {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** How delivery compares with the contracted activity. */
  public enum Outcome implements CodedValue {
    UNDER_DELIVERED,
    WITHIN_TOLERANCE,
    OVER_DELIVERED,
    /** The contract is not contracted in UDAs or UOAs (special care, oral surgery). */
    NOT_MEASURED
  }

  /**
   * @param deliveryPercent delivered over contracted, in percent, cut (not rounded) to two decimals
   * @param carriedForwardUnits within tolerance, the shortfall owed next year; over-delivered and carried
   *     forward, the over-delivery (up to the cap) credited next year; otherwise 0
   * @param undeliveredValue under-delivered: the value of all the undelivered activity, clawed back if the
   *     commissioner chooses clawback; otherwise 0
   * @param overPerformancePayment over-delivered and paid: the value of the over-delivery up to the cap
   */
  public record Result(Outcome outcome, BigDecimal deliveryPercent, int carriedForwardUnits,
      BigDecimal undeliveredValue, BigDecimal overPerformancePayment) {}

  private DeliveryReconciliation() {}

  public static Result reconcile(ContractPolicy policy, Integer contractedUnits, Integer deliveredUnits,
      BigDecimal yearValue) {
    return reconcile(policy, contractedUnits, 0, deliveredUnits, yearValue);
  }

  /**
   * @param broughtForwardUnits from the year before: its shortfall within tolerance (positive, owed on
   *     top of this year's activity) or its over-delivery carried forward (negative, credited)
   */
  public static Result reconcile(ContractPolicy policy, Integer contractedUnits, int broughtForwardUnits,
      Integer deliveredUnits, BigDecimal yearValue) {
    if (contractedUnits == null || contractedUnits == 0) {
      return new Result(Outcome.NOT_MEASURED, null, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    if (deliveredUnits == null || deliveredUnits < 0) {
      throw new IllegalArgumentException("Delivered activity is required and cannot be negative");
    }
    var targetUnits = Math.max(1, contractedUnits + broughtForwardUnits);
    var target = BigDecimal.valueOf(targetUnits);
    var delivered = BigDecimal.valueOf(deliveredUnits);
    var percent = delivered.multiply(HUNDRED).divide(target, 2, RoundingMode.DOWN);
    var unitValue = yearValue.divide(BigDecimal.valueOf(contractedUnits), 10, RoundingMode.HALF_UP);
    // Compared exactly, so 95.999% is below a 96% tolerance although it shows as 95.99.
    if (delivered.multiply(HUNDRED).compareTo(policy.deliveryTolerancePercent().multiply(target)) < 0) {
      var undelivered = targetUnits - deliveredUnits;
      return new Result(Outcome.UNDER_DELIVERED, percent, 0, money(unitValue.multiply(BigDecimal.valueOf(undelivered))),
          BigDecimal.ZERO);
    }
    if (deliveredUnits <= targetUnits) {
      return new Result(Outcome.WITHIN_TOLERANCE, percent, targetUnits - deliveredUnits, BigDecimal.ZERO,
          BigDecimal.ZERO);
    }
    var cap = BigDecimal.valueOf(contractedUnits).multiply(policy.overPerformanceCapPercent().subtract(HUNDRED))
        .divide(HUNDRED, 0, RoundingMode.DOWN).intValueExact();
    var covered = Math.min(deliveredUnits - targetUnits, cap);
    return switch (policy.overPerformanceRule()) {
      case CARRY_FORWARD -> new Result(Outcome.OVER_DELIVERED, percent, covered, BigDecimal.ZERO, BigDecimal.ZERO);
      case PAY -> new Result(Outcome.OVER_DELIVERED, percent, 0, BigDecimal.ZERO,
          money(unitValue.multiply(BigDecimal.valueOf(covered))));
      case NONE -> new Result(Outcome.OVER_DELIVERED, percent, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    };
  }

  private static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
