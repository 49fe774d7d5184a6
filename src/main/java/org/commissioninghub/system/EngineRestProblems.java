package org.commissioninghub.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.core.NestedRuntimeException;

/**
 * The engine REST API's errors as the hub answers them, registered ahead of the REST API's own
 * handlers for the hub's {@code /engine-rest} and for Tasklist's engine API
 * ({@link EngineRestConfiguration}):
 * <ul>
 *   <li>Bad input answers 400 with an RFC 7807 problem, not 500. The REST API wraps many engine
 *       failures in a {@link RestException} with status 500 whatever their cause (a form the hub
 *       refuses on completion, an object type it does not read); when the cause is a
 *       {@link BadUserRequestException}, the problem also carries the {@code message} Tasklist shows.
 *   <li>A database out of reach answers 503 with {@code Retry-After} ({@link DatabaseOutage}).
 *   <li>A concurrent change answers 409, a lock wait or deadlock 503 with {@code Retry-After}
 *       ({@link Contention}), where the REST API answers 500.
 *   <li>Every other error is answered as the REST API always does.
 * </ul>
 */
public final class EngineRestProblems {

  static final String PROBLEM_JSON = "application/problem+json";

  private EngineRestProblems() {}

  /** Failures the REST API wrapped. */
  @Provider
  @Priority(Priorities.USER - 100)
  public static class ForRestExceptions implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return databaseProblem(exception).orElseGet(() -> {
        var badInput = BadInput.causeOf(exception);
        if (badInput == null || exception.getStatus() != null && exception.getStatus().getStatusCode() < 500) {
          return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
        return badRequest(badInput);
      });
    }
  }

  /** The engine's own exceptions, unwrapped. */
  @Provider
  @Priority(Priorities.USER - 100)
  public static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return databaseProblem(exception).orElseGet(() -> {
        var badInput = exception instanceof BadUserRequestException bad ? bad : BadInput.causeOf(exception);
        return badInput == null ? ExceptionHandlerHelper.getInstance().getResponse(exception) : badRequest(badInput);
      });
    }
  }

  /** Spring's data access and transaction failures, which reach the REST API unwrapped when no transaction can begin. */
  @Provider
  @Priority(Priorities.USER - 100)
  public static class ForSpringExceptions implements ExceptionMapper<NestedRuntimeException> {
    @Override
    public Response toResponse(NestedRuntimeException exception) {
      return databaseProblem(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }

  static final Class<?>[] MAPPERS = {ForRestExceptions.class, ForEngineExceptions.class, ForSpringExceptions.class};

  private static Response badRequest(BadUserRequestException badInput) {
    var problem = problem(Response.Status.BAD_REQUEST, "Invalid request", badInput.getMessage());
    if (badInput instanceof RefusedFieldsException refused) {
      problem.put("errors", refused.getProblems().stream()
          .map(field -> Map.of("field", field.field(), "message", field.message())).toList());
    }
    return respond(Response.Status.BAD_REQUEST, problem).build();
  }

  /** 503 when the database is out of reach, else 409 or 503 when the failure met a concurrent change. */
  private static Optional<Response> databaseProblem(Throwable failure) {
    return DatabaseOutage.causes(failure) ? Optional.of(unavailable())
        : Contention.of(failure).map(EngineRestProblems::contended);
  }

  private static Response unavailable() {
    var problem = problem(Response.Status.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
    return respond(Response.Status.SERVICE_UNAVAILABLE, problem)
        .header(DatabaseOutage.RETRY_AFTER_HEADER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
  }

  private static Response contended(Contention contention) {
    var status = Response.Status.fromStatusCode(contention.status().value());
    var answer = respond(status, problem(status, contention.title(), contention.detail()));
    return (contention.retryable() ? answer.header(Contention.RETRY_AFTER_HEADER, Contention.RETRY_AFTER_SECONDS)
        : answer).build();
  }

  private static Map<String, Object> problem(Response.Status status, String title, String detail) {
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.getStatusCode());
    problem.put("detail", detail);
    problem.put("message", detail);
    return problem;
  }

  private static Response.ResponseBuilder respond(Response.Status status, Map<String, Object> problem) {
    return Response.status(status).type(PROBLEM_JSON).entity(problem);
  }
}
