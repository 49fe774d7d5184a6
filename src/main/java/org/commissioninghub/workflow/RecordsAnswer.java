package org.commissioninghub.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the service method that records what a form answers, when a user task with that form is
 * completed: in the completion's own transaction, so the answer and the completion commit
 * together or not at all. The method takes the {@link CompletedTask} and the answer, a record the
 * form's fields are bound to (by name, with Jackson) and checked against (Bean Validation); it may
 * answer a {@code Map<String, Object>} of process variables for the diagram (a null value clears
 * one). A refused answer (a {@code ConstraintViolation}, or an {@code IllegalArgumentException}
 * or {@code InvalidInputException} from the rule) is a clear error to the person submitting the
 * form, and nothing is written.
 *
 * <pre>
 * &#64;RecordsAnswer("dental-assess-oral-health-needs")
 * public void recordNeedsAssessment(CompletedTask task, NeedsAssessment answer) { ... }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecordsAnswer {

  /** The id of the form (the user task's formRef) whose answers the method records. */
  String value();
}
