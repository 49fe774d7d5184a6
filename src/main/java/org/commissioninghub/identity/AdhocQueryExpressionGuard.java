package org.commissioninghub.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commissioninghub.system.EngineApiGuard;
import org.commissioninghub.system.RequestPaths;
import org.commissioninghub.system.RequestPaths.EngineResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first line against expressions (<code>${...}</code> or <code>#{...}</code>) in queries to
 * the engine: refused with a 400 in any query parameter of the engine REST API and in the JSON body
 * of any query endpoint, nested {@code orQueries} and filter extensions included. Paths are read
 * through {@link RequestPaths}, so no spelling of a URL walks around it. The engine itself refuses
 * them too ({@link AdhocQueryExpressionInterceptor}).
 */
@Component
@Order(10)
class AdhocQueryExpressionGuard implements EngineApiGuard {

  static final String TITLE = "Expressions are not allowed in queries";

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

  /** The last segments of endpoints whose POST body is a query: lists, counts, single results. */
  private static final Set<String> QUERY_ENDINGS = Set.of("count", "list", "singleresult");

  private final ObjectMapper objectMapper;

  AdhocQueryExpressionGuard(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public Optional<Refusal> check(EngineApiRequest request) {
    if (hasExpressionInParameters(request.servletRequest())) {
      return Optional.of(refusal("a query parameter"));
    }
    if (request.isMethod("POST") && isQuery(request.resource()) && hasExpressionInBody(request.body())) {
      return Optional.of(refusal("the query"));
    }
    return Optional.empty();
  }

  /**
   * A POST to a collection ({@code /task}, {@code /process-instance}), to a count, list or single
   * result ({@code /task/count}, {@code /filter/{id}/list}), or to the history API is a query.
   */
  static boolean isQuery(EngineResource resource) {
    return resource.size() == 1
        || QUERY_ENDINGS.stream().anyMatch(resource::lastIs)
        || resource.is(0, "history");
  }

  private static boolean hasExpressionInParameters(HttpServletRequest request) {
    return request.getParameterMap().entrySet().stream()
        .flatMap(entry -> Stream.concat(Stream.of(entry.getKey()), Arrays.stream(entry.getValue())))
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

  private static Refusal refusal(String where) {
    return new Refusal(TITLE, "Commissioning Hub does not accept expressions (${...} or #{...}) in " + where
        + ". Use a plain value instead.");
  }
}
