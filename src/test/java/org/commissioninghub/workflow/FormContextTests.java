package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every form links to its case page and names the item its task is about, and the forms of
 * decisions carry what the decision needs, read-only: finance and approvers the value, finance the
 * business case, evaluators the specification and the criteria weights.
 */
class FormContextTests {

  static final String CASE_LINK = "[Open case {{caseReference}}](/cases/{{caseReference}})";
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFormOpensWithALinkToItsCasePageAndTheItemItIsAbout() throws IOException {
    var forms = forms();
    assertThat(forms).hasSizeGreaterThan(30);
    for (var form : forms) {
      var first = form.path("components").get(0);
      assertThat(first.path("type").asText()).as(form.path("id").asText()).isEqualTo("text");
      assertThat(first.path("text").asText()).as(form.path("id").asText())
          .startsWith(CASE_LINK).contains("{{itemName}}", "{{itemValue}}");
    }
  }

  @Test
  void theFinanceCheckShowsTheBusinessCaseAndTheWholeLifeValue() throws IOException {
    assertThat(contextOf("dental-check-affordability")).contains("{{businessCaseSummary}}", "{{caseValue}}");
  }

  @Test
  void anApprovalShowsTheValueOfItsLotOrElseOfTheCase() throws IOException {
    assertThat(contextOf("stage-approval")).contains("{{itemValue}}", "{{caseValue}}");
  }

  @Test
  void evaluatorsSeeTheSpecificationAndEveryCriterionWeight() throws IOException {
    for (var form : List.of("procurement-score-bid", "procurement-agree-consensus-scores")) {
      assertThat(contextOf(form)).as(form).contains("{{specificationSummary}}", "{{weightQuality}}%",
          "{{weightValue}}%", "{{weightIntegration}}%", "{{weightAccess}}%", "{{weightSocialValue}}%");
    }
  }

  @Test
  void theContextIsReadOnlyTextThatSubmitsNothing() throws IOException {
    for (var form : forms()) {
      for (var component : form.path("components")) {
        if (component.path("id").asText().startsWith("Text_Case") || component.path("id").asText()
            .equals("Text_DecisionContext")) {
          assertThat(component.has("key")).as(form.path("id").asText()).isFalse();
        }
      }
    }
  }

  static String contextOf(String formId) throws IOException {
    var form = JSON.readTree(Path.of("forms", formId + ".form").toFile());
    for (var component : form.path("components")) {
      if (component.path("id").asText().equals("Text_DecisionContext")) {
        return component.path("text").asText();
      }
    }
    throw new AssertionError(formId + " has no decision context");
  }

  static List<JsonNode> forms() throws IOException {
    var forms = new ArrayList<JsonNode>();
    try (var files = Files.list(Path.of("forms"))) {
      for (var file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        forms.add(JSON.readTree(file.toFile()));
      }
    }
    return forms;
  }
}
