package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.RefusedFieldsException;
import org.commissioninghub.system.JsonPaths;
import org.springframework.stereotype.Component;

/**
 * Binds a completed task's form answers to the {@link RecordsAnswer} method's record, checks it,
 * and calls the method. Whatever is wrong with the answer becomes one readable sentence per field
 * for the person who submitted it.
 */
@Component
class AnswerBinding {

  private static final Set<Class<?>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

  private final ObjectMapper objectMapper;
  private final Validator validator;

  AnswerBinding(ObjectMapper objectMapper, Validator validator) {
    this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.validator = validator;
  }

  /** The process variables the method answers, after recording; none when it answers nothing. */
  @SuppressWarnings("unchecked")
  Map<String, Object> record(AnswerRecorders.Recorder recorder, FormSchema form, Map<String, Object> submitted,
      CompletedTask task) {
    var answer = bind(recorder.answerType(), form, submitted);
    var violations = validator.validate(answer);
    if (!violations.isEmpty()) {
      throw refused(violations.stream()
          .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
          .map(violation -> sentence(form, violation))
          .collect(Collectors.joining("; ")));
    }
    try {
      var variables = (Map<String, Object>) recorder.method().invoke(recorder.bean(), task, answer);
      return variables == null ? Map.of() : variables;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException refused) {
        throw refused(refused.getMessage());
      }
      if (e.getCause() instanceof InvalidInputException invalid) {
        throw new RefusedFieldsException("The form cannot be submitted: " + invalid.getProblems().stream()
            .map(problem -> form.labelOf(problem.field()) + " " + problem.message())
            .collect(Collectors.joining("; ")) + ".", invalid.getProblems());
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(recorder.method() + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + recorder.method(), e);
    }
  }

  private Object bind(Class<?> type, FormSchema form, Map<String, Object> submitted) {
    try {
      return objectMapper.convertValue(new HashMap<>(submitted), type);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        var field = mapping.getPath().get(0).getFieldName();
        throw refused(form.labelOf(field) + " " + JsonPaths.messageOf(mapping));
      }
      throw refused("the answers are not in the form the task expects");
    }
  }

  /** "Name is required", or for a field of a list's row "Lots, row 2: Name is required". */
  private static String sentence(FormSchema form, ConstraintViolation<?> violation) {
    var where = new StringBuilder();
    String container = null;
    String field = "";
    for (var node : violation.getPropertyPath()) {
      if (node.isInIterable() && node.getIndex() != null && container != null) {
        where.append(form.labelOf(container)).append(", row ").append(node.getIndex() + 1).append(": ");
      }
      if (node.getName() != null) {
        container = node.getName();
        field = node.getName();
      }
    }
    var annotation = violation.getConstraintDescriptor().getAnnotation().annotationType();
    return where + form.labelOf(field) + " " + (REQUIRED.contains(annotation) ? "is required" : violation.getMessage());
  }

  private static BadUserRequestException refused(String problems) {
    return new BadUserRequestException("The form cannot be submitted: " + problems + ".");
  }
}
