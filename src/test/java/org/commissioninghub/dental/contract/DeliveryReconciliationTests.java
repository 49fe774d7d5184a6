package org.commissioninghub.dental.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.commissioninghub.dental.contract.ContractPolicy.OverPerformanceRule;
import org.commissioninghub.dental.contract.DeliveryReconciliation.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The year-end reconciliation's maths, on a contract of 10,000 UDAs for 300,000 a year (30 a UDA):
 * delivery %, the tolerance at its boundaries, the value of undelivered activity, and each
 * over-performance rule at its cap; then the transparency threshold and the contract years.
 */
class DeliveryReconciliationTests {

  private static final ContractPolicy DEFAULTS = ContractPolicy.defaults();
  private static final BigDecimal YEAR_VALUE = BigDecimal.valueOf(300_000);

  @ParameterizedTest(name = "{0} of 10,000 UDAs is {1}%: {2}")
  @CsvSource({
      "0,     0.00,   UNDER_DELIVERED",
      "9599,  95.99,  UNDER_DELIVERED",
      "9600,  96.00,  WITHIN_TOLERANCE",
      "9999,  99.99,  WITHIN_TOLERANCE",
      "10000, 100.00, WITHIN_TOLERANCE",
      "10001, 100.01, OVER_DELIVERED"})
  void shouldJudgeDeliveryAgainstTheToleranceAtItsBoundaries(int delivered, String percent, Outcome outcome) {
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, delivered, YEAR_VALUE);

    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.deliveryPercent()).isEqualByComparingTo(percent);
  }

  @Test
  void shouldValueAllTheUndeliveredActivityBelowTheTolerance() {
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, 9_599, YEAR_VALUE);

    // 401 UDAs undelivered at 30 each: the whole shortfall, not only what falls below 96%
    assertThat(result.undeliveredValue()).isEqualByComparingTo("12030.00");
    assertThat(result.carriedForwardUnits()).isZero();
    assertThat(result.overPerformancePayment()).isEqualByComparingTo("0");
  }

  @Test
  void shouldCarryTheShortfallForwardWithinTheToleranceAndClawBackNothing() {
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, 9_600, YEAR_VALUE);

    assertThat(result.carriedForwardUnits()).isEqualTo(400);
    assertThat(result.undeliveredValue()).isEqualByComparingTo("0");
  }

  @Test
  void shouldJudgeAYearAgainstItsActivityAndTheShortfallBroughtForward() {
    // 400 UDAs short last year, within tolerance: owed on top of this year's 10,000
    var met = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, 400, 10_000, YEAR_VALUE);
    var short_ = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, 400, 9_900, YEAR_VALUE);

    assertThat(met.outcome()).isEqualTo(Outcome.WITHIN_TOLERANCE);
    assertThat(met.deliveryPercent()).isEqualByComparingTo("96.15");
    assertThat(met.carriedForwardUnits()).isEqualTo(400);
    assertThat(short_.outcome()).isEqualTo(Outcome.UNDER_DELIVERED);
    assertThat(short_.deliveryPercent()).isEqualByComparingTo("95.19");
    // 500 undelivered at this year's 30 a UDA
    assertThat(short_.undeliveredValue()).isEqualByComparingTo("15000.00");
  }

  @Test
  void shouldCountOverDeliveryCarriedForwardTowardsTheYear() {
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, -200, 9_500, YEAR_VALUE);

    // 9,500 of the 9,800 left after 200 credited: 96.93%
    assertThat(result.outcome()).isEqualTo(Outcome.WITHIN_TOLERANCE);
    assertThat(result.deliveryPercent()).isEqualByComparingTo("96.93");
  }

  @Test
  void shouldNeverRoundDeliveryJustBelowTheToleranceUpToIt() {
    // 95.999%: shown as 95.99, and under the tolerance although it would round to 96.00
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 100_000, 95_999, BigDecimal.valueOf(3_000_000));

    assertThat(result.outcome()).isEqualTo(Outcome.UNDER_DELIVERED);
    assertThat(result.deliveryPercent()).isEqualByComparingTo("95.99");
  }

  @Test
  void shouldValueAnUnevenUnitPriceToThePenny() {
    // 1,234 UOAs for 98,765.43: 100 undelivered at 80.0368...
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 1_234, 1_134, new BigDecimal("98765.43"));

    assertThat(result.outcome()).isEqualTo(Outcome.UNDER_DELIVERED);
    assertThat(result.deliveryPercent()).isEqualByComparingTo("91.89");
    assertThat(result.undeliveredValue()).isEqualByComparingTo("8003.68");
  }

  @ParameterizedTest(name = "{0} delivered carries {1} forward")
  @CsvSource({"10001, 1", "10200, 200", "10500, 200"})
  void shouldCarryOverDeliveryForwardUpToTheCapByDefault(int delivered, int carried) {
    var result = DeliveryReconciliation.reconcile(DEFAULTS, 10_000, delivered, YEAR_VALUE);

    assertThat(result.outcome()).isEqualTo(Outcome.OVER_DELIVERED);
    assertThat(result.carriedForwardUnits()).isEqualTo(carried);
    assertThat(result.overPerformancePayment()).isEqualByComparingTo("0");
  }

  @Test
  void shouldPayOverDeliveryUpToTheCapWhenTheRuleIsPay() {
    var pay = policy(BigDecimal.valueOf(96), OverPerformanceRule.PAY, BigDecimal.valueOf(102));

    assertThat(DeliveryReconciliation.reconcile(pay, 10_000, 10_150, YEAR_VALUE).overPerformancePayment())
        .isEqualByComparingTo("4500.00");
    assertThat(DeliveryReconciliation.reconcile(pay, 10_000, 11_000, YEAR_VALUE).overPerformancePayment())
        .isEqualByComparingTo("6000.00");
    assertThat(DeliveryReconciliation.reconcile(pay, 10_000, 11_000, YEAR_VALUE).carriedForwardUnits()).isZero();
  }

  @Test
  void shouldNeitherPayNorCarryForwardWhenTheRuleIsNone() {
    var none = policy(BigDecimal.valueOf(96), OverPerformanceRule.NONE, BigDecimal.valueOf(102));

    var result = DeliveryReconciliation.reconcile(none, 10_000, 10_150, YEAR_VALUE);

    assertThat(result.outcome()).isEqualTo(Outcome.OVER_DELIVERED);
    assertThat(result.carriedForwardUnits()).isZero();
    assertThat(result.overPerformancePayment()).isEqualByComparingTo("0");
  }

  @Test
  void shouldApplyAConfiguredTolerance() {
    var lenient = policy(BigDecimal.valueOf(95), OverPerformanceRule.CARRY_FORWARD, BigDecimal.valueOf(102));

    assertThat(DeliveryReconciliation.reconcile(lenient, 10_000, 9_500, YEAR_VALUE).outcome())
        .isEqualTo(Outcome.WITHIN_TOLERANCE);
    assertThat(DeliveryReconciliation.reconcile(lenient, 10_000, 9_499, YEAR_VALUE).outcome())
        .isEqualTo(Outcome.UNDER_DELIVERED);
  }

  @Test
  void shouldNotMeasureAContractWithoutUdasOrUoas() {
    var result = DeliveryReconciliation.reconcile(DEFAULTS, null, null, YEAR_VALUE);

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_MEASURED);
    assertThat(result.deliveryPercent()).isNull();
  }

  @Test
  void shouldRefuseNegativeDelivery() {
    assertThatThrownBy(() -> DeliveryReconciliation.reconcile(DEFAULTS, 10_000, -1, YEAR_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAToleranceOrCapThatIsNotAPercentage() {
    assertThatThrownBy(() -> policy(BigDecimal.valueOf(101), OverPerformanceRule.PAY, BigDecimal.valueOf(102)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy(BigDecimal.valueOf(96), OverPerformanceRule.PAY, BigDecimal.valueOf(99)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "a variation of {0} needs a transparency notice: {1}")
  @CsvSource({"0, false", "499999.99, false", "500000, true", "500000.01, true", "2000000, true"})
  void shouldAskForATransparencyNoticeFromTheThreshold(String value, boolean needed) {
    assertThat(DEFAULTS.needsTransparencyNotice(new BigDecimal(value))).isEqualTo(needed);
  }

  @Test
  void shouldSplitATermStartingOnTheFirstOfAprilIntoWholeContractYears() {
    var years = ContractYears.of(LocalDate.of(2027, 4, 1), 2, MonthDay.of(4, 1));

    assertThat(years).extracting(ContractYears.Period::startsOn, ContractYears.Period::endsOn,
            ContractYears.Period::midYearReviewOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31),
                LocalDate.of(2027, 10, 1)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 4, 1), LocalDate.of(2029, 3, 31),
                LocalDate.of(2028, 10, 1)));
    assertThat(years).allSatisfy(year -> assertThat(year.share()).isEqualByComparingTo("1"));
    assertThat(years.get(0).label(MonthDay.of(4, 1))).isEqualTo("2027/28");
  }

  @Test
  void shouldGiveATermStartingMidYearAPartYearAtEachEnd() {
    var years = ContractYears.of(LocalDate.of(2027, 10, 1), 1, MonthDay.of(4, 1));

    assertThat(years).hasSize(2);
    assertThat(years.get(0).startsOn()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(years.get(0).endsOn()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(years.get(1).startsOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    assertThat(years.get(1).endsOn()).isEqualTo(LocalDate.of(2028, 9, 30));
    // 183 of 366 days (2027/28 has 29 February), 183 of 365
    assertThat(years.get(0).share()).isEqualByComparingTo("0.5");
    assertThat(years.get(0).midYearReviewOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    // neither part year spans 1 October: each is reviewed at its middle
    assertThat(years.get(1).midYearReviewOn()).isEqualTo(LocalDate.of(2028, 7, 1));
    assertThat(years.get(0).label(MonthDay.of(4, 1))).isEqualTo("2027/28");
  }

  @Test
  void shouldFollowAConfiguredContractYearStart() {
    var years = ContractYears.of(LocalDate.of(2027, 1, 1), 1, MonthDay.of(1, 1));

    assertThat(years).hasSize(1);
    assertThat(years.get(0).endsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(years.get(0).midYearReviewOn()).isEqualTo(LocalDate.of(2027, 7, 1));
  }

  private static ContractPolicy policy(BigDecimal tolerance, OverPerformanceRule rule, BigDecimal cap) {
    return new ContractPolicy(tolerance, rule, cap, BigDecimal.valueOf(500_000), MonthDay.of(4, 1), Period.ofMonths(18));
  }
}
