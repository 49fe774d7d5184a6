package org.commissioninghub.demo;

/**
 * Where a generated case stops being worked: tasks of the given kind (a task definition key) are
 * left open for people to find, optionally only while the case is at a given stage and only once
 * the task has been answered a given number of times before at that stage (the second finance
 * check, after a first one asked for revision). Every other task is worked until the case waits
 * for a timer or ends.
 *
 * @param taskDefinitionKey the kind of task to leave open, or null to work the case until it waits
 * @param stage the case's stage at which the task is left open, or null at any stage
 * @param round how many times the task has been answered before at that stage when it is left open
 */
public record StopAt(String taskDefinitionKey, String stage, int round) {

  /** Work the case until it waits for a timer (a tender deadline, a standstill, a contract year) or ends. */
  public static final StopAt WHERE_IT_WAITS = new StopAt(null, null, 0);

  public static StopAt task(String taskDefinitionKey) {
    return new StopAt(taskDefinitionKey, null, 0);
  }

  public StopAt atStage(String stageCode) {
    return new StopAt(taskDefinitionKey, stageCode, round);
  }

  public StopAt afterAnswered(int times) {
    return new StopAt(taskDefinitionKey, stage, times);
  }

  boolean leavesOpen(OpenTask task) {
    return taskDefinitionKey != null && taskDefinitionKey.equals(task.taskDefinitionKey())
        && (stage == null || stage.equals(task.caseStage()))
        && task.round() >= round;
  }
}
