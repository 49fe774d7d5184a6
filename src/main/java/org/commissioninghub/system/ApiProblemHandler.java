package org.commissioninghub.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into an RFC 7807 problem. Bad input lists each bad field under
 * {@code errors}, so a client can show the message beside the field.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  static final String ERRORS = "errors";

  private final ObjectMapper objectMapper;
  private final Validator validator;

  ApiProblemHandler(ObjectMapper objectMapper, Validator validator) {
    this.objectMapper = objectMapper;
    this.validator = validator;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return badRequest(e.getProblems());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Cannot be done yet", e.getMessage());
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail conflict(ObjectOptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, "Changed by someone else",
        "The case was changed by someone else at the same time. Reload it and try again.");
  }

  /**
   * Spring MVC's own refusals of a request for a hub page (no page at the address, a form's address
   * opened as a page) go to the error controller, whose answer a person's browser gets as the hub's
   * page; every other caller still gets the problem. Headers such as {@code Allow} go with them.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
        && PageRequests.isForAPage(servlet.getRequest())) {
      var response = servlet.getResponse();
      headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
      try {
        response.sendError(status.value());
      } catch (IOException gone) {
        throw new UncheckedIOException(gone);
      }
      return null;
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return ResponseEntity.badRequest().body(badRequest(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    var problems = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
            result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
        .toList();
    return ResponseEntity.badRequest().body(badRequest(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      var problems = RequestBodies.of(request).flatMap(this::everyBadField)
          .orElse(List.of(new FieldProblem(JsonPaths.of(mapping), JsonPaths.messageOf(mapping))));
      return ResponseEntity.badRequest().body(badRequest(problems));
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
        "The request body is not valid JSON."));
  }

  /**
   * Every field of a record body that cannot be read, each read on its own, then the rules of the
   * fields that could be read: Jackson stops at the first bad value, and a client should learn of
   * them all at once. Empty when the body is not a JSON object read as a record.
   */
  private Optional<List<FieldProblem>> everyBadField(RequestBodies.Read read) {
    var type = objectMapper.constructType(read.type()).getRawClass();
    ObjectNode body;
    try {
      if (!type.isRecord() || !(objectMapper.readTree(read.body()) instanceof ObjectNode object)) {
        return Optional.empty();
      }
      body = object;
    } catch (IOException notJson) {
      return Optional.empty();
    }
    var problems = new ArrayList<FieldProblem>();
    var readable = body.deepCopy();
    for (var component : type.getRecordComponents()) {
      var value = body.get(component.getName());
      if (value == null || value.isNull()) {
        continue;
      }
      try {
        objectMapper.treeToValue(value, objectMapper.constructType(component.getGenericType()));
      } catch (JsonMappingException bad) {
        var inside = JsonPaths.of(bad);
        problems.add(new FieldProblem(component.getName() + (inside.isEmpty() || inside.startsWith("[") ? "" : ".") + inside,
            JsonPaths.messageOf(bad)));
        readable.remove(component.getName());
      } catch (JsonProcessingException | IllegalArgumentException unreadable) {
        problems.add(new FieldProblem(component.getName(), "has a value of the wrong type"));
        readable.remove(component.getName());
      }
    }
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    try {
      validator.validate(objectMapper.treeToValue(readable, type)).forEach(violation -> {
        var field = violation.getPropertyPath().toString();
        if (problems.stream().noneMatch(problem -> field.startsWith(problem.field()))) {
          problems.add(new FieldProblem(field, violation.getMessage()));
        }
      });
    } catch (JsonProcessingException | IllegalArgumentException stillUnreadable) {
      // the fields named above are what the client has to correct first
    }
    problems.sort(Comparator.comparing(FieldProblem::field));
    return Optional.of(problems);
  }

  private static ProblemDetail badRequest(List<FieldProblem> problems) {
    var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        problems.size() == 1 ? "One field is invalid." : problems.size() + " fields are invalid.");
    problem.setProperty(ERRORS, problems);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
