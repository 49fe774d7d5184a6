package org.commissioninghub.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.commissioninghub.system.RequestPaths.EngineResource;

/**
 * A check on requests to the engine REST API (the hub's {@code /engine-rest} and the one Tasklist
 * and Cockpit call), made before the engine sees them. The security chains run every guard bean, in
 * order, through {@link EngineApiGuardFilter}; the first refusal answers 400 and nothing reaches the
 * engine.
 */
public interface EngineApiGuard {

  /** What was refused and why, for the person or client that sent it, and the bad fields if it names them. */
  record Refusal(String title, String detail, java.util.List<FieldProblem> errors) {

    public Refusal(String title, String detail) {
      this(title, detail, java.util.List.of());
    }
  }

  /**
   * A request to the engine REST API: the path below the API's root, read by {@link RequestPaths},
   * and the body, read once and served again to the engine.
   */
  record EngineApiRequest(HttpServletRequest servletRequest, EngineResource resource, byte[] body) {

    public String method() {
      return servletRequest.getMethod();
    }

    public boolean isMethod(String name) {
      return name.equalsIgnoreCase(servletRequest.getMethod());
    }

    public boolean isJson() {
      var type = servletRequest.getContentType();
      return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
  }

  Optional<Refusal> check(EngineApiRequest request);
}
