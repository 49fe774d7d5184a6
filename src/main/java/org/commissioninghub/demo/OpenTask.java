package org.commissioninghub.demo;

import java.time.Instant;

/** An open task of a generated case, as the walk sees it when answering it. */
public interface OpenTask {

  String taskDefinitionKey();

  String name();

  /** When the task opened, on the engine's clock. */
  Instant openedAt();

  /** The case's stage code while the task is open. */
  String caseStage();

  /** How many times a task of this kind has been answered before on this case at this stage. */
  int round();

  /**
   * A variable of the task (a lot's id, the recommended route), else of the case's own process
   * instance (the ids of its lots); null when neither has it.
   */
  Object variable(String name);
}
