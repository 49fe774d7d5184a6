package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.KeyCriterion;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.FormRule;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The tender plan's cross-field rules: weights add up to 100, deadlines in order, a real panel. */
@Component
class TenderPlanFormRule implements FormRule {

  private final ProcurementService procurement;
  private final IdentityService identityService;

  TenderPlanFormRule(ProcurementService procurement, IdentityService identityService) {
    this.procurement = procurement;
    this.identityService = identityService;
  }

  @Override
  public String formId() {
    return "procurement-set-evaluation-criteria";
  }

  @Override
  public List<String> problems(Function<String, Object> values) {
    var weights = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
    for (var criterion : KeyCriterion.values()) {
      var weight = values.apply(criterion.weightKey());
      if (weight instanceof Number number) {
        weights.put(criterion, number.intValue());
      }
    }
    var problems = new ArrayList<>(procurement.tenderPlanProblems(weights,
        deadline(values.apply(CLARIFICATION_DEADLINE)), deadline(values.apply(TENDER_DEADLINE))));
    var panel = PanelMembers.parse(values.apply(EVALUATION_PANEL) == null ? null : values.apply(EVALUATION_PANEL).toString());
    for (var member : panel) {
      if (identityService.createUserQuery().userId(member).memberOfGroup(Role.EVALUATION_PANEL.groupId()).count() == 0) {
        problems.add(member + " is not a member of the evaluation panel");
      }
    }
    return problems;
  }

  private static java.time.Instant deadline(Object value) {
    var day = ProcessVariables.asDate(value);
    return day == null ? null : ProcurementService.endOfDay(day);
  }
}
