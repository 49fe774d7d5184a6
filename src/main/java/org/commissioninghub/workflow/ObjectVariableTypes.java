package org.commissioninghub.workflow;

import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;

/**
 * The Java types an object variable may name: the hub's own, and the plain values and collections
 * of the JDK that its processes store (lists of ids, maps of answers). Anything else is refused
 * when a variable is written through the engine REST API and when the engine deserializes one, so
 * no request can make the hub load or build an arbitrary class.
 */
final class ObjectVariableTypes implements DeserializationTypeValidator {

  private static final String HUB_PACKAGE = "org.commissioninghub.";

  private static final Set<String> JDK_TYPES = Set.of(
      "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Character",
      "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
      "java.lang.Double", "java.lang.Number", "java.math.BigDecimal", "java.math.BigInteger",
      "java.util.Date", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.Instant",
      "java.util.List", "java.util.ArrayList", "java.util.LinkedList", "java.util.Arrays$ArrayList",
      "java.util.Collection", "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
      "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
      "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
      "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN",
      "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
      "java.util.Collections$SingletonList", "java.util.Collections$UnmodifiableRandomAccessList");

  /** Splits a canonical type name such as {@code java.util.ArrayList<java.lang.String>} into its classes. */
  private static final Pattern TYPE_SEPARATORS = Pattern.compile("[<>,\\s]+");

  static final ObjectVariableTypes INSTANCE = new ObjectVariableTypes();

  private ObjectVariableTypes() {}

  /** Called by the engine for each class it is about to deserialize, generic parameters included. */
  @Override
  public boolean validate(String className) {
    return className != null && (JDK_TYPES.contains(className) || className.startsWith(HUB_PACKAGE));
  }

  /** Whether every class a canonical type name (with generic parameters) mentions is allowed. */
  boolean allowsTypeName(String canonicalTypeName) {
    if (canonicalTypeName == null || canonicalTypeName.isBlank()) {
      return false;
    }
    for (var part : TYPE_SEPARATORS.split(canonicalTypeName.trim())) {
      var className = part.endsWith("[]") ? part.substring(0, part.length() - 2) : part;
      if (!className.isEmpty() && !className.equals("?") && !validate(className)) {
        return false;
      }
    }
    return true;
  }
}
