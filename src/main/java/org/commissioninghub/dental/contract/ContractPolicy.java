package org.commissioninghub.dental.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.commissioninghub.system.CodedValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dental policy book's numbers the hub applies to a contract, from configuration
 * ({@code hub.dental.contract.*}): the delivery tolerance, what happens to over-delivery, the value
 * of a variation that needs a transparency notice, and the day a contract year starts.
 *
 * @param deliveryTolerancePercent delivery below this share of the contracted activity is under-delivery (96)
 * @param overPerformanceRule what happens to activity delivered above 100%
 * @param overPerformanceCapPercent the over-delivery the rule covers, up to this share of the contracted activity (102)
 * @param transparencyNoticeThreshold a variation of this value or more needs a transparency notice first (500,000)
 * @param contractYearStart the day each contract year starts (1 April)
 * @param recommissioningLeadTime how long before the end of the term the commissioner decides whether to
 *     procure the service again, so that a new procurement can finish before the contract ends (18 months)
 */
public record ContractPolicy(BigDecimal deliveryTolerancePercent, OverPerformanceRule overPerformanceRule,
    BigDecimal overPerformanceCapPercent, BigDecimal transparencyNoticeThreshold, MonthDay contractYearStart,
    Period recommissioningLeadTime) {

  /** What happens to activity delivered above the contracted activity, up to the cap. */
  public enum OverPerformanceRule implements CodedValue {
    /** Counted towards the next contract year's activity, as the policy book allows. */
    CARRY_FORWARD,
    /** Paid at the contract's unit value. */
    PAY,
    /** Neither paid nor carried forward. */
    NONE
  }

  public ContractPolicy {
    if (deliveryTolerancePercent.signum() <= 0 || deliveryTolerancePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("the delivery tolerance is a percentage above 0 and at most 100, not "
          + deliveryTolerancePercent);
    }
    if (overPerformanceCapPercent.compareTo(BigDecimal.valueOf(100)) < 0) {
      throw new IllegalArgumentException("the over-performance cap is a percentage of at least 100, not "
          + overPerformanceCapPercent);
    }
    if (transparencyNoticeThreshold.signum() < 0) {
      throw new IllegalArgumentException("the transparency notice threshold cannot be negative");
    }
    if (recommissioningLeadTime.isNegative()) {
      throw new IllegalArgumentException("the recommissioning lead time cannot be negative, not " + recommissioningLeadTime);
    }
  }

  /**
   * When the decision whether to procure the service again falls due: the lead time before the
   * end of the term, or at once when the term is shorter than that.
   */
  public LocalDate recommissioningDecisionDue(LocalDate endOfTerm, LocalDate today) {
    var due = endOfTerm.plusDays(1).minus(recommissioningLeadTime);
    return due.isAfter(today) ? due : today;
  }

  /** Whether a variation of this value needs a transparency notice before it takes effect: at the threshold or more. */
  public boolean needsTransparencyNotice(BigDecimal variationValue) {
    return variationValue.compareTo(transparencyNoticeThreshold) >= 0;
  }

  /**
   * The defaults: 96% tolerance, over-delivery up to 102% carried forward, notices from 500,000,
   * years from 1 April, the decision to procure again 18 months before the end of the term.
   */
  public static ContractPolicy defaults() {
    return new ContractPolicy(BigDecimal.valueOf(96), OverPerformanceRule.CARRY_FORWARD, BigDecimal.valueOf(102),
        BigDecimal.valueOf(500_000), MonthDay.of(4, 1), Period.ofMonths(18));
  }

  /** The policy as configured. */
  @Component
  static class Configured {

    private final ContractPolicy policy;

    Configured(@Value("${hub.dental.contract.delivery-tolerance-percent:96}") BigDecimal tolerance,
        @Value("${hub.dental.contract.over-performance-rule:carry-forward}") String rule,
        @Value("${hub.dental.contract.over-performance-cap-percent:102}") BigDecimal cap,
        @Value("${hub.dental.contract.transparency-notice-threshold:500000}") BigDecimal threshold,
        @Value("${hub.dental.contract.year-start:04-01}") String yearStart,
        @Value("${hub.dental.contract.recommissioning-lead-time:P18M}") Period recommissioningLeadTime) {
      this.policy = new ContractPolicy(tolerance, CodedValue.byId(OverPerformanceRule.class, rule), cap, threshold,
          MonthDay.parse("--" + yearStart), recommissioningLeadTime);
    }

    ContractPolicy policy() {
      return policy;
    }
  }
}
