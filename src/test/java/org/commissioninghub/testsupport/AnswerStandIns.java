package org.commissioninghub.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Stands in, on the process test engine, for the {@code @RecordsAnswer} methods the hub calls when
 * a user task is completed: a test registers, per form, the process variables the real method would
 * answer (a gateway's outcome, the ids a multi-instance runs over), and they are set on completion
 * just as the hub sets them.
 */
public final class AnswerStandIns implements TaskListener {

  static final AnswerStandIns INSTANCE = new AnswerStandIns();

  private static final Map<String, Function<DelegateTask, Map<String, Object>>> BY_FORM = new ConcurrentHashMap<>();

  private AnswerStandIns() {}

  /** What completing a task with this form answers to the process. */
  public static void register(String formId, Function<DelegateTask, Map<String, Object>> answer) {
    BY_FORM.put(formId, answer);
  }

  static void reset() {
    BY_FORM.clear();
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    var formId = userTask == null ? null : userTask.getCamundaFormRef();
    var answer = formId == null ? null : BY_FORM.get(formId);
    if (answer != null) {
      answer.apply(task).forEach(task.getExecution()::setVariable);
    }
  }
}
