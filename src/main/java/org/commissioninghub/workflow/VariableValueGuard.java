package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commissioninghub.system.EngineApiGuard;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Object variables reach the engine only as JSON naming one of the {@link ObjectVariableTypes}.
 * Java serialization is off in the engine, which would answer a serialized object with a 500; and a
 * JSON object naming an arbitrary class would make the engine load that class when the variable is
 * read. Both are refused here with a 400, in every JSON body sent to the engine REST API (task
 * completion and form submission, variable updates, process start, message correlation), and an
 * object uploaded as a file part is refused too.
 */
@Component
@Order(20)
class VariableValueGuard implements EngineApiGuard {

  static final String TITLE = "Variable type not accepted";
  private static final String JSON_FORMAT = "application/json";
  private static final Pattern MULTIPART_BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

  private final ObjectMapper objectMapper;

  VariableValueGuard(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public Optional<Refusal> check(EngineApiRequest request) {
    if (request.body().length == 0) {
      return Optional.empty();
    }
    if (isMultipart(request)) {
      return multipartPart(request, "valueType").filter(type -> type.trim().equalsIgnoreCase("object"))
          .map(type -> new Refusal(TITLE, "Objects cannot be uploaded as files. Send the value as JSON instead."));
    }
    if (!request.isJson()) {
      return Optional.empty();
    }
    try {
      return problemIn(objectMapper.readTree(request.body()), "");
    } catch (IOException notJson) {
      // The engine answers a body it cannot read with a 400 of its own.
      return Optional.empty();
    }
  }

  private Optional<Refusal> problemIn(JsonNode node, String name) {
    if (node.isObject() && node.path("type").isTextual() && (node.has("value") || node.has("valueInfo"))
        && node.path("type").textValue().equalsIgnoreCase("object")) {
      return objectValueProblem(node.path("valueInfo"), name);
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      var problem = problemIn(field.getValue(), field.getKey());
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (node.isArray()) {
      for (var element : node) {
        var problem = problemIn(element, name);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> objectValueProblem(JsonNode valueInfo, String name) {
    var format = valueInfo.path("serializationDataFormat");
    if (!format.isMissingNode() && !format.isNull()
        && !JSON_FORMAT.equalsIgnoreCase(format.asText().trim())) {
      return Optional.of(new Refusal(TITLE, "Variable " + name + " is sent as " + format.asText()
          + ". Commissioning Hub accepts objects only as JSON (application/json); Java serialization is off."));
    }
    var typeName = valueInfo.path("objectTypeName").asText(null);
    if (!ObjectVariableTypes.INSTANCE.allowsTypeName(typeName)) {
      return Optional.of(new Refusal(TITLE, "Variable " + name + " names the type " + typeName
          + ", which Commissioning Hub does not store. Send plain values, lists or maps instead."));
    }
    return Optional.empty();
  }

  private static boolean isMultipart(EngineApiRequest request) {
    var type = request.servletRequest().getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** The text of one part of a multipart body, read without a parser: only short text parts are wanted. */
  private static Optional<String> multipartPart(EngineApiRequest request, String partName) {
    var boundary = MULTIPART_BOUNDARY.matcher(request.servletRequest().getContentType());
    if (!boundary.find()) {
      return Optional.empty();
    }
    // ISO-8859-1 maps every byte to one char, so binary parts cannot break the split.
    var body = new String(request.body(), StandardCharsets.ISO_8859_1);
    for (var part : body.split(Pattern.quote("--" + boundary.group(1)))) {
      var headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      var headers = part.substring(0, headersEnd).toLowerCase(Locale.ROOT);
      if (headers.contains("name=\"" + partName.toLowerCase(Locale.ROOT) + "\"")) {
        var content = part.substring(headersEnd + 4);
        return Optional.of(content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content);
      }
    }
    return Optional.empty();
  }
}
