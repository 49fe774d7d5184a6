package org.commissioninghub.system;

import java.time.LocalDate;
import java.util.List;

/** Input that breaks a rule; answered with 400 and one entry per bad field, and nothing is written. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super("Invalid input: " + problems);
    this.problems = List.copyOf(problems);
  }

  /** Refuses the day something has already happened on ({@code field}) when it is after today. */
  public static void refuseFutureDay(LocalDate day, LocalDate today, String field) {
    if (day.isAfter(today)) {
      throw new InvalidInputException(List.of(new FieldProblem(field, "cannot be in the future")));
    }
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
