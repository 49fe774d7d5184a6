package org.commissioninghub.sarc;

import java.util.Arrays;
import java.util.List;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.system.CodedValue;

/**
 * The stages of a SARC recommissioning, in the order SarcRecommissioningProcess runs them. The code
 * ({@code co-commissioning}) is what the diagram declares and the case stores; the label is what
 * people read.
 */
public enum SarcStage implements CodedValue {
  NEEDS_ASSESSMENT("Needs assessment and engagement with victims and survivors"),
  CO_COMMISSIONING("Co-commissioning agreement"),
  SPECIFICATION("Service specification"),
  THERAPEUTIC_REDESIGN("Redesign of therapeutic services"),
  PROCUREMENT("Procurement"),
  MOBILISATION("Mobilisation and accreditation plan"),
  ACCREDITATION_ESCALATION("Accreditation escalation"),
  GO_LIVE("Go-live"),
  ACCREDITATION_SURVEILLANCE("Accreditation surveillance"),
  NO_AWARD("No contract awarded");

  private final String label;

  SarcStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static List<Stage> all() {
    return Arrays.stream(values()).map(stage -> new Stage(stage.id(), stage.label())).toList();
  }
}
