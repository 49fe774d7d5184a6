package org.commissioninghub.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.spin.json.SpinJsonNode;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.EventScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Refuses a completion whose form input breaks the form's rules (the browser checks them too, but
 * the REST API does not), then writes who completed the task and what they submitted to the case's
 * event log, with the task's process instance (so an approval knows who prepared what it signs
 * off) and any {@link TaskRecordRestriction} on who may read it, and hands the answer to the
 * {@link RecordsAnswer} method of its form. All in the completion's own transaction.
 */
@Component
class TaskCompletionRecorder implements TaskListener {

  private final FormSchemas formSchemas;
  private final CaseStore caseStore;
  private final TaskActors taskActors;
  private final ObjectMapper objectMapper;
  private final Supplier<List<TaskRecordRestriction>> restrictions;
  private final AnswerRecorders recorders;
  private final AnswerBinding answers;
  // by definition and task: a task's diagram never changes, and reading its properties is costly
  private final Map<String, Boolean> preparation = new ConcurrentHashMap<>();

  TaskCompletionRecorder(FormSchemas formSchemas, CaseStore caseStore,
      TaskActors taskActors, ObjectMapper objectMapper, ObjectProvider<TaskRecordRestriction> restrictions,
      AnswerRecorders recorders, AnswerBinding answers) {
    this.recorders = recorders;
    this.answers = answers;
    this.objectMapper = objectMapper;
    this.restrictions = SingletonSupplier.of(() -> restrictions.orderedStream().toList());
    this.formSchemas = formSchemas;
    this.caseStore = caseStore;
    this.taskActors = taskActors;
  }

  @Override
  public void notify(DelegateTask task) {
    var form = formSchemas.formOf(task);
    var submitted = new LinkedHashMap<String, Object>();
    form.ifPresent(schema -> {
      schema.refuseIfBroken(task::getVariable);
      // "£2,400,000" as typed is stored as the number 2400000, where the submission left the text
      schema.typedValues(task::getVariable).forEach(task::setVariable);
      schema.inputKeys().forEach(key -> submitted.put(key, plain(task.getVariable(key))));
    });
    var actor = taskActors.actingOn(task);
    var reference = task.getExecution().getProcessBusinessKey();
    if (reference == null || caseStore.find(reference).isEmpty()) {
      return;
    }
    // A task marked preparation=false (a declaration of conflicts of interest) prepares nothing an
    // approval signs off: its completion stays out of the process's work, so separation of duties
    // does not bar the declarer from deciding.
    var scope = isPreparation(task) ? EventScope.inProcess(task.getProcessInstanceId()) : EventScope.NONE;
    var restriction = restrictions.get().stream().map(rule -> rule.restrictionFor(task))
        .flatMap(Optional::stream).findFirst();
    caseStore.recordTaskCompleted(reference, task.getName(), submitted, actor,
        restriction.map(scope::restrictedTo).orElse(scope));
    form.flatMap(schema -> recorders.forForm(schema.id()).map(recorder -> Map.entry(schema, recorder)))
        .ifPresent(found -> answers.record(found.getValue(), found.getKey(), submitted,
            new CompletedTask(reference, task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(),
                task.getName(), actor, task.getCreateTime().toInstant(), task::getVariable))
            .forEach(task.getExecution()::setVariable));
  }

  private boolean isPreparation(DelegateTask task) {
    return preparation.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> declaresPreparation(task));
  }

  private static boolean declaresPreparation(DelegateTask task) {
    var element = task.getBpmnModelElementInstance();
    if (element == null || element.getExtensionElements() == null) {
      return true;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .noneMatch(property -> "preparation".equals(property.getCamundaName())
            && "false".equals(property.getCamundaValue()));
  }

  /** Json variables (lists from Tasklist) as plain JSON, so the event log reads as the user typed. */
  private Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      try {
        return objectMapper.readTree(json.toString());
      } catch (JsonProcessingException e) {
        return json.toString();
      }
    }
    return value;
  }

}
