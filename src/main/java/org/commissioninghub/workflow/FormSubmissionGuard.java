package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.system.CachedBodyRequest;
import org.commissioninghub.system.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a task's form input against the form's rules before the engine sees it, so Tasklist and
 * REST clients get a 400 that says what to correct. The engine-side check on completion stays as
 * the backstop for every other way of completing a task.
 */
@Component
public class FormSubmissionGuard extends OncePerRequestFilter {

  private static final Pattern SUBMISSION = Pattern.compile(".*/task/([^/]+)/(submit-form|complete)$");

  private final TaskService taskService;
  private final FormSchemas formSchemas;
  private final FormValidator formValidator;
  private final ObjectMapper objectMapper;
  private final ProblemResponses problems;

  FormSubmissionGuard(TaskService taskService, FormSchemas formSchemas, FormValidator formValidator,
      ObjectMapper objectMapper, ProblemResponses problems) {
    this.taskService = taskService;
    this.formSchemas = formSchemas;
    this.formValidator = formValidator;
    this.objectMapper = objectMapper;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    var submission = SUBMISSION.matcher(request.getRequestURI());
    if (!"POST".equals(request.getMethod()) || !submission.matches()) {
      chain.doFilter(request, response);
      return;
    }
    var body = request.getInputStream().readAllBytes();
    var task = taskService.createTaskQuery().taskId(submission.group(1)).initializeFormKeys().singleResult();
    var form = task == null ? null : formSchemas.formOf(task).orElse(null);
    if (form != null) {
      var submitted = submittedVariables(body);
      try {
        formValidator.validate(form, key -> submitted.has(key)
            ? plainValue(submitted.get(key))
            : taskService.getVariable(task.getId(), key));
      } catch (BadUserRequestException invalid) {
        refuse(response, invalid.getMessage());
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private JsonNode submittedVariables(byte[] body) {
    try {
      return body.length == 0 ? objectMapper.createObjectNode() : objectMapper.readTree(body).path("variables");
    } catch (IOException notJson) {
      return objectMapper.createObjectNode();
    }
  }

  /** A REST variable ({"value": ..., "type": ...}) as the Java value the form rules check. */
  private Object plainValue(JsonNode variable) {
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
    if (value.isArray()) {
      var items = new ArrayList<Object>();
      value.forEach(items::add);
      return items;
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private void refuse(HttpServletResponse response, String message) throws IOException {
    // Tasklist reads engine REST errors as plain JSON and shows their "message".
    problems.write(response, HttpStatus.BAD_REQUEST, "The form has errors", message, MediaType.APPLICATION_JSON,
        Map.of("type", "InvalidRequestException", "message", message));
  }
}
