package org.commissioninghub.procurement;

/**
 * The five key criteria the Provider Selection Regime requires a commissioner to consider and
 * weight. Each has the form field keys of its weight and its score.
 */
public enum KeyCriterion {
  QUALITY_AND_INNOVATION("Quality and innovation", "weightQuality", "scoreQuality"),
  VALUE("Value", "weightValue", "scoreValue"),
  INTEGRATION("Integration, collaboration and service sustainability", "weightIntegration", "scoreIntegration"),
  ACCESS("Improving access, reducing health inequalities and facilitating choice", "weightAccess", "scoreAccess"),
  SOCIAL_VALUE("Social value", "weightSocialValue", "scoreSocialValue");

  /** Scores run from 0 (unacceptable) to 5 (excellent). */
  public static final int MAX_SCORE = 5;

  private final String displayName;
  private final String weightKey;
  private final String scoreKey;

  KeyCriterion(String displayName, String weightKey, String scoreKey) {
    this.displayName = displayName;
    this.weightKey = weightKey;
    this.scoreKey = scoreKey;
  }

  public String displayName() {
    return displayName;
  }

  public String weightKey() {
    return weightKey;
  }

  public String scoreKey() {
    return scoreKey;
  }
}
