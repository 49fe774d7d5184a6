package org.commissioninghub.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when a request failed because the database is out of reach,
 * and 409 or 503 when it met a concurrent change ({@link Contention}) rather than 500, wherever it
 * failed: signing in, the case API, the admin pages, the webapps. Outermost, so it also
 * sees failures in the security filters. The engine REST APIs answer their own the same way
 * ({@link EngineRestProblems}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  private final ProblemResponses problems;
  private final ProblemPages pages;

  DatabaseOutageFilter(ProblemResponses problems, ProblemPages pages) {
    this.problems = problems;
    this.pages = pages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      if (DatabaseOutage.causes(failure)) {
        log.warn("{} {} answered 503: the database is out of reach ({})", request.getMethod(),
            request.getRequestURI(), failure.toString());
        response.reset();
        response.setHeader(DatabaseOutage.RETRY_AFTER_HEADER, DatabaseOutage.RETRY_AFTER_SECONDS);
        answer(request, response, DatabaseOutage.STATUS, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
        return;
      }
      var found = Contention.of(failure);
      if (found.isEmpty()) {
        throw failure;
      }
      var contention = found.get();
      log.info("{} {} answered {}: it met a concurrent change ({})", request.getMethod(), request.getRequestURI(),
          contention.status().value(), failure.toString());
      response.reset();
      if (contention.retryable()) {
        response.setHeader(Contention.RETRY_AFTER_HEADER, Contention.RETRY_AFTER_SECONDS);
      }
      answer(request, response, contention.status(), contention.title(), contention.detail());
    }
  }

  /** A person's browser gets the hub's page, anything else a problem. */
  private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException, ServletException {
    if (!PageRequests.isForAPage(request)) {
      problems.write(response, status, title, detail);
      return;
    }
    try {
      pages.write(request, response, status, title, detail);
    } catch (IOException | ServletException | RuntimeException failure) {
      throw failure;
    } catch (Exception failure) {
      throw new ServletException(failure);
    }
  }
}
