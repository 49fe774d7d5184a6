package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.json.SpinJsonNode;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * The input fields of one Camunda Form and their validation rules (required, min, max, minLength,
 * maxLength, pattern), checked on the server when a task is completed.
 */
final class FormSchema {

  private static final Set<String> NON_INPUT_TYPES =
      Set.of("text", "spacer", "separator", "button", "image", "html", "group", "iframe", "table");

  /**
   * An input field. {@code requiredWhen} comes from the field's custom property of that name,
   * {@code otherKey=value1|value2}: the field is required when the other field has one of those
   * values (form-js cannot say so itself).
   */
  record Field(String key, String type, String label, JsonNode validate, boolean editable, boolean conditional,
      Integer decimalDigits, String requiredWhen) {}

  private final String id;
  private final List<Field> fields;

  private FormSchema(String id, List<Field> fields) {
    this.id = id;
    this.fields = fields;
  }

  static FormSchema parse(JsonNode form) {
    var fields = new ArrayList<Field>();
    collectFields(form.path("components"), fields);
    return new FormSchema(form.path("id").asText(), List.copyOf(fields));
  }

  private static void collectFields(JsonNode components, List<Field> into) {
    for (var component : components) {
      var type = component.path("type").asText();
      if (component.has("components")) {
        collectFields(component.path("components"), into);
      }
      if (NON_INPUT_TYPES.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      var editable = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
      into.add(new Field(component.get("key").asText(), type, component.path("label").asText(component.get("key").asText()),
          component.path("validate"), editable, component.has("conditional"),
          component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null,
          component.path("properties").path("requiredWhen").asText(null)));
    }
  }

  String id() {
    return id;
  }

  /** The keys of the fields a person fills in, in form order. */
  List<String> inputKeys() {
    return fields.stream().filter(Field::editable).map(Field::key).toList();
  }

  /** What people read as the field's name: its label, or its key when it has none. */
  String labelOf(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).map(Field::label).findFirst().orElse(key);
  }

  /** The keys of the fields a form shows but does not let people change (the case's reference, a summary). */
  List<String> readonlyKeys() {
    return fields.stream().filter(field -> !field.editable()).map(Field::key).toList();
  }

  /** One sentence per broken rule of this form's fields. */
  List<String> problems(Function<String, Object> values) {
    var problems = new ArrayList<String>();
    for (var field : fields) {
      if (field.editable()) {
        check(field, values.apply(field.key()), requiredByOtherField(field, values), problems);
      }
    }
    return problems;
  }

  /** Throws with one sentence per broken rule; the engine then rolls the completion back. */
  static void refuseIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("The form cannot be submitted: " + String.join("; ", problems) + ".");
    }
  }

  private static boolean requiredByOtherField(Field field, Function<String, Object> values) {
    if (field.requiredWhen() == null || !field.requiredWhen().contains("=")) {
      return false;
    }
    var condition = field.requiredWhen().split("=", 2);
    var other = values.apply(condition[0].trim());
    return other != null && Arrays.stream(condition[1].split("\\|")).map(String::trim)
        .anyMatch(value -> value.equals(other.toString()));
  }

  private static void check(Field field, Object value, boolean requiredByOtherField, List<String> problems) {
    var rules = field.validate();
    if (isEmpty(value)) {
      // A conditional field may be hidden, and hidden fields are not submitted.
      if (requiredByOtherField || rules.path("required").asBoolean(false) && !field.conditional()) {
        problems.add(field.label() + " is required");
      }
      return;
    }
    if (value instanceof Number number) {
      var decimal = new BigDecimal(number.toString());
      if (rules.has("min") && decimal.compareTo(rules.get("min").decimalValue()) < 0) {
        problems.add(field.label() + " must be at least " + rules.get("min").asText());
      }
      if (rules.has("max") && decimal.compareTo(rules.get("max").decimalValue()) > 0) {
        problems.add(field.label() + " must be at most " + rules.get("max").asText());
      }
      if (field.decimalDigits() != null && decimal.stripTrailingZeros().scale() > field.decimalDigits()) {
        problems.add(field.label() + (field.decimalDigits() == 0 ? " must be a whole number"
            : " must have at most " + field.decimalDigits() + " decimal places"));
      }
    }
    if (value instanceof String text && "textfield".equals(field.type()) && !SingleLine.Validator.isSingleLine(text)) {
      problems.add(field.label() + " must be one line, without line breaks");
    }
    if ("datetime".equals(field.type())) {
      checkDate(field, value, problems);
    }
    if (value instanceof String text) {
      if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
        problems.add(field.label() + " must be at least " + rules.get("minLength").asInt() + " characters");
      }
      if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
        problems.add(field.label() + " must be at most " + rules.get("maxLength").asInt() + " characters");
      }
      if (rules.hasNonNull("pattern") && !Pattern.compile(rules.get("pattern").asText()).matcher(text).matches()) {
        problems.add(field.label() + " is not in the expected format");
      }
    }
  }

  private static void checkDate(Field field, Object value, List<String> problems) {
    LocalDate date;
    try {
      date = ProcessVariables.asDate(value);
    } catch (RuntimeException notADate) {
      problems.add(field.label() + " must be a date");
      return;
    }
    if (date != null && !SensibleDate.Validator.isSensible(date)) {
      problems.add(field.label() + " must be between 1 January 2000 and 31 December 2099");
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof SpinJsonNode json && json.isArray() && json.elements().isEmpty();
  }
}
