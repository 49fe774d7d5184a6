package org.commissioninghub.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.commissioninghub.system.EngineApiGuard.EngineApiRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the {@link EngineApiGuard}s on each request to the engine REST API. Refusals answer 400 with
 * an RFC 7807 problem that also carries {@code message}, which Tasklist shows to the person who
 * submitted the form. A form submission is first mended where Tasklist sends a list with the type
 * {@code Null} ({@link NullTypedFormValues}), so guards and engine read what the person entered.
 */
public final class EngineApiGuardFilter extends OncePerRequestFilter {

  /** Bodies larger than this are not engine API requests the hub expects: refused before reading on. */
  static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  private final List<EngineApiGuard> guards;
  private final ProblemResponses problems;

  public EngineApiGuardFilter(List<EngineApiGuard> guards, ProblemResponses problems) {
    this.guards = List.copyOf(guards);
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return RequestPaths.engineResource(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    var read = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (read.length > MAX_BODY_BYTES) {
      problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
          "Requests to the engine API may be at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB.");
      return;
    }
    var resource = RequestPaths.engineResource(request).orElseThrow();
    var body = NullTypedFormValues.mended(resource, read);
    var cached = new CachedBodyRequest(request, body);
    var guarded = new EngineApiRequest(cached, resource, body);
    for (var guard : guards) {
      var refusal = guard.check(guarded);
      if (refusal.isPresent()) {
        var properties = new java.util.LinkedHashMap<String, Object>(Map.of("message", refusal.get().detail()));
        if (!refusal.get().errors().isEmpty()) {
          properties.put("errors", refusal.get().errors());
        }
        problems.write(response, HttpStatus.BAD_REQUEST, refusal.get().title(), refusal.get().detail(),
            MediaType.APPLICATION_PROBLEM_JSON, properties);
        return;
      }
    }
    chain.doFilter(cached, response);
  }
}
