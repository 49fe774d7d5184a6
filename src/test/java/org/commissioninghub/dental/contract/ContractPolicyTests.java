package org.commissioninghub.dental.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.commissioninghub.dental.contract.ContractPolicy.OverPerformanceRule;
import org.junit.jupiter.api.Test;

/** When the decision whether to procure a service again falls due: early enough for a new procurement to finish. */
class ContractPolicyTests {

  private static final ContractPolicy DEFAULTS = ContractPolicy.defaults();

  @Test
  void theDecisionFallsDueEighteenMonthsBeforeTheTermEnds() {
    // a term ending on 31 March 2030 ends at the start of 1 April 2030: 18 months before is 1 October 2028
    assertThat(DEFAULTS.recommissioningDecisionDue(LocalDate.of(2030, 3, 31), LocalDate.of(2027, 4, 1)))
        .isEqualTo(LocalDate.of(2028, 10, 1));
  }

  @Test
  void aTermShorterThanTheLeadTimeAsksAtOnce() {
    assertThat(DEFAULTS.recommissioningDecisionDue(LocalDate.of(2028, 3, 31), LocalDate.of(2027, 3, 20)))
        .isEqualTo(LocalDate.of(2027, 3, 20));
  }

  @Test
  void theLeadTimeIsConfigurableButNeverNegative() {
    var sixMonths = policy(Period.ofMonths(6));
    assertThat(sixMonths.recommissioningDecisionDue(LocalDate.of(2030, 3, 31), LocalDate.of(2027, 4, 1)))
        .isEqualTo(LocalDate.of(2029, 10, 1));
    assertThatThrownBy(() -> policy(Period.ofMonths(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recommissioning lead time");
  }

  private static ContractPolicy policy(Period leadTime) {
    return new ContractPolicy(BigDecimal.valueOf(96), OverPerformanceRule.CARRY_FORWARD, BigDecimal.valueOf(102),
        BigDecimal.valueOf(500_000), MonthDay.of(4, 1), leadTime);
  }
}
