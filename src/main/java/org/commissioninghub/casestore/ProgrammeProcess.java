package org.commissioninghub.casestore;

import java.util.List;
import java.util.Map;
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

  /** The stage a new case of this programme starts in. */
  String initialStage();

  /** Rules across several detail fields, beyond what the annotations on {@code D} say. */
  default List<FieldProblem> crossFieldProblems(D details) {
    return List.of();
  }

  Map<String, Object> startVariables(CommissioningCase commissioningCase, D details);
}
