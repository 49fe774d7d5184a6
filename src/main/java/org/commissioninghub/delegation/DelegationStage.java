package org.commissioninghub.delegation;

import java.util.Arrays;
import java.util.List;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.system.CodedValue;

/**
 * The stages of a delegation due diligence, in the order DelegationDueDiligenceProcess runs them.
 * The code ({@code self-assessment}) is what the diagram declares and the case stores.
 */
public enum DelegationStage implements CodedValue {
  EXPRESSION_OF_INTEREST("Expression of interest"),
  SELF_ASSESSMENT("ICS self-assessment"),
  EXECUTIVE_SIGN_OFF("Executive sign-off"),
  CORROBORATION("Corroboration by the Regional Director of Commissioning"),
  REMEDIATION("Remediation of checklist items"),
  DUE_DILIGENCE("Full due diligence"),
  FINANCE_ASSURANCE("Finance assurance"),
  BOARD_DECISION("ICB Board go/no-go"),
  REGIONAL_APPROVAL("NHS England regional approval"),
  DELEGATION_AGREEMENT("Delegation agreement"),
  TRANSFER("Staff and budget transfer"),
  DELEGATED("Awaiting the delegation date"),
  POST_DELEGATION_MONITORING("Post-delegation monitoring"),
  NOT_DELEGATED("Not delegated");

  private final String label;

  DelegationStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static List<Stage> all() {
    return Arrays.stream(values()).map(stage -> new Stage(stage.id(), stage.label())).toList();
  }
}
