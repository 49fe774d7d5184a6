package org.commissioninghub.pcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The support payment's and the additional-roles claim check's arithmetic, to the penny. */
class SupportPaymentAndClaimCheckTests {

  private static final BigDecimal ONE_FIFTY = new BigDecimal("1.50");

  private static PcnRole pharmacists(String plannedWte, String baselineWte) {
    return new PcnRole(1, 1, AdditionalRole.CLINICAL_PHARMACIST, new BigDecimal(plannedWte), new BigDecimal(baselineWte),
        LocalDate.of(2026, 4, 1));
  }

  @Test
  void theSupportPaymentIsTheRateTimesTheRegisteredPopulationToThePenny() {
    assertThat(PcnPolicy.supportPayment(ONE_FIFTY, 32_417)).isEqualByComparingTo("48625.50").hasScaleOf(2);
    assertThat(PcnPolicy.supportPayment(ONE_FIFTY, 1)).isEqualTo(new BigDecimal("1.50"));
    assertThat(PcnPolicy.supportPayment(new BigDecimal("1.37"), 30_001)).isEqualTo(new BigDecimal("41101.37"));
    assertThat(PcnPolicy.supportPayment(new BigDecimal("1.5"), 0)).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void theRateIsConfiguredPerContractYearAndARateInFractionsOfAPennyIsRefused() {
    var year = new PcnPolicy.ContractYear(ONE_FIFTY, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
    var policy = new PcnPolicy(30_000, Map.of("2026-27", year,
        "2027-28", new PcnPolicy.ContractYear(new BigDecimal("1.65"), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31))));
    assertThat(policy.contractYear("2027-28").orElseThrow().supportPaymentPerHead()).isEqualByComparingTo("1.65");
    assertThat(policy.nextContractYear("2026-27")).contains("2027-28");
    assertThat(policy.nextContractYear("2027-28")).isEmpty();
    assertThat(new PcnPolicy(30_000, null).nextContractYear("2026-27")).isEmpty();

    assertThatThrownBy(() -> new PcnPolicy(30_000, Map.of("2026-27",
        new PcnPolicy.ContractYear(new BigDecimal("1.505"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31)))))
        .hasMessageContaining("support-payment-per-head");
    assertThatThrownBy(() -> new PcnPolicy(30_000, Map.of("2026-27",
        new PcnPolicy.ContractYear(ONE_FIFTY, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)))))
        .hasMessageContaining("cycle-opens-on before opt-out-deadline");
  }

  @Test
  void aClaimWithinTheAllowanceAndAdditionalToTheBaselineIsAccepted() {
    // 3.00 WTE in post less a baseline of 1.00 leaves 2.00 additional; 1.50 already claimed this month, 0.50 more
    var refusal = ClaimCheck.refusal("2026-27", true, pharmacists("2.00", "1.00"), new BigDecimal("1.50"),
        new BigDecimal("0.50"), new BigDecimal("3.00"), new BigDecimal("2500.01"), new BigDecimal("100000.00"),
        new BigDecimal("97499.99"));
    assertThat(refusal).isEmpty();
  }

  @Test
  void aClaimOverTheAllowanceByOnePennyIsRefusedWithTheSumsInTheReason() {
    var refusal = ClaimCheck.refusal("2026-27", true, pharmacists("2.00", "1.00"), BigDecimal.ZERO,
        new BigDecimal("1.00"), new BigDecimal("3.00"), new BigDecimal("2500.02"), new BigDecimal("100000.00"),
        new BigDecimal("97499.99"));
    assertThat(refusal).contains("Over the allowance: £97,499.99 already claimed of £100,000.00 leaves £2,500.01,"
        + " less than the £2,500.02 claimed");
  }

  @Test
  void aClaimForStaffInTheBaselineIsRefusedAsNotAdditional() {
    var refusal = ClaimCheck.refusal("2026-27", true, pharmacists("2.00", "2.00"), new BigDecimal("0.50"),
        new BigDecimal("0.60"), new BigDecimal("3.00"), new BigDecimal("1000.00"), new BigDecimal("100000.00"),
        BigDecimal.ZERO);
    assertThat(refusal).contains("Not additional to the baseline: 3.00 WTE in post less the baseline of 2.00 WTE leaves"
        + " 1.00 WTE additional, less than the 1.10 WTE claimed for the month");
  }

  @Test
  void aClaimForARoleNotInThePlanOrOutsideTheContractYearIsRefused() {
    assertThat(ClaimCheck.refusal("2026-27", true, null, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN,
        new BigDecimal("100.00"), BigDecimal.ZERO)).hasValueSatisfying(reason -> assertThat(reason).startsWith("Not additional:"));
    assertThat(ClaimCheck.refusal("2026-27", false, pharmacists("1.00", "0"), BigDecimal.ZERO, BigDecimal.ONE,
        BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("100.00"), BigDecimal.ZERO))
        .contains("Not in the contract year: the claim month is outside 2026-27");
    assertThat(ContractYears.of("2026-27").contains(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(ContractYears.of("2026-27").contains(LocalDate.of(2027, 4, 1))).isFalse();
  }
}
