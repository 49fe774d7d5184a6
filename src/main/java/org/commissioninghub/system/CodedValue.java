package org.commissioninghub.system;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum value known to people and the API by a stable lower-case id derived from its name:
 * {@code ON_HOLD} is {@code on-hold}. Jackson writes and reads the id.
 */
public interface CodedValue {

  String name();

  @JsonValue
  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value with this id, if there is one. */
  static <E extends Enum<E> & CodedValue> Optional<E> findById(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.id().equals(id)).findFirst();
  }

  static <E extends Enum<E> & CodedValue> E byId(Class<E> type, String id) {
    return findById(type, id)
        .orElseThrow(() -> new IllegalArgumentException(
            "'" + id + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(CodedValue::id).toList()));
  }
}
