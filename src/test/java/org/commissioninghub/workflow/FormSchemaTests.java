package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
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
  void textNotMatchingThePatternIsRefused() {
    var schema = schema(field("textfield", "odsCode", "ODS code").set("validate", rules("pattern", "[A-Z][0-9]{5}")));

    assertValid(schema, values("odsCode", "Q12345"));
    assertProblems(schema, values("odsCode", "q12345"), "ODS code is not in the expected format");
    // the pattern has to match the whole value
    assertProblems(schema, values("odsCode", "Q123456"), "ODS code is not in the expected format");
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
        field("textfield", "odsCode", "ODS code").set("validate", rules("pattern", "[A-Z][0-9]{5}")));

    // when it is submitted with every rule broken
    // then one exception lists every problem, in form order
    assertThatThrownBy(() -> validate(schema, values("lotCount", 0.5, "odsCode", "nope").get()))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The form cannot be submitted: Title is required; Number of lots must be at least 1; "
            + "Number of lots must be a whole number; ODS code is not in the expected format.");
  }

  // --- helpers

  private static FormSchema schema(JsonNode... components) {
    var form = JSON.createObjectNode().put("id", "test-form").put("type", "default");
    ArrayNode array = form.putArray("components");
    for (var component : components) {
      array.add(component);
    }
    return FormSchema.parse(form);
  }

  private static ObjectNode field(String type, String key, String label) {
    return JSON.createObjectNode().put("type", type).put("id", "Field_" + key).put("key", key).put("label", label);
  }

  private static JsonNode rules(Object... namesAndValues) {
    return JSON.valueToTree(map(namesAndValues));
  }

  private static Values values(Object... namesAndValues) {
    return new Values(map(namesAndValues));
  }

  private static Map<String, Object> map(Object... namesAndValues) {
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
    FormSchema.refuseIfAny(schema.problems(values));
  }
}
