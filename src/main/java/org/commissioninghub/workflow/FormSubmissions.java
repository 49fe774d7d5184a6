package org.commissioninghub.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Submits a task's form from inside the hub as Tasklist submits it over REST: only the form's own
 * fields, lists as JSON, through the engine's form service. The signed-in user (the engine's
 * current authentication) is the one who submits, so their authorization, the form's rules, the
 * answer recording and separation of duties apply as they do in Tasklist.
 */
@Component
public class FormSubmissions {

  private final TaskService taskService;
  private final FormService formService;
  private final FormSchemas formSchemas;
  private final AsHub asHub;
  private final ObjectMapper objectMapper;

  FormSubmissions(TaskService taskService, FormService formService, FormSchemas formSchemas, AsHub asHub,
      ObjectMapper objectMapper) {
    this.taskService = taskService;
    this.formService = formService;
    this.formSchemas = formSchemas;
    this.asHub = asHub;
    this.objectMapper = objectMapper;
  }

  /** Submits the answers to the task's form; a field the form does not let people fill in is refused. */
  public void submit(String taskId, Map<String, ?> answers) {
    var editable = asHub.run(() -> {
      var task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        throw new BadUserRequestException("There is no open task " + taskId);
      }
      return formSchemas.formOf(task).map(FormSchema::inputKeys).orElse(List.of());
    });
    var notOnTheForm = new ArrayList<String>(answers.keySet());
    notOnTheForm.removeAll(editable);
    if (!notOnTheForm.isEmpty()) {
      throw new BadUserRequestException("A task can set only what its form asks for. Not accepted: "
          + String.join(", ", notOnTheForm) + ".");
    }
    formService.submitTaskForm(taskId, variables(answers));
  }

  private VariableMap variables(Map<String, ?> answers) {
    var variables = Variables.createVariables();
    answers.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        variables.putValueTyped(name, SpinValues.jsonValue(json(list)).create());
      } else {
        variables.put(name, value);
      }
    });
    return variables;
  }

  private String json(List<?> list) {
    try {
      return objectMapper.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + list + " as JSON", e);
    }
  }
}
