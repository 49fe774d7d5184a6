package org.commissioninghub.workflow;

import java.time.Instant;
import java.util.function.Function;

/**
 * A user task being completed, as a {@link RecordsAnswer} method sees it: the case, where in the
 * process, who completed it, and the task's variables (the lot or bid it is about).
 *
 * @param caseReference the business key of the task's process: the case's reference
 * @param processInstanceId the process instance the task belongs to
 * @param taskName the task's name, as people read it
 * @param actor who completed it: the signed-in user, or the approver of an email link
 * @param createdAt when the task was created: when its work was asked for
 */
public record CompletedTask(String caseReference, String processInstanceId, String taskId, String taskDefinitionKey,
    String taskName, String actor, Instant createdAt, Function<String, Object> variables) {

  /** A variable the task sees, such as the lot it is about. */
  public Object variable(String name) {
    return variables.apply(name);
  }

  /** A whole-number variable the task sees (ids arrive as Integer or Long). */
  public long longVariable(String name) {
    var value = variable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("task " + taskDefinitionKey + " has no number " + name + ", but " + value);
    }
    return number.longValue();
  }

  public String textVariable(String name) {
    var value = variable(name);
    return value == null ? null : value.toString();
  }
}
