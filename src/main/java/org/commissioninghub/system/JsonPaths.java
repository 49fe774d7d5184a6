package org.commissioninghub.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Set;

/** Names the field a JSON mapping error is about, as a client wrote it. */
public final class JsonPaths {

  private JsonPaths() {}

  /** The path of the bad value, such as {@code details.serviceTypes[1]}. */
  public static String of(JsonMappingException e) {
    var path = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A readable message for a value of the wrong type or outside an enumeration. */
  private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class,
      long.class, Short.class, short.class);

  public static String messageOf(JsonMappingException e) {
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      var allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
          .map(value -> value instanceof CodedValue coded ? coded.id() : value.toString())
          .toList();
      return "'" + invalid.getValue() + "' is not one of " + allowed;
    }
    if (e instanceof MismatchedInputException mismatched && WHOLE_NUMBERS.contains(mismatched.getTargetType())) {
      return "must be a whole number";
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      var target = mismatched.getTargetType();
      if (java.time.LocalDate.class.equals(target)) {
        return "must be a real date written year-month-day, such as 2027-02-20";
      }
      if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
        return "must be a number, such as 2400000";
      }
    }
    var cause = e.getCause() instanceof IllegalArgumentException illegal ? illegal.getMessage() : null;
    return cause != null ? cause : "has a value of the wrong type";
  }
}
