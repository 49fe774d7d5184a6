package org.commissioninghub.casestore;

import java.util.Arrays;

/** An enum value known to people and the API by a stable lower-case id, such as {@code on-hold}. */
public interface CodedValue {

  String id();

  static <E extends Enum<E> & CodedValue> E byId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> value.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "'" + id + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(CodedValue::id).toList()));
  }
}
