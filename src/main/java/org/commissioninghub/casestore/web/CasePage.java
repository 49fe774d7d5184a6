package org.commissioninghub.casestore.web;

import java.util.List;
import org.commissioninghub.casestore.CaseTasks;

/**
 * Everything the case page shows, read in one transaction and formatted for people, so the
 * template touches no entity. Public for the templates.
 */
public record CasePage(String reference, String title, String programme, String status, String stage,
    String ragRating, String ragCode, String commissioner, String integratedCareSystem, String value,
    List<Row> keyDates, List<Row> namedPeople, List<Row> details, boolean readsWholeCase, boolean canChange,
    List<MilestoneRow> milestones, List<RiskRow> risks, List<DecisionRow> decisions, List<EventRow> events,
    List<ItemTable> items, List<CaseTasks.OpenTask> tasks, List<AwaitedRow> awaited) {

  public record Row(String label, String value) {}

  public record MilestoneRow(long id, String name, String targetDate, String actualDate, String status,
      boolean planned) {}

  public record RiskRow(long id, String description, int likelihood, int impact, int score, String band,
      String bandCode, String owner, String mitigation, String status, boolean open) {}

  public record DecisionRow(String stage, String outcome, String decidedBy, String decidedAt, String channel,
      String comment) {}

  public record EventRow(String at, String actor, String summary) {}

  /** One kind of per-item record (lots, workstreams, checklist items) as a table. */
  public record ItemTable(String field, String title, List<String> columns, List<List<String>> rows) {}

  public record AwaitedRow(String what, String when) {}
}
