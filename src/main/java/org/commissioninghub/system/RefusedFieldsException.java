package org.commissioninghub.system;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form answer refused by a rule that names its fields: the engine REST API answers it as an
 * RFC 7807 problem whose {@code errors} name each field (as the hub's own API does for
 * {@link InvalidInputException}), and Tasklist shows its message.
 */
public class RefusedFieldsException extends BadUserRequestException {

  private final List<FieldProblem> problems;

  public RefusedFieldsException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
