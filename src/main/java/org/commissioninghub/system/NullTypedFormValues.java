package org.commissioninghub.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import org.commissioninghub.system.RequestPaths.EngineResource;

/**
 * Mends what Tasklist submits for a form's list or group when its variable already exists without a
 * value. A diagram keeps a form's answers to each item of a multi-instance apart by declaring them in
 * the item's scope, empty (type {@code Null}); Tasklist then sends the list as JSON text but with
 * that variable's type, {@code Null}, which the engine cannot convert, so the form could not be
 * completed. A {@code Null}-typed value that is JSON text of a list or an object goes on as
 * {@code Json}, and any other non-empty one without a type, for the engine to read as it would from
 * any client. Every other request, and every other variable, is passed on as it came.
 */
final class NullTypedFormValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COMPLETIONS = Set.of("submit-form", "complete", "resolve", "start");

  private NullTypedFormValues() {}

  static byte[] mended(EngineResource resource, byte[] body) {
    if (body.length == 0 || !COMPLETIONS.contains(resource.segment(resource.size() - 1).toLowerCase(java.util.Locale.ROOT))
        || !(resource.is(0, "task") || resource.is(0, "process-definition"))) {
      return body;
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException notJson) {
      // the engine answers a body it cannot read
      return body;
    }
    if (request == null || !(request.get("variables") instanceof ObjectNode variables)) {
      return body;
    }
    var changed = false;
    for (var variable : variables) {
      if (variable instanceof ObjectNode typed && "Null".equalsIgnoreCase(typed.path("type").asText())
          && typed.hasNonNull("value")) {
        if (isJsonListOrObject(typed.get("value"))) {
          typed.put("type", "Json");
        } else {
          typed.remove("type");
        }
        changed = true;
      }
    }
    try {
      return changed ? JSON.writeValueAsBytes(request) : body;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a form submission back as JSON", e);
    }
  }

  private static boolean isJsonListOrObject(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    try {
      var parsed = JSON.readTree(value.asText());
      return parsed != null && (parsed.isArray() || parsed.isObject());
    } catch (IOException notJson) {
      return false;
    }
  }
}
