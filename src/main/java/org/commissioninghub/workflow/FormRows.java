package org.commissioninghub.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The rows of a form-js dynamic list as plain Java values, whatever shape the list arrived in: a
 * Json variable from Tasklist ({@link SpinJsonNode}), a Jackson {@link JsonNode} or JSON text from a
 * REST client, or a Java list of maps. A {@link FormRule} reads a list with
 * {@code FormRows.of(values.apply("lots"))}.
 */
public final class FormRows {

  // Decimals as BigDecimal, so a rule can add up a list's money exactly.
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private FormRows() {}

  /**
   * Each row as a map from field key to a plain value: String, Number, Boolean, null, or a List or
   * Map of such values (a nested list or group). No rows for null, blank text or an empty list.
   *
   * @throws IllegalArgumentException when the value is not a list of objects
   */
  public static List<Map<String, Object>> of(Object list) {
    var value = structured(list);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw new IllegalArgumentException("not a list of rows");
    }
    var rows = new ArrayList<Map<String, Object>>();
    for (var item : items) {
      if (!(item instanceof Map<?, ?> row)) {
        throw new IllegalArgumentException("a row is not an object");
      }
      rows.add(stringKeyed(row));
    }
    return Collections.unmodifiableList(rows);
  }

  /** The fields of a group with a path (a nested object), or none when the value is not an object. */
  static Map<String, Object> object(Object value) {
    try {
      return structured(value) instanceof Map<?, ?> map ? stringKeyed(map) : Map.of();
    } catch (IllegalArgumentException notJson) {
      return Map.of();
    }
  }

  /**
   * JSON (Spin or Jackson) as plain Java values, and maps and lists with their items made plain;
   * other values as they are. Text is not parsed: only a list's or group's own value is JSON text.
   */
  static Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      return parse(json.toString());
    }
    if (value instanceof JsonNode json) {
      return json.isMissingNode() ? null : plain(JSON.convertValue(json, Object.class));
    }
    if (value instanceof Map<?, ?> map) {
      return stringKeyed(map);
    }
    if (value instanceof Collection<?> items) {
      var plainItems = new ArrayList<>(items.size());
      items.forEach(item -> plainItems.add(plain(item)));
      return Collections.unmodifiableList(plainItems);
    }
    return value;
  }

  private static Object structured(Object value) {
    if (value instanceof String text) {
      return text.isBlank() ? null : parse(text);
    }
    return plain(value);
  }

  private static Map<String, Object> stringKeyed(Map<?, ?> map) {
    var plainMap = new LinkedHashMap<String, Object>();
    map.forEach((key, item) -> plainMap.put(String.valueOf(key), plain(item)));
    return Collections.unmodifiableMap(plainMap);
  }

  private static Object parse(String json) {
    try {
      return plain(JSON.readValue(json, Object.class));
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException("not JSON", notJson);
    }
  }
}
