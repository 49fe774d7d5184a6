package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.commissioninghub.system.EngineApiGuard;
import org.commissioninghub.system.RefusedFieldsException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a person working a task may write through the engine REST API (the hub's and Tasklist's):
 * only the fields of the task's form. A completion or a variable update that names anything else
 * (the case's reference, a stage's outcome, the channel of an approval) is refused, and a
 * read-only field may be sent back only unchanged. A completion's input is then checked against
 * the form's rules, so Tasklist and REST clients get a 400 that says what to correct; the
 * engine-side check on completion ({@link TaskCompletionRecorder}) stays as the backstop for every
 * other way of completing a task.
 */
@Component
@Order(30)
class TaskInputGuard implements EngineApiGuard {

  private static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> VARIABLE_COLLECTIONS = Set.of("variables", "localvariables");

  /** The variables a request writes: their submitted values, for a completion, or just their names. */
  private record Writes(boolean completion, Map<String, JsonNode> values) {}

  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;
  private final FormSchemas formSchemas;
  private final ObjectMapper objectMapper;

  TaskInputGuard(TaskService taskService, ProcessEngineConfigurationImpl engine, FormSchemas formSchemas,
      ObjectMapper objectMapper) {
    this.taskService = taskService;
    this.engine = engine;
    this.formSchemas = formSchemas;
    this.objectMapper = objectMapper;
  }

  @Override
  public Optional<Refusal> check(EngineApiRequest request) {
    var resource = request.resource();
    if (!resource.is(0, "task") || resource.size() < 3) {
      return Optional.empty();
    }
    var writes = writesOf(request);
    if (writes.isEmpty()) {
      return Optional.empty();
    }
    Task task = taskOf(resource.segment(1));
    if (task == null) {
      // No such task: the engine answers that.
      return Optional.empty();
    }
    Optional<Refusal> refusal;
    try {
      refusal = refusalOf(task, writes.get());
    } catch (AuthorizationException notTheirs) {
      // a variable of a task they may not read: the engine refuses the request as it would anyway
      return Optional.empty();
    }
    // A refusal tells what the task's form asks for: only someone who may see the task is told;
    // anyone else is refused by the engine as it refuses them. Input that passes needs no check
    // here, the engine's own command makes it.
    return refusal.filter(found -> mayRead(task.getId()));
  }

  private Optional<Refusal> refusalOf(Task task, Writes writes) {
    var form = formSchemas.formOf(task);
    var notOnTheForm = notOnTheForm(task, form.orElse(null), writes);
    if (!notOnTheForm.isEmpty()) {
      return Optional.of(new Refusal("Only the form's fields can be set",
          "A task can set only what its form asks for, and read-only fields cannot be changed. Not accepted: "
              + String.join(", ", notOnTheForm) + "."));
    }
    if (writes.completion() && form.isPresent()) {
      var submitted = writes.values();
      try {
        form.get().refuseIfBroken(key -> submitted.containsKey(key)
            ? plainValue(submitted.get(key))
            : taskService.getVariable(task.getId(), key));
      } catch (RefusedFieldsException invalid) {
        return Optional.of(new Refusal("The form has errors", invalid.getMessage(), invalid.getProblems()));
      }
    }
    return Optional.empty();
  }

  private Optional<Writes> writesOf(EngineApiRequest request) {
    var resource = request.resource();
    var action = resource.segment(2).toLowerCase(java.util.Locale.ROOT);
    if (COMPLETIONS.contains(action) && resource.size() == 3 && request.isMethod("POST")) {
      var values = new LinkedHashMap<String, JsonNode>();
      json(request.body()).path("variables").fields().forEachRemaining(entry ->
          values.put(entry.getKey(), entry.getValue()));
      return Optional.of(new Writes(true, values));
    }
    if (!VARIABLE_COLLECTIONS.contains(action)) {
      return Optional.empty();
    }
    var names = new LinkedHashMap<String, JsonNode>();
    if (resource.size() == 3 && request.isMethod("POST")) {
      var patch = json(request.body());
      patch.path("modifications").fieldNames().forEachRemaining(name -> names.put(name, null));
      patch.path("deletions").forEach(name -> names.put(name.asText(), null));
    } else if (resource.size() == 4 && (request.isMethod("PUT") || request.isMethod("DELETE"))
        || resource.size() == 5 && resource.is(4, "data") && request.isMethod("POST")) {
      names.put(resource.segment(3), null);
    } else {
      return Optional.empty();
    }
    return Optional.of(new Writes(false, names));
  }

