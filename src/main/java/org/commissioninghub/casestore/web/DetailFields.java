package org.commissioninghub.casestore.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.casestore.OpeningField;
import org.commissioninghub.system.FieldProblem;

/**
 * A programme's detail fields as a page form takes them ({@code detail.<name>} inputs): read with
 * each missing or unreadable answer named, and the programme's own refusals named beside their
 * fields. Opening a case and correcting its details share it, so both read and name a field alike.
 */
final class DetailFields {

  static final String INPUT_PREFIX = "detail.";

  private final List<OpeningField> fields;
  private final String idPrefix;

  /** {@code idPrefix} starts each input's id, so the page's error summary links to the right field. */
  DetailFields(List<OpeningField> fields, String idPrefix) {
    this.fields = List.copyOf(fields);
    this.idPrefix = idPrefix;
  }

  /** An opening field as the page shows it, with its input's id. */
  record FieldView(String id, OpeningField field) {}

  List<FieldView> views() {
    return fields.stream().map(field -> new FieldView(fieldId(field.name()), field)).toList();
  }

  List<String> fieldIds() {
    return fields.stream().map(field -> fieldId(field.name())).toList();
  }

  /**
   * The details entered, by field name, with dates as ISO days. A blank optional field reads as
   * null, so a correction can clear it; a blank required one, or a date that is not a real day, is
   * named in {@code errors} and left out.
   */
  Map<String, Object> read(Map<String, String> entered, PageErrors errors) {
    var details = new LinkedHashMap<String, Object>();
    for (var field : fields) {
      var value = entered.getOrDefault(INPUT_PREFIX + field.name(), "").strip();
      if (value.isEmpty()) {
        if (field.required()) {
          errors.add(fieldId(field.name()), (field.kind() == OpeningField.Kind.CHOICE ? "Choose " : "Enter ")
              + noun(field.label()));
        } else {
          details.put(field.name(), null);
        }
      } else if (field.kind() == OpeningField.Kind.DATE) {
        Optional.ofNullable(CasePageController.date(value, fieldId(field.name()), noun(field.label()), errors))
            .ifPresent(date -> details.put(field.name(), date.toString()));
      } else if (field.kind() == OpeningField.Kind.CHOICE
          && field.choices().stream().noneMatch(choice -> choice.value().equals(value))) {
        errors.add(fieldId(field.name()), "Choose " + noun(field.label()) + " from the list");
      } else {
        details.put(field.name(), value);
      }
    }
    return details;
  }

  /** The inputs' values for details as stored: dates written day/month/year, as they are entered. */
  Map<String, String> entered(Map<String, ?> details) {
    var entered = new LinkedHashMap<String, String>();
    for (var field : fields) {
      var value = details.get(field.name());
      if (value == null) {
        continue;
      }
      var text = String.valueOf(value);
      entered.put(INPUT_PREFIX + field.name(), field.kind() == OpeningField.Kind.DATE
          ? new PageFormats().entered(LocalDate.parse(text)) : text);
    }
    return entered;
  }

  /**
   * Names a refusal of the programme's rules beside its field; returns false for a problem that is
   * not about a detail, for the caller to name.
   */
  boolean addProblem(FieldProblem problem, PageErrors errors) {
    if (!problem.field().startsWith("details.")) {
      return false;
    }
    var name = problem.field().substring("details.".length());
    var label = fields.stream().filter(field -> field.name().equals(name)).map(OpeningField::label)
        .findFirst().orElse(name);
    errors.add(fieldId(name), PageErrors.capitalised(noun(label)) + " " + problem.message());
    return true;
  }

  String fieldId(String detail) {
    return idPrefix + PageErrors.kebab(detail);
  }

  private static String noun(String label) {
    return "the " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
