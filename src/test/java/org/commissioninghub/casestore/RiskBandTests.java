package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every cell of the NHS 5×5 matrix falls in its band. */
class RiskBandTests {

  @Test
  void everyLikelihoodAndImpactFallsInTheBandOfItsScore() {
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int impact = 1; impact <= 5; impact++) {
        var score = likelihood * impact;
        var expected = score <= 3 ? RiskBand.LOW : score <= 6 ? RiskBand.MODERATE
            : score <= 12 ? RiskBand.HIGH : RiskBand.EXTREME;
        assertThat(RiskBand.of(score)).as("%d × %d = %d", likelihood, impact, score).isEqualTo(expected);
      }
    }
  }

  @Test
  void theBandsMeetAtTheirEdges() {
    assertThat(RiskBand.of(3)).isEqualTo(RiskBand.LOW);
    assertThat(RiskBand.of(4)).isEqualTo(RiskBand.MODERATE);
    assertThat(RiskBand.of(6)).isEqualTo(RiskBand.MODERATE);
    assertThat(RiskBand.of(8)).isEqualTo(RiskBand.HIGH);
    assertThat(RiskBand.of(12)).isEqualTo(RiskBand.HIGH);
    assertThat(RiskBand.of(15)).isEqualTo(RiskBand.EXTREME);
    assertThat(RiskBand.of(25)).isEqualTo(RiskBand.EXTREME);
  }
}
