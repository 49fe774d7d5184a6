package org.commissioninghub.approval;

import java.util.List;

/**
 * The approval steps a process was given cannot run: a configuration error in the diagram or the
 * code that built them. The job that read them fails, is retried and becomes an incident whose
 * message lists every problem.
 */
class InvalidApprovalStepsException extends RuntimeException {

  private final List<String> problems;

  InvalidApprovalStepsException(List<String> problems) {
    super("The approval steps cannot run: " + String.join("; ", problems) + ".");
    this.problems = List.copyOf(problems);
  }

  /** Each problem, in the order of the steps. */
  public List<String> problems() {
    return problems;
  }
}
