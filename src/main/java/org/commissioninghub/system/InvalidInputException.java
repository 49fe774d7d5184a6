package org.commissioninghub.system;

import java.util.List;

/** Input that breaks a rule; answered with 400 and one entry per bad field, and nothing is written. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super("Invalid input: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
