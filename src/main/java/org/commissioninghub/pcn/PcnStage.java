package org.commissioninghub.pcn;

import java.util.Arrays;
import java.util.List;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.system.CodedValue;

/**
 * The stages of a PCN development case, in the order PcnDevelopmentProcess runs them. Networks move
 * at their own pace within development; where each stands is on its record.
 */
public enum PcnStage implements CodedValue {
  REGISTRATION("Network registration"),
  DEVELOPMENT("Network development"),
  YEARLY_CYCLE("Yearly cycle"),
  CLOSED("Development programme completed");

  private final String label;

  PcnStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static List<Stage> all() {
    return Arrays.stream(values()).map(stage -> new Stage(stage.id(), stage.label())).toList();
  }
}
