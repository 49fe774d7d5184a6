package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * The server-side checks of a Camunda Form: small forms are built here as JSON, and the values a
 * task is completed with are given as a map.
 */
class FormSchemaTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void requiredFieldLeftEmptyIsRefusedWhetherNullBlankOrAnEmptyList() {
    // given a form with a required text field and a required checklist
    var schema = schema(
        field("textfield", "title", "Title").set("validate", rules("required", true)),
        field("checklist", "lots", "Lots").set("validate", rules("required", true)));

    // then missing, blank and empty values are each refused with the label
    assertProblems(schema, values(), "Title is required", "Lots is required");
    assertProblems(schema, values("title", "   ", "lots", List.of()), "Title is required", "Lots is required");
    assertProblems(schema, values("title", "", "lots", List.of("north")), "Title is required");
    // and filled-in values pass
    assertValid(schema, values("title", "Dental access", "lots", List.of("north")));
  }

  @Test
  void fieldWithoutRequiredRuleMayBeLeftEmpty() {
    var schema = schema(field("textfield", "notes", "Notes").set("validate", rules("maxLength", 10)));

    assertValid(schema, values());
    assertValid(schema, values("notes", ""));
  }

  @Test
  void numberBelowMinimumOrAboveMaximumIsRefused() {
    // given a number between 1 and 10
    var schema = schema(field("number", "lotCount", "Number of lots").set("validate", rules("min", 1, "max", 10)));

    // then the bounds themselves are accepted
    assertValid(schema, values("lotCount", 1));
    assertValid(schema, values("lotCount", 10));
    assertValid(schema, values("lotCount", 5.5));
    // and numbers outside them are refused, whatever Number type they arrive as
    assertProblems(schema, values("lotCount", 0), "Number of lots must be at least 1");
    assertProblems(schema, values("lotCount", 11L), "Number of lots must be at most 10");
    assertProblems(schema, values("lotCount", 10.01), "Number of lots must be at most 10");
    assertProblems(schema, values("lotCount", -0.5), "Number of lots must be at least 1");
  }

  @Test
  void textShorterThanMinLengthOrLongerThanMaxLengthIsRefused() {
    var schema = schema(field("textfield", "title", "Title").set("validate", rules("minLength", 3, "maxLength", 5)));

    assertValid(schema, values("title", "abc"));
    assertValid(schema, values("title", "abcde"));
    assertProblems(schema, values("title", "ab"), "Title must be at least 3 characters");
    assertProblems(schema, values("title", "abcdef"), "Title must be at most 5 characters");
  }

  @Test
  void textNotMatchingThePatternIsRefusedWithTheExampleNotTheExpression() {
    var schema = schema(odsCode());

    assertValid(schema, values("odsCode", "Q12345"));
    assertProblems(schema, values("odsCode", "q12345"), "ODS code must look like Q12345");
    // the pattern has to match the whole value
    assertProblems(schema, values("odsCode", "Q123456"), "ODS code must look like Q12345");
  }

  @Test
  void formJsPatternIsRefusedWhenTheFormLoadsSinceTasklistWouldShowTheExpression() {
    var pattern = field("textfield", "cqcProviderId", "CQC provider ID").set("validate", rules("pattern", "1-\\d+"));

    assertThatThrownBy(() -> schema(pattern)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use the custom properties pattern and patternExample");
  }

  @Test
  void moneyIsAcceptedWithOrWithoutPoundSignAndThousandsSeparators() {
    var schema = schema(annualValue());

    for (var typed : List.of("2400000", "2,400,000", "£2,400,000", " £2,400,000.50 ", "£ 2400000")) {
      assertValid(schema, values("annualValue", typed));
    }
    assertValid(schema, values("annualValue", 2_400_000));
    // and the typed amount is stored as a number of pounds
    assertThat(schema.typedValues(values("annualValue", "£2,400,000").get())).containsEntry("annualValue", 2_400_000L);
    assertThat(schema.typedValues(values("annualValue", "2,400,000.50").get())).containsEntry("annualValue", 2_400_000.5);
    assertThat(schema.typedValues(values("annualValue", 2_400_000).get())).isEmpty();
  }

  @Test
  void moneyWithLettersOrMisplacedSeparatorsIsRefusedInWords() {
    var schema = schema(annualValue());

    for (var typed : List.of("2.4m", "two million", "24,00,000", "-5", "£2,400,000.505", "NaN")) {
      var expected = typed.equals("£2,400,000.505") ? "Annual value must have at most 2 decimal places"
          : "Annual value must be an amount in pounds, such as 2,400,000 or £2,400,000.50";
      assertProblems(schema, values("annualValue", typed), expected);
    }
    assertThat(schema.typedValues(values("annualValue", "two million").get())).isEmpty();
  }

  @Test
  void moneyOutsideItsBoundsNamesTheBoundInPounds() {
    var schema = schema(annualValue());

    assertProblems(schema, values("annualValue", "£0"), "Annual value must be at least £0.01");
    assertProblems(schema, values("annualValue", "1,000,000,001"), "Annual value must be at most £1,000,000,000");
  }

  @Test
  void moneyIsForTopLevelTextFieldsOnly() {
    var inARow = dynamicList("bids", "Bids", annualValue());
    var onANumber = field("number", "annualValue", "Annual value");
    onANumber.putObject("properties").put("format", "money");

    assertThatThrownBy(() -> schema(inARow)).hasMessageContaining("has format money");
    assertThatThrownBy(() -> schema(onANumber)).hasMessageContaining("has format money");
  }

  @Test
  void wholeNumberFieldRefusesAFraction() {
    // given a number field with no decimal digits
    var schema = schema(field("number", "lotCount", "Number of lots").put("decimalDigits", 0));

    // then fractions are refused and whole numbers, however typed, are accepted
    assertProblems(schema, values("lotCount", 2.5), "Number of lots must be a whole number");
    assertValid(schema, values("lotCount", 2));
    assertValid(schema, values("lotCount", 2.0));
    assertValid(schema, values("lotCount", 3L));
  }

  @Test
  void moneyFieldRefusesMoreThanTwoDecimalPlaces() {
    var schema = schema(field("number", "annualValue", "Annual value").put("decimalDigits", 2));

    assertProblems(schema, values("annualValue", 1.234), "Annual value must have at most 2 decimal places");
    assertValid(schema, values("annualValue", 1.23));
    assertValid(schema, values("annualValue", 1.2));
    assertValid(schema, values("annualValue", 250_000));
  }

  @Test
  void readonlyAndDisabledFieldsAreNeitherValidatedNorInputs() {
    // given required fields that the person cannot edit
    var schema = schema(
        field("textfield", "caseReference", "Case").put("readonly", true).set("validate", rules("required", true)),
        field("textfield", "caseTitle", "Title").put("disabled", true).set("validate", rules("required", true)),
        field("textfield", "comment", "Comment"));

    // then only the editable field is an input, and the empty read-only ones are not refused
    assertThat(schema.inputKeys()).containsExactly("comment");
    assertValid(schema, values());
  }

  @Test
  void nonInputComponentsAreNotInputs() {
    var schema = schema(
        JSON.createObjectNode().put("type", "text").put("text", "## Approve"),
        JSON.createObjectNode().put("type", "spacer"),
        field("textfield", "title", "Title"));

    assertThat(schema.inputKeys()).containsExactly("title");
  }

  @Test
  void fieldsInsideAGroupAreFoundAndValidated() {
    // given a group holding a required field, between two top-level fields
    var group = JSON.createObjectNode().put("type", "group").put("id", "Group_Lot").put("label", "Lot");
    group.putArray("components")
        .add(field("textfield", "lotName", "Lot name").set("validate", rules("required", true)))
        .add(field("number", "lotValue", "Lot value").set("validate", rules("max", 100)));
    var schema = schema(field("textfield", "before", "Before"), group, field("textfield", "after", "After"));

    // then the group's fields are inputs in form order, the group itself is not
    assertThat(schema.inputKeys()).containsExactly("before", "lotName", "lotValue", "after");
    // and their rules are enforced
    assertProblems(schema, values("lotValue", 101), "Lot name is required", "Lot value must be at most 100");
    assertValid(schema, values("lotName", "North", "lotValue", 100));
  }

  @Test
  void requiredFieldInAConditionalGroupMayBeLeftEmpty() {
    // given a group that form-js may hide, holding a required field
    var group = JSON.createObjectNode().put("type", "group").put("id", "Group_Lot").put("label", "Lot");
    group.putObject("conditional").put("hide", "=singleLot");
    group.putArray("components").add(field("textfield", "lotName", "Lot name").set("validate", rules("required", true)));
    var schema = schema(group);

    // then leaving it empty is accepted, as for a conditional field
    assertValid(schema, values());
  }

  @Test
  void conditionalRequiredFieldLeftEmptyIsNotRefusedButItsOtherRulesApply() {
    // given a required field that form-js may hide (hidden fields are not submitted)
    ObjectNode conditional = field("textarea", "reason", "Reason").set("validate", rules("required", true, "maxLength", 5));
    conditional.putObject("conditional").put("hide", "=outcome = \"approved\"");
    var schema = schema(conditional);

    // then leaving it empty is accepted
    assertValid(schema, values());
    assertValid(schema, values("reason", ""));
    // but a value given is still checked
    assertProblems(schema, values("reason", "too long"), "Reason must be at most 5 characters");
    assertThat(schema.inputKeys()).containsExactly("reason");
  }

  @Test
  void requiredWhenMakesAFieldRequiredOnlyForTheNamedValuesOfTheOtherField() {
    // given a comment required when the outcome is rejected or changes-requested
    ObjectNode outcome = field("radio", "outcome", "Decision").set("validate", rules("required", true));
    var comment = field("textarea", "comment", "Reason");
    comment.putObject("properties").put("requiredWhen", "outcome=rejected|changes-requested");
    var schema = schema(outcome, comment);

    // then it is required for those values
    assertProblems(schema, values("outcome", "rejected"), "Reason is required");
    assertProblems(schema, values("outcome", "changes-requested", "comment", " "), "Reason is required");
    // and not otherwise
    assertValid(schema, values("outcome", "approved"));
    assertValid(schema, values("outcome", "rejected", "comment", "No budget"));
    // nor for a value that merely contains one of them
    assertValid(schema, values("outcome", "not-rejected"));
    // and with no outcome only the outcome itself is missing
    assertProblems(schema, values(), "Decision is required");
  }

  @Test
  void requiredWhenOverridesConditionalHiding() {
    // given a conditional comment that requiredWhen still requires
    var comment = field("textarea", "comment", "Reason");
    comment.putObject("conditional").put("hide", "=outcome = \"approved\"");
    comment.putObject("properties").put("requiredWhen", "outcome=rejected");
    var schema = schema(field("radio", "outcome", "Decision"), comment);

    assertProblems(schema, values("outcome", "rejected"), "Reason is required");
    assertValid(schema, values("outcome", "approved"));
  }

  @Test
  void stageApprovalFormNeedsADecisionAndAReasonUnlessApproved() throws IOException {
    // given the stage approval form as deployed
    var schema = FormSchema.parse(JSON.readTree(Path.of("forms", "stage-approval.form").toFile()));

    // then the approver fills in only the decision and the comment
    assertThat(schema.id()).isEqualTo("stage-approval");
    assertThat(schema.inputKeys()).containsExactly("approvalOutcome", "approvalComment");
    // and a decision is needed
    assertProblems(schema, values(), "Decision is required");
    // and approving needs no reason
    assertValid(schema, values("approvalOutcome", "approved"));
    assertValid(schema, values("approvalOutcome", "approved", "approvalComment", "Well argued"));
    // but rejecting or asking for changes does
    assertProblems(schema, values("approvalOutcome", "rejected"), "Reason or comments is required");
    assertProblems(schema, values("approvalOutcome", "changes-requested", "approvalComment", ""),
        "Reason or comments is required");
    assertValid(schema, values("approvalOutcome", "rejected", "approvalComment", "No budget this year"));
    assertValid(schema, values("approvalOutcome", "changes-requested", "approvalComment", "Split lot 2"));
    // and the comment is limited to 4000 characters
    assertValid(schema, values("approvalOutcome", "approved", "approvalComment", "x".repeat(4000)));
    assertProblems(schema, values("approvalOutcome", "approved", "approvalComment", "x".repeat(4001)),
        "Reason or comments must be at most 4000 characters");
    // and the read-only case details are not checked even when absent
    assertThat(schema.inputKeys()).doesNotContain("caseReference", "caseTitle", "stage", "approvalSummary",
        "approvalDueDate");
  }

  @Test
  void everyProblemIsReportedTogetherInOneMessage() {
    // given a form with several rules
    var schema = schema(
        field("textfield", "title", "Title").set("validate", rules("required", true)),
        field("number", "lotCount", "Number of lots").put("decimalDigits", 0).set("validate", rules("min", 1)),
        odsCode());

    // when it is submitted with every rule broken
    // then one exception lists every problem, in form order
    assertThatThrownBy(() -> validate(schema, values("lotCount", 0.5, "odsCode", "nope").get()))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The form cannot be submitted: Title is required; Number of lots must be at least 1; "
            + "Number of lots must be a whole number; ODS code must look like Q12345.");
  }

  @Test
  void dynamicListWithOneBadRowNamesThatRowAndField() {
    // given a list of lots, each needing a name and a value of at most 100
    var schema = schema(lotsList());

    // when the second of three rows has no name and too high a value
    var lots = List.of(lot("North", 10), lot("", 101), lot("South", 20));

    // then each problem names the list, the row and the field
    assertProblems(schema, values("lots", lots),
        "Lots, row 2: Name is required", "Lots, row 2: Value must be at most 100");
  }

  @Test
  void dynamicListOfGoodRowsPasses() {
    var schema = schema(lotsList());

    assertValid(schema, values("lots", List.of(lot("North", 10), lot("South", 100))));
  }

  @Test
  void rowFieldsAreCheckedWithTheRulesOfTopLevelFields() {
    // given a list whose rows have a one-line code with a pattern, a whole number and a date
    var list = dynamicList("sites", "Sites",
        withPattern(field("textfield", "code", "Code").set("validate", rules("maxLength", 6))),
        field("number", "chairs", "Chairs").put("decimalDigits", 0),
        field("datetime", "opens", "Opening date"));
    var schema = schema(list);

    // when a row breaks each of them
    var site = map("code", "Q1\n2", "chairs", 2.5, "opens", "1999-12-31");

    // then each is reported for that row
    assertProblems(schema, values("sites", List.of(map("code", "Q12345", "chairs", 3, "opens", "2027-01-15"), site)),
        "Sites, row 2: Code must be one line, without line breaks",
        "Sites, row 2: Code must look like Q12345",
        "Sites, row 2: Chairs must be a whole number",
        "Sites, row 2: Opening date must be between 1 January 2000 and 31 December 2099");
  }

  @Test
  void minRowsAndMaxRowsLimitHowManyRowsAListMayHave() {
    // given a list of one to three lots
    var list = lotsList();
    list.putObject("properties").put("minRows", "1").put("maxRows", "3");
    var schema = schema(list);

    // then no rows, or more than three, are refused
    assertProblems(schema, values(), "Lots must have at least 1 row");
    assertProblems(schema, values("lots", List.of()), "Lots must have at least 1 row");
    assertProblems(schema, values("lots", List.of(lot("A", 1), lot("B", 2), lot("C", 3), lot("D", 4))),
        "Lots must have at most 3 rows");
    // and one to three rows pass
    assertValid(schema, values("lots", List.of(lot("A", 1))));
    assertValid(schema, values("lots", List.of(lot("A", 1), lot("B", 2), lot("C", 3))));
  }

  @Test
  void rowLimitsThatAreNotWholeNumbersStopTheFormFromLoading() {
    var list = lotsList();
    list.putObject("properties").put("minRows", "two");

    assertThatThrownBy(() -> schema(list)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minRows");
  }

  @Test
  void conditionalListLeftEmptyNeedsNoRows() {
    // given a list of at least one lot that form-js may hide
    var list = lotsList();
    list.putObject("properties").put("minRows", "1");
    list.putObject("conditional").put("hide", "=singleLot");
    var schema = schema(list);

    // then leaving it out is accepted, but its rows are still checked
    assertValid(schema, values());
    assertProblems(schema, values("lots", List.of(lot("", 1))), "Lots, row 1: Name is required");
  }

  @Test
  void listIsAcceptedInEveryShapeItArrivesIn() throws IOException {
    // given the same two lots, the second without a name, as Tasklist and REST clients send them
    var schema = schema(lotsList());
    var json = "[{\"name\": \"North\", \"value\": 10}, {\"name\": \"\", \"value\": 20.5}]";
    var shapes = List.of(
        Spin.JSON(json),      // a Json variable, from Tasklist
        JSON.readTree(json),                    // a Jackson node, from the REST guard
        json,                                   // JSON text
        List.of(lot("North", 10), lot("", 20.5)));  // a Java list of maps

    // then each is read as rows and the same problem is found
    for (var lots : shapes) {
      assertProblems(schema, values("lots", lots), "Lots, row 2: Name is required");
    }
  }

  @Test
  void valueThatIsNotAListOfRowsIsRefused() {
    var schema = schema(lotsList());

    assertProblems(schema, values("lots", "North, South"), "Lots is not a list of rows");
    assertProblems(schema, values("lots", List.of("North")), "Lots is not a list of rows");
  }

  @Test
  void requiredWhenInsideARowLooksAtTheSameRow() {
    // given rows whose reason is required when that row's outcome is rejected
    var reason = field("textarea", "reason", "Reason");
    reason.putObject("properties").put("requiredWhen", "outcome=rejected");
    var schema = schema(field("radio", "outcome", "Decision"),
        dynamicList("bids", "Bids", field("radio", "outcome", "Outcome"), reason));

    // then only the rejected row without a reason is refused, whatever the top-level outcome
    assertProblems(schema,
        values("outcome", "approved", "bids", List.of(
            map("outcome", "accepted"), map("outcome", "rejected"), map("outcome", "rejected", "reason", "Late"))),
        "Bids, row 2: Reason is required");
    assertValid(schema, values("outcome", "rejected", "bids", List.of(map("outcome", "accepted"))));
  }

  @Test
  void inputKeysNameTheListOnceAndNotItsFields() {
    // given a field, a list of lots and a read-only list
    var readonlySummary = dynamicList("previousLots", "Previous lots", field("textfield", "name", "Name"));
    readonlySummary.put("readonly", true);
    var schema = schema(field("textfield", "title", "Title"), lotsList(), readonlySummary);

    // then the list's path is an input key once, and its fields' keys are not keys at all
    assertThat(schema.inputKeys()).containsExactly("title", "lots");
    assertThat(schema.readonlyKeys()).containsExactly("previousLots");
  }

  @Test
  void groupWithAPathIsOneObjectVariable() {
    // given a group with a path holding a required name, and a dotted key in the same object
    var group = JSON.createObjectNode().put("type", "group").put("id", "Group_Supplier").put("path", "supplier");
    group.putArray("components")
        .add(field("textfield", "name", "Supplier name").set("validate", rules("required", true)))
        .add(field("number", "staff", "Staff").set("validate", rules("min", 1)));
    var schema = schema(group, field("textfield", "supplier.ods", "ODS code").set("validate", rules("required", true)));

    // then the object is one input key, and its fields are checked inside it
    assertThat(schema.inputKeys()).containsExactly("supplier");
    assertProblems(schema, values("supplier", map("staff", 0)),
        "Supplier name is required", "Staff must be at least 1", "ODS code is required");
    assertValid(schema, values("supplier", "{\"name\": \"Smile Ltd\", \"staff\": 4, \"ods\": \"V12345\"}"));
  }

  @Test
  void conditionalGroupWithAPathIsCheckedOnlyWhenSubmitted() {
    // given a group with a path that form-js may hide, holding a required field
    var group = JSON.createObjectNode().put("type", "group").put("id", "Group_Supplier").put("path", "supplier");
    group.putObject("conditional").put("hide", "=noSupplier");
    group.putArray("components").add(field("textfield", "name", "Supplier name").set("validate", rules("required", true)));
    var schema = schema(group);

    // then left out it was hidden, but submitted it was shown and its rules apply
    assertValid(schema, values());
    assertProblems(schema, values("supplier", map("name", "")), "Supplier name is required");
  }

  @Test
  void listInsideARowNamesBothRows() {
    // given lots whose rows each list their sites
    var sites = dynamicList("sites", "Sites", field("textfield", "postcode", "Postcode").set("validate", rules("required", true)));
    sites.putObject("properties").put("minRows", "1");
    var schema = schema(dynamicList("lots", "Lots", field("textfield", "name", "Name"), sites));

    // then a problem in a site names the lot's row and the site's row
    assertProblems(schema, values("lots", List.of(
            map("name", "North", "sites", List.of(map("postcode", "EX1 1AA"))),
            map("name", "South", "sites", List.of(map("postcode", "EX2 2AA"), map("postcode", ""))),
            map("name", "East"))),
        "Lots, row 2: Sites, row 2: Postcode is required", "Lots, row 3: Sites must have at least 1 row");
  }

  @Test
  void formRowsGivesPlainJavaValues() {
    var rows = FormRows.of(Spin.JSON(
        "[{\"name\": \"North\", \"value\": 1.50, \"count\": 2, \"open\": true, \"tags\": [\"a\"]}]"));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("name", "North").containsEntry("count", 2)
        .containsEntry("open", true).containsEntry("tags", List.of("a"));
    assertThat((BigDecimal) rows.get(0).get("value")).isEqualByComparingTo("1.5");
  }

  @Test
  void everyFormInTheFormsFolderLoads() throws IOException {
    try (var forms = Files.list(Path.of("forms"))) {
      for (var form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
        assertThatCode(() -> FormSchema.parse(JSON.readTree(form.toFile()))).as("%s", form).doesNotThrowAnyException();
      }
    }
  }

  // --- helpers

  static FormSchema schema(JsonNode... components) {
    var form = JSON.createObjectNode().put("id", "test-form").put("type", "default");
    ArrayNode array = form.putArray("components");
    for (var component : components) {
      array.add(component);
    }
    return FormSchema.parse(form);
  }

  static ObjectNode field(String type, String key, String label) {
    return JSON.createObjectNode().put("type", type).put("id", "Field_" + key).put("key", key).put("label", label);
  }

  private static ObjectNode odsCode() {
    return withPattern(field("textfield", "odsCode", "ODS code"));
  }

  private static ObjectNode withPattern(ObjectNode field) {
    field.putObject("properties").put("pattern", "[A-Z][0-9]{5}").put("patternExample", "Q12345");
    return field;
  }

  /** A required sum of money between a penny and a billion pounds. */
  private static ObjectNode annualValue() {
    var field = field("textfield", "annualValue", "Annual value").set("validate",
        rules("required", true, "min", 0.01, "max", 1_000_000_000));
    ((ObjectNode) field).putObject("properties").put("format", "money");
    return (ObjectNode) field;
  }

  /** A list of lots whose rows need a name and a value of at most 100. */
  private static ObjectNode lotsList() {
    return dynamicList("lots", "Lots",
        field("textfield", "name", "Name").set("validate", rules("required", true)),
        field("number", "value", "Value").set("validate", rules("max", 100)));
  }

  static ObjectNode dynamicList(String path, String label, JsonNode... rowComponents) {
    var list = JSON.createObjectNode().put("type", "dynamiclist").put("id", "List_" + path).put("path", path)
        .put("label", label).put("isRepeating", true).put("defaultRepetitions", 1);
    var components = list.putArray("components");
    for (var component : rowComponents) {
      components.add(component);
    }
    return list;
  }

  private static Map<String, Object> lot(String name, Number value) {
    return map("name", name, "value", value);
  }

  static JsonNode rules(Object... namesAndValues) {
    return JSON.valueToTree(map(namesAndValues));
  }

  private static Values values(Object... namesAndValues) {
    return new Values(map(namesAndValues));
  }

  static Map<String, Object> map(Object... namesAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private record Values(Map<String, Object> map) {
    java.util.function.Function<String, Object> get() {
      return map::get;
    }
  }

  private static void assertValid(FormSchema schema, Values values) {
    assertThatCode(() -> validate(schema, values.get())).as("values %s", values.map()).doesNotThrowAnyException();
  }

  private static void assertProblems(FormSchema schema, Values values, String... problems) {
    assertThatThrownBy(() -> validate(schema, values.get()))
        .as("values %s", values.map())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The form cannot be submitted: " + String.join("; ", problems) + ".");
  }

  /** What the hub does with a submission: every rule of the form checked, one refusal for all problems. */
  private static void validate(FormSchema schema, java.util.function.Function<String, Object> values) {
    schema.refuseIfBroken(values);
  }
}
