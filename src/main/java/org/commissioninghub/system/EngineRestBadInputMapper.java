package org.commissioninghub.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Bad input to the engine REST API answers 400 with an RFC 7807 problem, not 500. The REST API
 * wraps many engine failures in a {@link RestException} with status 500 whatever their cause (a
 * form the hub refuses on completion, an object type it does not read); when the cause is a
 * {@link BadUserRequestException}, this answers 400 with a problem that also carries the
 * {@code message} Tasklist shows. A {@link BadUserRequestException} the REST API does not wrap gets
 * the same problem ({@link ForEngineExceptions}). Every other error is answered as the REST API
 * always does. Registered ahead of the REST API's own handlers for the hub's {@code /engine-rest}
 * and for Tasklist's engine API ({@link EngineRestConfiguration}).
 */
@Provider
@Priority(Priorities.USER - 100)
public class EngineRestBadInputMapper implements ExceptionMapper<RestException> {

  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public Response toResponse(RestException exception) {
    var badInput = BadInput.causeOf(exception);
    if (badInput == null || exception.getStatus() != null && exception.getStatus().getStatusCode() < 500) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    return problem(badInput);
  }

  /** The engine's own exceptions, unwrapped: bad input as a problem, the rest as the REST API answers them. */
  @Provider
  @Priority(Priorities.USER - 100)
  public static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      var badInput = exception instanceof BadUserRequestException bad ? bad : BadInput.causeOf(exception);
      return badInput == null ? ExceptionHandlerHelper.getInstance().getResponse(exception) : problem(badInput);
    }
  }

  private static Response problem(BadUserRequestException badInput) {
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "about:blank");
    problem.put("title", "Invalid request");
    problem.put("status", Response.Status.BAD_REQUEST.getStatusCode());
    problem.put("detail", badInput.getMessage());
    problem.put("message", badInput.getMessage());
    if (badInput instanceof RefusedFieldsException refused) {
      problem.put("errors", refused.getProblems().stream()
          .map(field -> Map.of("field", field.field(), "message", field.message())).toList());
    }
    return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(problem).build();
  }
}
