package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.MoneyAmounts;
import org.commissioninghub.system.RefusedFieldsException;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * The input fields of one Camunda Form and their validation rules, checked on the server when a
 * task is completed.
 *
 * <p>The form-js rules checked are {@code validate.required}, {@code min}, {@code max},
 * {@code minLength}, {@code maxLength} and a number's {@code decimalDigits}; text fields must also
 * be one line, and dates real dates (year-month-day, as form-js submits them) between 2000 and
 * 2099. form-js's own {@code validate.pattern} is refused when the form loads, since Tasklist shows
 * people its regular expression; the custom property {@code pattern} below says the same in words. A required field that may be
 * hidden ({@code conditional}, or inside a conditional group) may be left empty, since form-js
 * does not submit hidden fields; a conditional list or group with a path that is submitted was
 * shown, so its fields' rules apply.
 *
 * <p>A dynamic list ({@code dynamiclist} with {@code isRepeating: true}) is submitted as one
 * variable, named by its {@code path}, holding an array of row objects. Each row's fields are
 * checked like top-level fields, and problems name the list and the row ("Lots, row 2: Name is
 * required"). {@code defaultRepetitions} is only how many rows the form starts with, not a rule. A
 * group, or a non-repeating dynamic list, with a {@code path} is one variable holding an object of
 * its fields; a group without one only lays out top-level fields. A dotted key or path
 * ({@code tender.lots}) nests inside the variable named by its first part.
 *
 * <p>Custom properties (the Modeler's "Custom properties", {@code properties} in the form's JSON),
 * for what form-js cannot say itself:
 * <ul>
 *   <li>{@code requiredWhen} on a field, {@code otherKey=value1|value2}: the field is required when
 *       the other field has one of those values. Within a dynamic list, the other field is one of
 *       the same row.
 *   <li>{@code minRows} and {@code maxRows} on a dynamic list, whole numbers: the fewest and the
 *       most rows it may be submitted with. {@code minRows} is not enforced while a conditional list
 *       is left empty (it may be hidden).
 *   <li>{@code format=money} on a text field outside lists and groups: a sum of money in pounds,
 *       typed with or without the pound sign and thousands separators (2,400,000 or £2,400,000),
 *       at most two decimal places, checked against {@code validate.min} and {@code max}, and
 *       stored as a number when the task completes ({@link #typedValues}). form-js number fields
 *       take neither separators nor a pound sign.
 *   <li>{@code pattern} with {@code patternExample} on a text field: the whole value must match the
 *       regular expression, and a value that does not is refused as "must look like" the example.
 * </ul>
 * A list or group marked {@code readonly} or {@code disabled} makes all its fields read-only, and a
 * list or group is read-only when none of its fields can be changed.
 */
final class FormSchema {

  private static final Set<String> NON_INPUT_TYPES =
      Set.of("text", "spacer", "separator", "button", "image", "html", "group", "iframe", "table");

  /** Something a form asks for: a field, a group with a path or a dynamic list. */
  private interface Input {

    /** The variable it is submitted in: the first part of its key or path. */
    String variable();

    boolean editable();

    /** Adds one sentence per broken rule, each starting with {@code where} (the list row, if any). */
    void check(Function<String, Object> values, String where, List<String> problems);
  }

  /** Whether the fields in a list or group can be changed, and whether they may be hidden. */
  private record Context(String formId, boolean editable, boolean conditional, boolean topLevel) {

    Context inside(JsonNode component) {
      return new Context(formId, editable && !component.path("readonly").asBoolean(false)
          && !component.path("disabled").asBoolean(false), conditional || component.has("conditional"), topLevel);
    }

    /** Within a list or group with a path, submitted only when shown, only a field's own condition counts. */
    Context shown() {
      return new Context(formId, editable, false, false);
    }
  }

  /** A custom property's rule on the text a field takes: money, or a pattern described by an example. */
  private record TextFormat(boolean money, Pattern pattern, String patternExample) {

    static final TextFormat NONE = new TextFormat(false, null, null);
  }

  private record Field(String key, String type, String label, JsonNode validate, boolean editable,
      boolean conditional, Integer decimalDigits, String requiredWhen, TextFormat format) implements Input {

    @Override
    public String variable() {
      return firstPart(key);
    }

    @Override
    public void check(Function<String, Object> values, String where, List<String> problems) {
      var value = valueAt(values, key);
      var name = where + label;
      if (isEmpty(value)) {
        if (requiredByOtherField(values) || validate.path("required").asBoolean(false) && !conditional) {
          problems.add(name + " is required");
        }
        return;
      }
      if (format.money()) {
        var amount = MoneyAmounts.parse(value);
        if (amount.isEmpty()) {
          problems.add(name + " must be an amount in pounds, such as 2,400,000 or £2,400,000.50");
          return;
        }
        checkNumber(name, amount.get(), problems);
        return;
      }
      if (value instanceof Number number) {
        checkNumber(name, new BigDecimal(number.toString()), problems);
      }
      if (value instanceof String text && "textfield".equals(type) && !SingleLine.Validator.isSingleLine(text)) {
        problems.add(name + " must be one line, without line breaks");
      }
      if ("datetime".equals(type)) {
        checkDate(name, value, problems);
      }
      if (value instanceof String text) {
        if (validate.has("minLength") && text.length() < validate.get("minLength").asInt()) {
          problems.add(name + " must be at least " + validate.get("minLength").asInt() + " characters");
        }
        if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
          problems.add(name + " must be at most " + validate.get("maxLength").asInt() + " characters");
        }
        if (format.pattern() != null && !format.pattern().matcher(text.strip()).matches()) {
          problems.add(name + " must look like " + format.patternExample());
        }
      }
    }

    private void checkNumber(String name, BigDecimal number, List<String> problems) {
      if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
        problems.add(name + " must be at least " + bound(validate.get("min").decimalValue()));
      }
      if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
        problems.add(name + " must be at most " + bound(validate.get("max").decimalValue()));
      }
      var places = format.money() ? Integer.valueOf(2) : decimalDigits;
      if (places != null && number.stripTrailingZeros().scale() > places) {
        problems.add(name + (places == 0 ? " must be a whole number" : " must have at most " + places + " decimal places"));
      }
    }

    private String bound(BigDecimal bound) {
      return format.money() ? MoneyAmounts.format(bound) : bound.toPlainString();
    }

    /** The typed amount of a money field as the number to store; empty when it is not typed text. */
    Optional<Number> typedAmount(Function<String, Object> values) {
      if (!format.money() || !(valueAt(values, key) instanceof String text) || text.isBlank()) {
        return Optional.empty();
      }
      return MoneyAmounts.parse(text).map(amount -> amount.stripTrailingZeros().scale() <= 0
          ? (Number) amount.longValueExact() : (Number) amount.doubleValue());
    }

    private boolean requiredByOtherField(Function<String, Object> values) {
      if (requiredWhen == null || !requiredWhen.contains("=")) {
        return false;
      }
      var condition = requiredWhen.split("=", 2);
      var other = valueAt(values, condition[0].trim());
      return other != null && Arrays.stream(condition[1].split("\\|")).map(String::trim)
          .anyMatch(value -> value.equals(other.toString()));
    }
  }

  /** A group with a path: its fields are submitted together as one object. */
  private record FieldGroup(String path, boolean conditional, List<Input> inputs) implements Input {

    @Override
    public String variable() {
      return firstPart(path);
    }

    @Override
    public boolean editable() {
      return inputs.stream().anyMatch(Input::editable);
    }

    @Override
    public void check(Function<String, Object> values, String where, List<String> problems) {
      var value = valueAt(values, path);
      if (value == null && conditional) {
        return;
      }
      checkAll(inputs, FormRows.object(value)::get, where, problems);
    }
  }

  /** A dynamic list: one variable holding its rows, each an object of the row's fields. */
  private record DynamicList(String path, String label, boolean conditional, int minRows, Integer maxRows,
      List<Input> rowInputs) implements Input {

    @Override
    public String variable() {
      return firstPart(path);
    }

    @Override
    public boolean editable() {
      return rowInputs.stream().anyMatch(Input::editable);
    }

    @Override
    public void check(Function<String, Object> values, String where, List<String> problems) {
      var name = where + label;
      List<Map<String, Object>> rows;
      try {
        rows = FormRows.of(valueAt(values, path));
      } catch (IllegalArgumentException notRows) {
        problems.add(name + " is not a list of rows");
        return;
      }
      if (rows.size() < minRows && !(rows.isEmpty() && conditional)) {
        problems.add(name + " must have at least " + rowCount(minRows));
      }
      if (maxRows != null && rows.size() > maxRows) {
        problems.add(name + " must have at most " + rowCount(maxRows));
      }
      for (int row = 0; row < rows.size(); row++) {
        checkAll(rowInputs, rows.get(row)::get, name + ", row " + (row + 1) + ": ", problems);
      }
    }

    private static String rowCount(int rows) {
      return rows + (rows == 1 ? " row" : " rows");
    }
  }

  private final String id;
  private final List<Input> inputs;

  private FormSchema(String id, List<Input> inputs) {
    this.id = id;
    this.inputs = inputs;
  }

  /**
   * @throws IllegalArgumentException when a dynamic list has no path, or its row limits are not
   *     whole numbers with {@code minRows} at most {@code maxRows}
   */
  static FormSchema parse(JsonNode form) {
    var id = form.path("id").asText();
    return new FormSchema(id, inputsOf(form.path("components"), new Context(id, true, false, true)));
  }

  private static List<Input> inputsOf(JsonNode components, Context outer) {
    var inputs = new ArrayList<Input>();
    for (var component : components) {
      var type = component.path("type").asText();
      var context = outer.inside(component);
      var path = component.path("path").asText("");
      if ("dynamiclist".equals(type) && path.isBlank()) {
        throw new IllegalArgumentException("Form " + outer.formId() + ": dynamic list "
            + component.path("id").asText() + " has no path");
      }
      if (component.has("components")) {
        if (path.isBlank()) {
          inputs.addAll(inputsOf(component.path("components"), context));
          continue;
        }
        var children = inputsOf(component.path("components"), context.shown());
        if ("dynamiclist".equals(type) && component.path("isRepeating").asBoolean(false)) {
          inputs.add(dynamicList(component, path, context, children));
        } else {
          refuseRowLimits(component, path, outer.formId());
          inputs.add(new FieldGroup(path, context.conditional(), children));
        }
        continue;
      }
      if (NON_INPUT_TYPES.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      var key = component.get("key").asText();
      inputs.add(new Field(key, type, labelOf(component, key), component.path("validate"), context.editable(),
          context.conditional(), component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null,
          component.path("properties").path("requiredWhen").asText(null), textFormat(component, key, context)));
    }
    return List.copyOf(inputs);
  }

  private static TextFormat textFormat(JsonNode component, String key, Context context) {
    var properties = component.path("properties");
    if (component.path("validate").hasNonNull("pattern")) {
      throw new IllegalArgumentException("Form " + context.formId() + ": field " + key + " has validate.pattern, "
          + "which Tasklist shows people as a regular expression; use the custom properties pattern and patternExample");
    }
    var money = "money".equals(properties.path("format").asText(""));
    if (money && (!"textfield".equals(component.path("type").asText()) || !context.topLevel() || key.contains("."))) {
      throw new IllegalArgumentException("Form " + context.formId() + ": field " + key
          + " has format money, which is for text fields with a plain key outside lists and groups");
    }
    var pattern = properties.path("pattern").asText("");
    var example = properties.path("patternExample").asText("");
    if (pattern.isBlank() != example.isBlank()) {
      throw new IllegalArgumentException("Form " + context.formId() + ": field " + key
          + " needs both pattern and patternExample, or neither");
    }
    if (!money && pattern.isBlank()) {
      return TextFormat.NONE;
    }
    return new TextFormat(money, pattern.isBlank() ? null : Pattern.compile(pattern), example.isBlank() ? null : example);
  }

  private static DynamicList dynamicList(JsonNode component, String path, Context context, List<Input> rowInputs) {
    var minRows = rowLimit(component, "minRows", path, context.formId());
    var maxRows = rowLimit(component, "maxRows", path, context.formId());
    if (minRows != null && maxRows != null && minRows > maxRows) {
      throw new IllegalArgumentException("Form " + context.formId() + ": dynamic list " + path
          + " has minRows above maxRows");
    }
    return new DynamicList(path, labelOf(component, path), context.conditional(),
        minRows == null ? 0 : minRows, maxRows, rowInputs);
  }

  private static Integer rowLimit(JsonNode component, String property, String path, String formId) {
    var value = component.path("properties").path(property).asText("").trim();
    if (value.isEmpty()) {
      return null;
    }
    try {
      var limit = Integer.parseInt(value);
      if (limit >= 0) {
        return limit;
      }
    } catch (NumberFormatException notAWholeNumber) {
      // refused below
    }
    throw new IllegalArgumentException("Form " + formId + ": " + property + " of dynamic list " + path
        + " must be a whole number, not " + value);
  }

  /** Row limits only mean something on a list whose rows repeat; elsewhere they would be silently ignored. */
  private static void refuseRowLimits(JsonNode component, String path, String formId) {
    var properties = component.path("properties");
    if (properties.has("minRows") || properties.has("maxRows")) {
      throw new IllegalArgumentException("Form " + formId + ": " + path
          + " has minRows or maxRows but is not a dynamic list with isRepeating: true");
    }
  }

  private static String labelOf(JsonNode component, String fallback) {
    var label = component.path("label").asText("");
    return label.isBlank() ? fallback : label;
  }

  String id() {
    return id;
  }

  /**
   * The variables a person fills in, in form order: a field's key, or the path of a dynamic list or
   * group with a path (once, not its fields' keys).
   */
  List<String> inputKeys() {
    return inputs.stream().filter(Input::editable).map(Input::variable).distinct().toList();
  }

  /**
   * What people read as the field's name: its label, or its key when it has none. A field of a
   * list's rows or a group is found by its own key ({@code name} in the rows of {@code lots}).
   */
  String labelOf(String key) {
    return labelIn(inputs, key).orElse(key);
  }

  private static Optional<String> labelIn(List<Input> inputs, String key) {
    for (var input : inputs) {
      Optional<String> found = Optional.empty();
      if (input instanceof Field field && (field.key().equals(key) || lastPart(field.key()).equals(key))) {
        found = Optional.of(field.label());
      } else if (input instanceof DynamicList list) {
        found = list.path().equals(key) || lastPart(list.path()).equals(key)
            ? Optional.of(list.label()) : labelIn(list.rowInputs(), key);
      } else if (input instanceof FieldGroup group) {
        found = labelIn(group.inputs(), key);
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static String lastPart(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  /** The variables a form shows but does not let people change (the case's reference, a summary). */
  List<String> readonlyKeys() {
    var inputKeys = inputKeys();
    return inputs.stream().filter(input -> !input.editable()).map(Input::variable).distinct()
        .filter(key -> !inputKeys.contains(key)).toList();
  }

  /** One sentence per broken rule of this form's fields. */
  List<String> problems(Function<String, Object> values) {
    return fieldProblems(values).stream().map(FieldProblem::message).toList();
  }

  /** Each broken rule with the variable it is about: a field's key, or the path of its list or group. */
  List<FieldProblem> fieldProblems(Function<String, Object> values) {
    var found = new ArrayList<FieldProblem>();
    for (var input : inputs) {
      var sentences = new ArrayList<String>();
      checkAll(List.of(input), values, "", sentences);
      sentences.forEach(sentence -> found.add(new FieldProblem(input.variable(), sentence)));
    }
    return found;
  }

  /**
   * The values to store in place of what was typed: each money field's amount as a number (a Long
   * for whole pounds, else a Double), so gateways, records and the case read a number.
   */
  Map<String, Number> typedValues(Function<String, Object> values) {
    var typed = new java.util.LinkedHashMap<String, Number>();
    for (var input : inputs) {
      if (input instanceof Field field && field.editable()) {
        field.typedAmount(values).ifPresent(amount -> typed.put(field.key(), amount));
      }
    }
    return typed;
  }

  /**
   * Throws with one sentence per broken rule, each also listed with its field (the engine REST API's
   * problem names them under {@code errors}); the engine then rolls the completion back.
   */
  void refuseIfBroken(Function<String, Object> values) {
    var problems = fieldProblems(values);
    if (!problems.isEmpty()) {
      throw new RefusedFieldsException("The form cannot be submitted: "
          + String.join("; ", problems.stream().map(FieldProblem::message).toList()) + ".", problems);
    }
  }

  private static void checkAll(List<Input> inputs, Function<String, Object> values, String where,
      List<String> problems) {
    for (var input : inputs) {
      if (input.editable()) {
        input.check(values, where, problems);
      }
    }
  }

  /** The value of a key or path, following a dotted one into the object its first part names. */
  private static Object valueAt(Function<String, Object> values, String keyOrPath) {
    var parts = keyOrPath.split("\\.");
    var value = values.apply(parts[0]);
    for (int part = 1; part < parts.length && value != null; part++) {
      value = FormRows.object(value).get(parts[part]);
    }
    return value;
  }

  private static String firstPart(String keyOrPath) {
    return keyOrPath.split("\\.", 2)[0];
  }

  private static void checkDate(String name, Object value, List<String> problems) {
    LocalDate date;
    try {
      date = ProcessVariables.asDate(value);
    } catch (RuntimeException notADate) {
      problems.add(name + " must be a real date, sent as year-month-day such as 2027-02-20");
      return;
    }
    if (date != null && !SensibleDate.Validator.isSensible(date)) {
      problems.add(name + " must be between 1 January 2000 and 31 December 2099");
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof SpinJsonNode json && json.isArray() && json.elements().isEmpty();
  }
}
