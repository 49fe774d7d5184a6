package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.system.CachedBodyRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

  FormSubmissionGuard(TaskService taskService, FormSchemas formSchemas, FormValidator formValidator,
      ObjectMapper objectMapper) {
    this.taskService = taskService;
    this.formSchemas = formSchemas;
    this.formValidator = formValidator;
    this.objectMapper = objectMapper;
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
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setTitle("The form has errors");
    // Tasklist shows the "message" of an engine REST error.
    problem.setProperty("type", "InvalidRequestException");
    problem.setProperty("message", message);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
