package org.commissioninghub.prison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrisonPolicyTests {

  static final LocalDate GO_LIVE = LocalDate.of(2022, 10, 1);
  final PrisonPolicy defaults = new PrisonPolicy(true, 28, 6, 8, 30, 90);

  @Test
  void employeeLiabilityInformationIsDue28DaysBeforeTheTransfer() {
    assertThat(defaults.employeeLiabilityInformationDue(GO_LIVE)).isEqualTo(LocalDate.of(2022, 9, 3));
  }

  @Test
  void vettingIsWarnedTheLongestVettingTimeBeforeGoLive() {
    assertThat(defaults.vettingWarningDate(GO_LIVE)).isEqualTo(LocalDate.of(2022, 8, 6));
  }

  @Test
  void reviewsFallDueTheConfiguredDaysAfterGoLive() {
    assertThat(defaults.firstReviewDate(GO_LIVE)).isEqualTo(LocalDate.of(2022, 10, 31));
    assertThat(defaults.secondReviewDate(GO_LIVE)).isEqualTo(LocalDate.of(2022, 12, 30));
    var longer = new PrisonPolicy(false, 35, 6, 10, 45, 120);
    assertThat(longer.employeeLiabilityInformationDue(GO_LIVE)).isEqualTo(LocalDate.of(2022, 8, 27));
    assertThat(longer.vettingWarningDate(GO_LIVE)).isEqualTo(LocalDate.of(2022, 7, 23));
    assertThat(longer.secondReviewDate(GO_LIVE)).isEqualTo(LocalDate.of(2023, 1, 29));
  }

  @Test
  void fewerThanTheStatutory28DaysForEmployeeLiabilityInformationIsRefused() {
    assertThatThrownBy(() -> new PrisonPolicy(true, 27, 6, 8, 30, 90))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 28");
  }

  @Test
  void vettingAndReviewsOutOfOrderAreRefused() {
    assertThatThrownBy(() -> new PrisonPolicy(true, 28, 8, 6, 30, 90))
        .hasMessageContaining("vetting-weeks-shortest");
    assertThatThrownBy(() -> new PrisonPolicy(true, 28, 6, 8, 90, 30))
        .hasMessageContaining("first-review-days");
  }
}
