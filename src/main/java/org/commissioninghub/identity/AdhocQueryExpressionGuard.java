package org.commissioninghub.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.commissioninghub.system.CachedBodyRequest;
import org.commissioninghub.system.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses expressions (<code>${...}</code> or <code>#{...}</code>) in ad-hoc queries to the engine,
 * in query parameters and in the JSON bodies of query endpoints, nested {@code orQueries}
 * included. The community engine gets no more security patches, so the hub does not rely on the
 * engine's own switch alone: an expression never reaches it from a query.
 */
class AdhocQueryExpressionGuard extends OncePerRequestFilter {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

  /** POST endpoints whose body is a query: lists, counts, single results and history reports. */
  private static final Pattern QUERY_ENDPOINT = Pattern.compile(
      ".*/(task|count|list|singleResult|process-instance|execution|variable-instance|job|"
          + "external-task|incident|case-instance|case-execution|decision-requirements-definition|"
          + "process-definition|deployment|batch|authorization|user|group|tenant)$"
          + "|.*/history/.*");

  private final ObjectMapper objectMapper;
  private final ProblemResponses problems;

  AdhocQueryExpressionGuard(ObjectMapper objectMapper, ProblemResponses problems) {
    this.objectMapper = objectMapper;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (hasExpressionInParameters(request)) {
      refuse(response, "a query parameter");
      return;
    }
    if (!"POST".equals(request.getMethod()) || !QUERY_ENDPOINT.matcher(request.getRequestURI()).matches()) {
      chain.doFilter(request, response);
      return;
    }
    var body = request.getInputStream().readAllBytes();
    if (hasExpressionInBody(body)) {
      refuse(response, "the query");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static boolean hasExpressionInParameters(HttpServletRequest request) {
    var query = request.getQueryString();
    if (query == null) {
      return false;
    }
    return request.getParameterMap().values().stream()
        .flatMap(java.util.Arrays::stream)
        .anyMatch(value -> EXPRESSION.matcher(value).find());
  }

  private boolean hasExpressionInBody(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return containsExpression(objectMapper.readTree(body));
    } catch (IOException notJson) {
      // Not JSON: the engine will refuse it; look at the raw text anyway.
      return EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find();
    }
  }

  private static boolean containsExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return EXPRESSION.matcher(node.textValue()).find();
    }
    var fieldNames = node.fieldNames();
    while (fieldNames.hasNext()) {
      if (EXPRESSION.matcher(fieldNames.next()).find()) {
        return true;
      }
    }
    for (var child : node) {
      if (containsExpression(child)) {
        return true;
      }
    }
    return false;
  }

  private void refuse(HttpServletResponse response, String where) throws IOException {
    problems.write(response, HttpStatus.BAD_REQUEST, "Expressions are not allowed in queries",
        "Commissioning Hub does not accept expressions (${...} or #{...}) in " + where
            + ". Use a plain value instead.");
  }
}
