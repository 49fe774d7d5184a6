package org.commissioninghub.workitem.web;

import java.time.Instant;
import java.util.List;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.workflow.YesNo;
import org.commissioninghub.workitem.ChecklistItem;
import org.commissioninghub.workitem.ChecklistItemStatus;
import org.commissioninghub.workitem.ChecklistService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A case's checklist as the case shows it: each item with both answers and what they come to. */
@Component
@Order(3)
class CaseChecklist implements CaseItems {

  record ChecklistItemView(String code, String domain, String question, YesNo passingAnswer, YesNo answer,
      String evidence, String answeredBy, Instant answeredAt, YesNo corroboration, String corroborationComment,
      String corroboratedBy, Instant corroboratedAt, Boolean compliant, Boolean agreed, ChecklistItemStatus status) {

    static ChecklistItemView of(ChecklistItem item) {
      var assessment = ChecklistService.assess(item);
      return new ChecklistItemView(item.getCode(), item.getDomain(), item.getQuestion(), item.getPassingAnswer(),
          item.getAnswer(), item.getEvidence(), item.getAnsweredBy(), item.getAnsweredAt(), item.getCorroboration(),
          item.getCorroborationComment(), item.getCorroboratedBy(), item.getCorroboratedAt(), assessment.compliant(),
          assessment.agreed(), assessment.status());
    }
  }

  private final ChecklistService checklists;

  CaseChecklist(ChecklistService checklists) {
    this.checklists = checklists;
  }

  @Override
  public String field() {
    return "checklist";
  }

  @Override
  public List<ChecklistItemView> of(CommissioningCase commissioningCase) {
    return checklists.checklistOf(commissioningCase).stream().map(ChecklistItemView::of).toList();
  }
}
