package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commissioninghub.workflow.FormSchemaTests.dynamicList;
import static org.commissioninghub.workflow.FormSchemaTests.field;
import static org.commissioninghub.workflow.FormSchemaTests.map;
import static org.commissioninghub.workflow.FormSchemaTests.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Binding a completed task's answers to the recording method's record, and finding the methods:
 * the mechanism every programme's service uses instead of a "Record …" service task.
 */
class AnswerRecordingTests {

  record Site(@NotBlank String name, @NotNull @Min(1) Integer chairs) {}

  record SitesAnswer(@NotNull LocalDate openingDate, @NotNull @Valid List<Site> sites) {}

  static class SitesService {
    final List<Object> recorded = new ArrayList<>();

    @RecordsAnswer("sites-form")
    public Map<String, Object> recordSites(CompletedTask task, SitesAnswer answer) {
      if (answer.sites().stream().map(Site::name).distinct().count() < answer.sites().size()) {
        throw new IllegalArgumentException("Sites must have different names");
      }
      recorded.add(task.actor());
      recorded.add(answer);
      return Map.of("siteCount", answer.sites().size());
    }
  }

  /** A service whose own rules name the fields they refuse, as a service for the API does. */
  static class NamingService {
    @RecordsAnswer("named-refusal-form")
    public void recordSites(CompletedTask task, SitesAnswer answer) {
      throw new InvalidInputException(List.of(new FieldProblem("sites[0].name", "is already the name of a site"),
          new FieldProblem("openingDate", "must be after the contract starts")));
    }
  }

  static class TwiceForOneForm {
    @RecordsAnswer("sites-form")
    public void again(CompletedTask task, SitesAnswer answer) {}
  }

  static class WrongShape {
    @RecordsAnswer("other-form")
    public void record(SitesAnswer answer) {}
  }

  static class WrongReturn {
    @RecordsAnswer("other-form")
    public String record(CompletedTask task, SitesAnswer answer) {
      return "";
    }
  }

  private final SitesService service = new SitesService();
  private final AnswerRecorders recorders = new AnswerRecorders();
  private final AnswerBinding binding = new AnswerBinding(new ObjectMapper().findAndRegisterModules(),
      Validation.buildDefaultValidatorFactory().getValidator());
  private final FormSchema form = schema(
      field("datetime", "openingDate", "Opening date"),
      dynamicList("sites", "Sites", field("textfield", "name", "Site name"), field("number", "chairs", "Dental chairs")));
  private final CompletedTask task = new CompletedTask("PRI-2026-0001", "instance-1", "task-1", "Task_ListSites",
      "List sites", "sam.manager", java.time.Instant.parse("2026-11-02T09:00:00Z"), name -> null);

  AnswerRecordingTests() {
    recorders.postProcessAfterInitialization(service, "sitesService");
    recorders.postProcessAfterInitialization(new NamingService(), "namingService");
  }

  @Test
  void theAnswerIsBoundToTheRecordAndTheMethodsVariablesGoBackToTheProcess() {
    var variables = binding.record(recorders.forForm("sites-form").orElseThrow(), form,
        map("openingDate", "2027-04-01", "sites", List.of(map("name", "HMP North", "chairs", 2)),
            "unrelatedVariable", "ignored"),
        task);

    assertThat(variables).containsEntry("siteCount", 1);
    assertThat(service.recorded).containsExactly("sam.manager",
        new SitesAnswer(LocalDate.of(2027, 4, 1), List.of(new Site("HMP North", 2))));
  }

  @Test
  void aBrokenFieldOfOneRowIsNamedWithItsListAndRowAndNothingIsRecorded() {
    assertThatThrownBy(() -> binding.record(recorders.forForm("sites-form").orElseThrow(), form,
        map("sites", List.of(map("name", "HMP North", "chairs", 2), map("name", " ", "chairs", 0))), task))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The form cannot be submitted: Opening date is required; "
            + "Sites, row 2: Dental chairs must be at least 1; Sites, row 2: Site name is required.");
    assertThat(service.recorded).isEmpty();
  }

  @Test
  void aValueOfTheWrongKindIsRefusedWithTheFieldsLabel() {
    assertThatThrownBy(() -> binding.record(recorders.forForm("sites-form").orElseThrow(), form,
        map("openingDate", "next spring", "sites", List.of()), task))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("The form cannot be submitted: Opening date ");
    assertThat(service.recorded).isEmpty();
  }

  @Test
  void aRuleTheServiceRefusesIsTheSubmittersError() {
    assertThatThrownBy(() -> binding.record(recorders.forForm("sites-form").orElseThrow(), form,
        map("openingDate", "2027-04-01", "sites", List.of(map("name", "HMP North", "chairs", 2),
            map("name", "HMP North", "chairs", 3))), task))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The form cannot be submitted: Sites must have different names.");
  }

  @Test
  void fieldsTheServiceRefusesAreTheSubmittersErrorEachNamed() {
    assertThatThrownBy(() -> binding.record(recorders.forForm("named-refusal-form").orElseThrow(), form,
        map("openingDate", "2027-04-01", "sites", List.of(map("name", "HMP North", "chairs", 2))), task))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The form cannot be submitted: sites[0].name is already the name of a site; "
            + "Opening date must be after the contract starts.")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.type(
            org.commissioninghub.system.RefusedFieldsException.class))
        .extracting(refused -> refused.getProblems().stream().map(org.commissioninghub.system.FieldProblem::field)
            .toList())
        .isEqualTo(List.of("sites[0].name", "openingDate"));
  }

  @Test
  void twoMethodsForOneFormStopTheHubFromStarting() {
    assertThatThrownBy(() -> recorders.postProcessAfterInitialization(new TwiceForOneForm(), "twice"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("form sites-form is recorded twice");
  }

  @Test
  void aMethodOfTheWrongShapeStopsTheHubFromStarting() {
    assertThatThrownBy(() -> recorders.postProcessAfterInitialization(new WrongShape(), "wrongShape"))
        .hasMessageContaining("it must take (CompletedTask, its answer record)");
    assertThatThrownBy(() -> recorders.postProcessAfterInitialization(new WrongReturn(), "wrongReturn"))
        .hasMessageContaining("it must answer nothing or a Map<String, Object>");
  }
}
