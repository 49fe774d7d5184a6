package org.commissioninghub.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads form input from process variables whatever shape the form or the REST client gave it:
 * numbers may arrive as Integer, Long or Double, lists as Json (from Tasklist) or Java lists.
 */
public final class ProcessVariables {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessVariables() {}

  public static String text(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static BigDecimal decimal(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    return new BigDecimal(value.toString());
  }

  public static Integer integer(VariableScope scope, String name) {
    var value = decimal(scope, name);
    return value == null ? null : value.intValueExact();
  }

  public static boolean flag(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    return value instanceof Boolean bool ? bool : Boolean.parseBoolean(String.valueOf(value));
  }

  /** A yes/no answer from a radio group ("yes" or "no") or a boolean; anything else is refused. */
  public static boolean yesNo(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if ("yes".equals(value)) {
      return true;
    }
    if ("no".equals(value)) {
      return false;
    }
    throw new IllegalArgumentException(name + " must be answered yes or no, not " + value);
  }

  public static List<String> texts(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SpinJsonNode json) {
      return json.isArray()
          ? json.elements().stream().map(SpinJsonNode::stringValue).toList()
          : List.of(json.stringValue());
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * A JSON document from a variable however it was stored: a Json variable, JSON text, or Java
   * lists, maps and values. Null when the variable is not set.
   */
  public static JsonNode json(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      return value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a JSON document", e);
    }
  }

  /** A date from a date field (an ISO string such as 2027-01-15) or a Date. */
  public static LocalDate date(VariableScope scope, String name) {
    return asDate(scope.getVariable(name));
  }

  /** As {@link #date}, for a value read from anywhere (such as a form submission not yet stored). */
  public static LocalDate asDate(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ENGLAND).toLocalDate();
    }
    var text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
