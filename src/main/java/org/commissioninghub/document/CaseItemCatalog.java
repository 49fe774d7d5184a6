package org.commissioninghub.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workitem.ChecklistService;
import org.commissioninghub.workitem.WorkstreamService;
import org.springframework.stereotype.Component;

/** The items of a case a document may be attached to: its lots, the sites its workstreams cover, its checklist. */
@Component
class CaseItemCatalog {

  /** How much of a checklist item's question its label shows. */
  static final int MAX_QUESTION = 200;

  private final ProcurementService procurement;
  private final WorkstreamService workstreams;
  private final ChecklistService checklists;

  CaseItemCatalog(ProcurementService procurement, WorkstreamService workstreams, ChecklistService checklists) {
    this.procurement = procurement;
    this.workstreams = workstreams;
    this.checklists = checklists;
  }

  List<CaseItem> itemsOf(CommissioningCase commissioningCase) {
    var items = new ArrayList<CaseItem>();
    procurement.lotSummariesOf(commissioningCase.getId()).forEach(lot -> items.add(new CaseItem(CaseItem.Kind.LOT,
        Integer.toString(lot.lotNumber()), "Lot " + lot.lotNumber() + ": " + lot.name())));
    var sites = new LinkedHashSet<String>();
    workstreams.workstreamsOf(commissioningCase).forEach(workstream -> sites.add(workstream.getItem()));
    sites.forEach(site -> items.add(new CaseItem(CaseItem.Kind.SITE, site, site)));
    checklists.checklistOf(commissioningCase).forEach(item -> items.add(new CaseItem(CaseItem.Kind.CHECKLIST_ITEM,
        item.getCode(), "Checklist item " + item.getCode() + ": " + abbreviated(item.getQuestion()))));
    return items;
  }

  private static String abbreviated(String text) {
    return text.length() <= MAX_QUESTION ? text : text.substring(0, MAX_QUESTION - 1).strip() + "…";
  }

  /** The case's item a request names as {@code kind:key}, if the case has it. */
  Optional<CaseItem> find(CommissioningCase commissioningCase, String reference) {
    return itemsOf(commissioningCase).stream().filter(item -> item.reference().equals(reference)).findFirst();
  }
}
