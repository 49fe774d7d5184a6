package org.commissioninghub.casestore;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.system.FieldProblem;

/**
 * What a programme module tells the case store so that a case of its programme can be opened:
 * the schema of its details, the process to start, and that process's first variables. A
 * programme without one is accepted by the case store but cannot be opened through the API yet.
 *
 * @param <D> the programme's details, validated with Bean Validation
 */
public interface ProgrammeProcess<D> {

  Programme programme();

  String processDefinitionKey();

  Class<D> detailsType();

  /**
   * The roles (Camunda group ids) that work this programme's cases: their members see and change
   * every case of the programme. Every role the programme's diagrams route a task to belongs here,
   * except outside bodies and per-case participants (an evaluation panel), who see only the cases
   * that name or involve them.
   */
  Set<String> workingRoles();

  /**
   * The programme's stages in the order its diagram runs them, each a code and a label. The
   * diagram declares the code on the activity that starts the stage ({@code stage} extension
   * property), and the case store keeps the code.
   */
  List<Stage> stages();

  /** The stage a new case of this programme starts in: the first. */
  default String initialStage() {
    return stages().get(0).code();
  }

  /** Rules across several detail fields, beyond what the annotations on {@code D} say. */
  default List<FieldProblem> crossFieldProblems(D details) {
    return List.of();
  }

  /**
   * The details a person gives when opening a case from the hub's pages, in the order asked; the
   * rest of the details are recorded by the process's stages.
   */
  default List<OpeningField> openingFields() {
    return List.of();
  }

  /**
   * Whether a case of the programme can be opened from the hub's pages: only when its opening
   * fields ask for every detail it needs. A programme whose details are lists (a prison
   * mobilisation's lots and their sites, a SARC's co-commissioners) asks for none on the page and
   * is opened through the case API.
   */
  default boolean opensOnThePages() {
    return !openingFields().isEmpty();
  }

  Map<String, Object> startVariables(CommissioningCase commissioningCase, D details);

  /**
   * The day by which the case's work must be done, set by law or by contract rather than by the
   * programme's plan (for a dental procurement, when the current contract ends); none by default.
   * Forecasts flag a case expected to finish after it.
   */
  default java.util.Optional<java.time.LocalDate> deadline(D details) {
    return java.util.Optional.empty();
  }
}
