package org.commissioninghub.prison;

import java.util.Arrays;
import java.util.List;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.system.CodedValue;

/**
 * The stages of a prison healthcare mobilisation, in the order PrisonMobilisationProcess runs them.
 * Sites move at their own pace within mobilisation; their readiness is on each site's record.
 */
public enum PrisonStage implements CodedValue {
  AWARD_HANDOVER("Contract award handover"),
  KICK_OFF("Mobilisation kick-off"),
  MOBILISATION("Mobilisation, readiness and go-live"),
  HANDOVER("Handover to contract management"),
  CLOSED("Mobilisation completed");

  private final String label;

  PrisonStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static List<Stage> all() {
    return Arrays.stream(values()).map(stage -> new Stage(stage.id(), stage.label())).toList();
  }
}
