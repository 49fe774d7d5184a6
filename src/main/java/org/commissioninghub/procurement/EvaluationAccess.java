package org.commissioninghub.procurement;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.commissioninghub.casestore.CaseAccess.Level;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.EventScope;
import org.commissioninghub.casestore.RestrictedRecords;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.ProcurementVariables;
import org.commissioninghub.workflow.TaskRecordRestriction;
import org.springframework.stereotype.Component;

/**
 * Who may read a lot's evaluation material (its bids, every score, the ranking, the exclusion
 * checks, and what was entered in the tasks that produced them): the procurement lead working the
 * case, the members of the role that approves the lot's award, and administrators; a member of the
 * lot's evaluation panel reads their own scores, and everyone's once moderation has begun.
 * Everyone else who sees the case sees the lot without them.
 */
@Component
public class EvaluationAccess implements RestrictedRecords, TaskRecordRestriction {

  /** How much of a lot's evaluation material a viewer reads. */
  public enum Reading {
    NONE,
    /** A panel member before moderation: only what they entered themselves. */
    OWN,
    ALL
  }

  /** The extension property that marks a user task whose answers are evaluation material. */
  static final String CONFIDENTIAL_PROPERTY = "confidential";
  static final String EVALUATION = "evaluation";
  private static final String KEY_PREFIX = "evaluation/lot/";

  private final LotRepository lots;
  private final EvaluationScoreRepository scores;

  EvaluationAccess(LotRepository lots, EvaluationScoreRepository scores) {
    this.lots = lots;
    this.scores = scores;
  }

  static EventScope scopeOf(Lot lot) {
    return EventScope.NONE.restrictedTo(KEY_PREFIX + lot.getId());
  }

  public Reading readingOf(Viewer viewer, Level level, Lot lot) {
    if (level == Level.ADMINISTRATOR
        || level == Level.WORKER && viewer.holds(Role.PROCUREMENT_LEAD.groupId())
        || level.readsWholeCase() && lot.getAwardApproverRole() != null && viewer.holds(lot.getAwardApproverRole())) {
      return Reading.ALL;
    }
    if (level.readsWholeCase() && lot.getPanelMembers().contains(viewer.userId())) {
      return scores.existsByBidLotIdAndModeratedTrue(lot.getId()) ? Reading.ALL : Reading.OWN;
    }
    return Reading.NONE;
  }

  @Override
  public boolean decides(String restrictedTo) {
    return restrictedTo.startsWith(KEY_PREFIX);
  }

  @Override
  public boolean mayRead(Viewer viewer, Level level, CommissioningCase commissioningCase, String restrictedTo,
      String recordActor) {
    var lot = lotOf(restrictedTo)
        .filter(candidate -> candidate.getCommissioningCase().getId().equals(commissioningCase.getId()));
    if (lot.isEmpty()) {
      return level == Level.ADMINISTRATOR;
    }
    return switch (readingOf(viewer, level, lot.get())) {
      case ALL -> true;
      case OWN -> viewer.userId().equals(recordActor);
      case NONE -> false;
    };
  }

  /** The restriction of a completed task marked {@code confidential=evaluation} in its diagram, for its lot. */
  @Override
  public Optional<String> restrictionFor(DelegateTask task) {
    var element = task.getBpmnModelElementInstance();
    if (element == null || element.getExtensionElements() == null) {
      return Optional.empty();
    }
    var confidential = element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
        .stream().flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> CONFIDENTIAL_PROPERTY.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .anyMatch(EVALUATION::equals);
    var lotId = task.getVariable(ProcurementVariables.LOT_ID);
    if (!confidential || lotId == null) {
      return Optional.empty();
    }
    return Optional.of(KEY_PREFIX + lotId);
  }

  private Optional<Lot> lotOf(String restrictedTo) {
    try {
      return lots.findById(Long.valueOf(restrictedTo.substring(KEY_PREFIX.length())));
    } catch (NumberFormatException notALot) {
      return Optional.empty();
    }
  }
}
