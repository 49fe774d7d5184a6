package org.commissioninghub.delegation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.identity.Role;
import org.commissioninghub.workflow.YesNo;
import org.commissioninghub.workitem.ChecklistService.ChecklistQuestion;

/**
 * The ten checklist items of NHS England's Pre-Delegation Assessment Framework, in the framework's
 * own words, each in one of its four domains, answered by the lead for that domain. Item 3A is
 * phrased negatively ("severe financial management issues or risks?"): "no" passes it.
 */
public enum PreDelegationAssessmentFramework {
  ITEM_1A("1A", Domain.TRANSFORMATION, "Will the ICS have a (shared) understanding of how the functions could be used to"
      + " deliver additional benefit for people who use services, and could be integrated with current processes and"
      + " pathways to do so?", YesNo.YES),
  ITEM_1B("1B", Domain.TRANSFORMATION, "Are there current or expected mechanisms through which people who use services"
      + " and the public could be actively engaged and involved in shaping the functions to be delegated?", YesNo.YES),
  ITEM_2A("2A", Domain.GOVERNANCE_AND_LEADERSHIP, "Will the ICS have sufficient general governance capability (mature"
      + " structures, appropriate expertise) to oversee the functions at every tier of their commissioning and"
      + " delivery?", YesNo.YES),
  ITEM_2B("2B", Domain.GOVERNANCE_AND_LEADERSHIP, "Will the ICS have sufficient clinical governance capability and"
      + " leadership to oversee the functions?", YesNo.YES),
  ITEM_2C("2C", Domain.GOVERNANCE_AND_LEADERSHIP, "Will the ICS have mechanisms in place which allow for monitoring of"
      + " emerging risks, impacts, and unanticipated dependencies in the immediate post-delegation period?", YesNo.YES),
  ITEM_2D("2D", Domain.GOVERNANCE_AND_LEADERSHIP, "Will the ICS have broad agreement amongst the parties relevant to"
      + " delivering the functions on the approach to monitoring and governance?", YesNo.YES),
  ITEM_3A("3A", Domain.FINANCE, "Will the ICS have severe financial management issues or risks?", YesNo.NO),
  ITEM_3B("3B", Domain.FINANCE, "Will there be sufficient safeguards built into ICS governance processes which militate"
      + " against financial risks specifically in relation to the POD functions?", YesNo.YES),
  ITEM_4A("4A", Domain.WORKFORCE_AND_CAPABILITY, "Will the ICS understand the resources, capabilities and skills it"
      + " needs to deploy to exercise the function upon assuming responsibility?", YesNo.YES),
  ITEM_4B("4B", Domain.WORKFORCE_AND_CAPABILITY, "Could the ICS confirm that the resources, capabilities and skills"
      + " needed to exercise the function upon assuming responsibility can be made available in due course?",
      YesNo.YES);

  /** The framework's four domains, and the lead who answers each domain's items for the ICS. */
  public enum Domain {
    TRANSFORMATION("Transformation", Role.HEAD_OF_PRIMARY_CARE),
    GOVERNANCE_AND_LEADERSHIP("Governance and Leadership", Role.PROGRAMME_MANAGER),
    FINANCE("Finance", Role.FINANCE_LEAD),
    WORKFORCE_AND_CAPABILITY("Workforce and Capability", Role.HR_LEAD);

    private final String label;
    private final Role lead;

    Domain(String label, Role lead) {
      this.label = label;
      this.lead = lead;
    }

    public String label() {
      return label;
    }

    public Role lead() {
      return lead;
    }
  }

  private final String code;
  private final Domain domain;
  private final String question;
  private final YesNo passingAnswer;

  PreDelegationAssessmentFramework(String code, Domain domain, String question, YesNo passingAnswer) {
    this.code = code;
    this.domain = domain;
    this.question = question;
    this.passingAnswer = passingAnswer;
  }

  public String code() {
    return code;
  }

  public Domain domain() {
    return domain;
  }

  public String question() {
    return question;
  }

  public YesNo passingAnswer() {
    return passingAnswer;
  }

  /** The item with this code, such as {@code 3A}. */
  public static Optional<PreDelegationAssessmentFramework> byCode(String code) {
    return Arrays.stream(values()).filter(item -> item.code.equals(code)).findFirst();
  }

  /** The whole checklist as ChecklistService creates it. */
  static List<ChecklistQuestion> questions() {
    return Arrays.stream(values())
        .map(item -> new ChecklistQuestion(item.code, item.domain.label(), item.question, item.passingAnswer))
        .toList();
  }
}
