package org.commissioninghub.casestore;

import java.util.Arrays;
import org.commissioninghub.system.CodedValue;

/**
 * The band of a risk's score on the NHS 5×5 matrix (likelihood × impact): 1–3 low, 4–6
 * moderate, 8–12 high, 15–25 extreme. The scores the matrix cannot give (7, 11, 13, 14…) fall in
 * the band whose range holds them. What each band is called is a setting ({@link RiskBandNames}).
 */
public enum RiskBand implements CodedValue {
  LOW(1, 3),
  MODERATE(4, 7),
  HIGH(8, 14),
  EXTREME(15, 25);

  private final int lowest;
  private final int highest;

  RiskBand(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  public static RiskBand of(int score) {
    return Arrays.stream(values()).filter(band -> score >= band.lowest && score <= band.highest).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a 5×5 score is between 1 and 25, not " + score));
  }
}
