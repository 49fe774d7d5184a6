package org.commissioninghub.casestore.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CaseTasks;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Milestone;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.Risk;
import org.commissioninghub.casestore.RiskBandNames;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.CasePage.AwaitedRow;
import org.commissioninghub.casestore.web.CasePage.DecisionRow;
import org.commissioninghub.casestore.web.CasePage.EventRow;
import org.commissioninghub.casestore.web.CasePage.ItemTable;
import org.commissioninghub.casestore.web.CasePage.MilestoneRow;
import org.commissioninghub.casestore.web.CasePage.RiskRow;
import org.commissioninghub.casestore.web.CasePage.Row;
import org.commissioninghub.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one case for its page, as far as the viewer may read it (the same rules as the case API):
 * an outside body sees the summary, key dates, milestones and its own decisions.
 */
@Component
class CasePages {

  private final CaseAccess access;
  private final ProgrammeCatalog catalog;
  private final RiskBandNames bandNames;
  private final List<CaseItems> caseItems;
  private final CaseTasks caseTasks;
  private final ObjectMapper objectMapper;
  private final PageFormats formats = new PageFormats();

  CasePages(CaseAccess access, ProgrammeCatalog catalog, RiskBandNames bandNames, List<CaseItems> caseItems,
      CaseTasks caseTasks, ObjectMapper objectMapper) {
    this.access = access;
    this.catalog = catalog;
    this.bandNames = bandNames;
    this.caseItems = List.copyOf(caseItems);
    this.caseTasks = caseTasks;
    this.objectMapper = objectMapper;
  }

