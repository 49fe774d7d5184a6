package org.commissioninghub.workitem;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.commissioninghub.system.FieldProblem;

/**
 * A record's Bean Validation as problems named by field, within {@code where} (a list row such as
 * {@code workstreams[2]}) unless that is empty.
 */
final class Violations {

  private Violations() {}

  static List<FieldProblem> of(Validator validator, Object value, String where) {
    return validator.validate(value).stream()
        .map(violation -> new FieldProblem(where.isEmpty() ? violation.getPropertyPath().toString()
            : where + "." + violation.getPropertyPath(), violation.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
  }
}
