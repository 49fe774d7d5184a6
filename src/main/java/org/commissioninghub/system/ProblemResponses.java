package org.commissioninghub.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes RFC 7807 problem bodies from servlet filters, which run before Spring MVC's advice. */
@Component
public class ProblemResponses {

  private final ObjectMapper objectMapper;

  ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, MediaType.APPLICATION_PROBLEM_JSON, Map.of());
  }

  /** A problem with extra members, in the given media type (for clients that only read plain JSON). */
  public void write(HttpServletResponse response, HttpStatus status, String title, String detail,
      MediaType mediaType, Map<String, Object> properties) throws IOException {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    response.setStatus(status.value());
    response.setContentType(mediaType.toString());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
