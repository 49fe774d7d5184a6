package org.commissioninghub.casestore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.JsonPaths;
import org.springframework.stereotype.Component;

/**
 * The programmes whose modules have registered a {@link ProgrammeProcess}, and what each declares:
 * its stages, and the record its cases' details must keep to, whenever they are written.
 */
@Component
public class ProgrammeCatalog {

  private final Map<Programme, ProgrammeProcess<?>> processes;
  private final ObjectMapper objectMapper;
  private final Validator validator;

  ProgrammeCatalog(List<ProgrammeProcess<?>> processes, ObjectMapper objectMapper, Validator validator) {
    this.processes = processes.stream()
        .collect(Collectors.toUnmodifiableMap(ProgrammeProcess::programme, Function.identity()));
    this.objectMapper = objectMapper;
    this.validator = validator;
  }

  public Optional<ProgrammeProcess<?>> processOf(Programme programme) {
    return Optional.ofNullable(processes.get(programme));
  }

  /** The programme's stages in order; none for a programme without its process yet. */
  public List<Stage> stagesOf(Programme programme) {
    return processOf(programme).map(ProgrammeProcess::stages).orElse(List.of());
  }

  /** What people read for a stage code of the programme: its label, or the code itself if unknown. */
  public String stageLabel(Programme programme, String code) {
    return code == null ? null : stagesOf(programme).stream().filter(stage -> stage.code().equals(code))
        .map(Stage::label).findFirst().orElse(code);
  }

  public boolean hasStage(Programme programme, String code) {
    return stagesOf(programme).stream().anyMatch(stage -> stage.code().equals(code));
  }

  Map<Programme, ProgrammeProcess<?>> all() {
    return processes;
  }

  /**
   * Reads a case's details document as the programme's record: no field the record does not
   * have, each field of its type, its Bean Validation constraints and the programme's cross-field
   * rules. Adds one problem per bad field, named {@code details.<field>}; answers null when the
   * document cannot be read as the record at all.
   */
  <D> D readDetails(ProgrammeProcess<D> process, JsonNode json, List<FieldProblem> problems) {
    var reader = objectMapper.readerFor(process.detailsType())
        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    D details;
    try {
      details = reader.readValue(json == null || json.isNull() ? objectMapper.createObjectNode() : json);
    } catch (UnrecognizedPropertyException e) {
      problems.add(new FieldProblem("details." + e.getPropertyName(),
          "is not a field of " + process.programme().displayName().toLowerCase()));
      return null;
    } catch (JsonMappingException e) {
      problems.add(new FieldProblem("details." + JsonPaths.of(e), JsonPaths.messageOf(e)));
      return null;
    } catch (IOException e) {
      problems.add(new FieldProblem("details", "must be a JSON object"));
      return null;
    }
    validator.validate(details).forEach(violation -> problems.add(
        new FieldProblem("details." + violation.getPropertyPath(), violation.getMessage())));
    problems.addAll(process.crossFieldProblems(details).stream()
        .map(problem -> new FieldProblem("details." + problem.field(), problem.message()))
        .toList());
    return details;
  }

  /**
   * The deadline of a case under corrected details, read once as the programme's record;
   * details that break the record are refused with the problems opening a case names.
   */
  Optional<java.time.LocalDate> deadlineOfCorrected(Programme programme, JsonNode details) {
    var process = processOf(programme)
        .orElseThrow(() -> new IllegalStateException(programme.displayName() + " has no details record"));
    return deadlineOfCorrected(process, details);
  }

  private <D> Optional<java.time.LocalDate> deadlineOfCorrected(ProgrammeProcess<D> process, JsonNode json) {
    var problems = new ArrayList<FieldProblem>();
    var read = readDetails(process, json, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return process.deadline(read);
  }
}
