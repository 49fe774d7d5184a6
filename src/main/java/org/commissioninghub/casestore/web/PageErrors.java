package org.commissioninghub.casestore.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.system.FieldProblem;

/**
 * The bad fields of a form on a page, each by the id of its input (the error summary links to it)
 * with a message a person can act on. Public for the templates.
 */
public final class PageErrors {

  public record Entry(String fieldId, String message) {}

  private final Map<String, String> messages = new LinkedHashMap<>();

  public void add(String fieldId, String message) {
    messages.putIfAbsent(fieldId, message);
  }

  public boolean has(String fieldId) {
    return messages.containsKey(fieldId);
  }

  public String get(String fieldId) {
    return messages.get(fieldId);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /** The same errors, those of these fields first in this order (the order of the form), the rest after. */
  PageErrors inFormOrder(List<String> fieldIds) {
    var ordered = new PageErrors();
    fieldIds.stream().filter(this::has).forEach(fieldId -> ordered.add(fieldId, get(fieldId)));
    messages.forEach(ordered::add);
    return ordered;
  }

  public List<Entry> all() {
    return messages.entrySet().stream().map(entry -> new Entry(entry.getKey(), entry.getValue())).toList();
  }

  /**
   * The violations of a request's constraints, each under {@code prefix-field} and said with the
   * field's name as people know it ({@code nouns}: field to "the milestone's name").
   */
  void addViolations(String prefix, Collection<? extends ConstraintViolation<?>> violations, Map<String, String> nouns) {
    violations.stream()
        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .forEach(violation -> {
          var field = violation.getPropertyPath().toString();
          var noun = nouns.getOrDefault(field, field);
          var annotation = violation.getConstraintDescriptor().getAnnotation();
          String message;
          if (annotation instanceof NotBlank || annotation instanceof NotNull) {
            message = "Enter " + noun;
          } else if (annotation instanceof Size size) {
            message = capitalised(noun) + " must be " + size.max() + " characters or fewer";
          } else if (annotation instanceof Min || annotation instanceof Max) {
            message = capitalised(noun) + " must be from 1 to 5";
          } else {
            message = capitalised(noun) + " " + violation.getMessage();
          }
          add(prefix + "-" + kebab(field), message);
        });
  }

  /** Problems a service found, each under {@code prefix-field}. */
  void addProblems(String prefix, List<FieldProblem> problems, Map<String, String> nouns) {
    problems.forEach(problem -> add(prefix + "-" + kebab(problem.field()),
        capitalised(nouns.getOrDefault(problem.field(), problem.field())) + " " + problem.message()));
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String kebab(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