  private List<String> notOnTheForm(Task task, FormSchema form, Writes writes) {
    var editable = form == null ? List.<String>of() : form.inputKeys();
    var readonly = form == null ? List.<String>of() : form.readonlyKeys();
    var refused = new ArrayList<String>();
    writes.values().forEach((name, value) -> {
      if (editable.contains(name)) {
        return;
      }
      var unchangedReadonly = writes.completion() && readonly.contains(name)
          && sameValue(plainValue(value), taskService.getVariable(task.getId(), name));
      if (!unchangedReadonly) {
        refused.add(name);
      }
    });
    return refused;
  }

  private JsonNode json(byte[] body) {
    try {
      return body.length == 0 ? objectMapper.createObjectNode() : objectMapper.readTree(body);
    } catch (IOException notJson) {
      // The engine refuses a body it cannot read; nothing for this guard to check.
      return objectMapper.createObjectNode();
    }
  }

  /**
   * A REST variable ({"value": ..., "type": ...}) as the Java value the form rules check; a list or
   * object (a dynamic list's rows, a group with a path) as plain Java lists and maps.
   */
  private Object plainValue(JsonNode variable) {
    if (variable == null) {
      return null;
    }
    var value = variable.path("value");
    if ("Json".equalsIgnoreCase(variable.path("type").asText()) && value.isTextual()) {
      try {
        value = objectMapper.readTree(value.textValue());
      } catch (IOException notJson) {
        return value.textValue();
      }
    }
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isArray() || value.isObject()) {
      return FormRows.plain(value);
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  /**
   * Whether a value sent back for a read-only field is the one the task holds; a list or group
   * item by item, since the held Json and the sent JSON may differ in spacing and number format.
   */
  static boolean sameValue(Object sent, Object held) {
    sent = FormRows.plain(sent);
    held = FormRows.plain(held);
    if (isBlank(sent) || isBlank(held)) {
      return isBlank(sent) && isBlank(held);
    }
    if (sent instanceof List<?> a && held instanceof List<?> b) {
      return a.size() == b.size() && IntStream.range(0, a.size()).allMatch(i -> sameValue(a.get(i), b.get(i)));
    }
    if (sent instanceof Map<?, ?> a && held instanceof Map<?, ?> b) {
      return Stream.concat(a.keySet().stream(), b.keySet().stream()).allMatch(key -> sameValue(a.get(key), b.get(key)));
    }
    if (sent instanceof Number a && held instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (held instanceof Date) {
      try {
        return ProcessVariables.asDate(held).equals(ProcessVariables.asDate(sent));
      } catch (RuntimeException notADate) {
        return false;
      }
    }
    return String.valueOf(sent).equals(String.valueOf(held));
  }

  private static boolean isBlank(Object value) {
    return value == null || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty();
  }

  /**
   * The task, or null when there is none: one read by id. A task query would do the same with a
   * dynamic statement whose building cost a third of a submission's time.
   */
  private Task taskOf(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(commandContext -> {
      var task = commandContext.getTaskManager().findTaskById(taskId);
      if (task != null) {
        task.initializeFormKey();
      }
      return task;
    });
  }

  /** Whether the signed-in person may see the task: the engine's own read check, as its command makes. */
  private boolean mayRead(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(commandContext -> {
      var task = commandContext.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return false;
      }
      try {
        commandContext.getProcessEngineConfiguration().getCommandCheckers()
            .forEach(checker -> checker.checkReadTask(task));
        return true;
      } catch (ProcessEngineException notTheirs) {
        return false;
      }
    });
  }
}