  @Transactional(readOnly = true)
  CasePage read(Viewer viewer, String reference) {
    var visible = access.read(viewer, reference);
    CommissioningCase c = visible.commissioningCase();
    var whole = visible.level().readsWholeCase();
    var keyDates = new ArrayList<Row>();
    addDate(keyDates, "Target start", c.getTargetStartDate());
    addDate(keyDates, "Started", c.getActualStartDate());
    addDate(keyDates, "Target end", c.getTargetEndDate());
    addDate(keyDates, "Ended", c.getActualEndDate());
    var namedPeople = c.getNamedPeople().entrySet().stream()
        .filter(named -> whole || named.getValue().equals(viewer.userId()))
        .sorted(Map.Entry.comparingByKey())
        .map(named -> new Row(Role.byGroupId(named.getKey()).map(Role::displayName).orElse(named.getKey()),
            named.getValue()))
        .toList();
    return new CasePage(c.getReference(), c.getTitle(), c.getProgramme().displayName(), formats.words(c.getStatus()),
        catalog.stageLabel(c.getProgramme(), c.getCurrentStage()),
        c.getRagRating() == null ? "Not rated" : formats.words(c.getRagRating()),
        c.getRagRating() == null ? null : c.getRagRating().id(),
        c.getCommissioner(), c.getIntegratedCareSystem(), formats.money(c.getValueGbp()),
        keyDates, namedPeople, whole ? fields(json(c.getDetails())) : List.of(), whole,
        visible.level().canChange(),
        c.getMilestones().stream()
            .sorted(Comparator.comparing(Milestone::getTargetDate, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(m -> new MilestoneRow(m.getId(), m.getName(), formats.date(m.getTargetDate()),
                formats.date(m.getActualDate()), formats.words(m.getStatus().name()),
                m.getStatus() == Milestone.Status.PLANNED))
            .toList(),
        whole ? c.getRisks().stream()
            .sorted(Comparator.comparing(Risk::getScore).reversed().thenComparing(Risk::getId))
            .map(r -> new RiskRow(r.getId(), r.getDescription(), r.getLikelihood(), r.getImpact(), r.getScore(),
                bandNames.nameOf(r.getBand()), r.getBand().id(), r.getOwner(), r.getMitigation(),
                formats.words(r.getStatus()), r.getStatus() != Risk.Status.CLOSED))
            .toList() : List.of(),
        c.getDecisions().stream()
            .filter(decision -> whole || decision.getDecidedBy().equals(viewer.userId()))
            .map(d -> new DecisionRow(d.getStage(), d.getOutcome(), d.getDecidedBy(), formats.moment(d.getDecidedAt()),
                formats.words(d.getChannel()), d.getComment()))
            .toList(),
        newestFirst(access.eventsFor(viewer, visible).stream()
            .map(e -> new EventRow(formats.moment(e.getOccurredAt()), e.getActor(), e.getSummary()))
            .toList()),
        whole ? items(c) : List.of(),
        whole ? caseTasks.openTasksOf(c) : List.of(),
        whole ? caseTasks.awaitedBy(c).stream()
            .map(awaited -> new AwaitedRow(awaited.what(), formats.due(awaited.at()))).toList() : List.of());
  }

  private static <T> List<T> newestFirst(List<T> oldestFirst) {
    var reversed = new ArrayList<>(oldestFirst);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  private void addDate(List<Row> rows, String label, LocalDate date) {
    if (date != null) {
      rows.add(new Row(label, formats.date(date)));
    }
  }

  private List<ItemTable> items(CommissioningCase c) {
    var tables = new ArrayList<ItemTable>();
    for (var kind : caseItems) {
      var rows = kind.of(c).stream().map(item -> (JsonNode) objectMapper.valueToTree(item)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      var columns = new LinkedHashSet<String>();
      rows.forEach(row -> row.properties().forEach(field -> {
        if (field.getValue().isValueNode() && !field.getKey().equals("id") && !field.getKey().endsWith("Id")) {
          columns.add(field.getKey());
        }
      }));
      // a column no item fills (a dental lot's service type, on a SARC lot) is left out
      columns.removeIf(column -> rows.stream().allMatch(row -> row.path(column).isNull() || row.path(column).isMissingNode()));
      tables.add(new ItemTable(kind.field(), formats.label(kind.field()),
          columns.stream().map(formats::label).toList(),
          rows.stream().map(row -> columns.stream().map(column -> text(column, row.get(column))).toList()).toList()));
    }
    return tables;
  }

  /** The case's details as rows, the scalar fields only, dates and money written for people. */
  private List<Row> fields(JsonNode details) {
    if (details == null || !details.isObject()) {
      return List.of();
    }
    var rows = new ArrayList<Row>();
    details.properties().forEach(field -> {
      if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        rows.add(new Row(formats.label(field.getKey()), text(field.getKey(), field.getValue())));
      }
    });
    return rows;
  }

  /**
   * Fields that hold pounds, by their names: valueGbp, annualContractValue, fundingShare, nhsEnglandFunding,
   * and a delegation's financeAllocation, forecastOutturn, financeGap, pharmacySpend and budgetTransferred.
   */
  private static final java.util.regex.Pattern MONEY_FIELDS =
      java.util.regex.Pattern.compile("(?i)gbp|value|funding|price|cost|allocation|outturn|financegap|spend|budget");

  private String text(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isNumber() && MONEY_FIELDS.matcher(field).find()) {
      return formats.money(value.decimalValue());
    }
    if (value.isNumber()) {
      // as typed, never in scientific notation ("1.8E+5" for a share of 180,000)
      var plain = value.decimalValue().toPlainString();
      return plain.contains(".") ? plain.replaceAll("\\.?0+$", "") : plain;
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "Yes" : "No";
    }
    var text = value.asText();
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return formats.date(LocalDate.parse(text));
      } catch (DateTimeParseException notADate) {
        return text;
      }
    }
    if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
      try {
        return formats.moment(java.time.Instant.parse(text));
      } catch (DateTimeParseException notAnInstant) {
        return text;
      }
    }
    return text;
  }

  private JsonNode json(String value) {
    if (value == null) {
      return null;
    }
    try {
      return objectMapper.readTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }
}
