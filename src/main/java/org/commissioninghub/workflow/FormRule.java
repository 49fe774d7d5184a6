package org.commissioninghub.workflow;

import java.util.List;
import java.util.function.Function;

/**
 * A rule across the fields of one form that form-js cannot express (weights adding up to 100,
 * one date before another, no two lots with the same name). Checked on submission and on
 * completion, beside the form's own rules. A dynamic list's value is read as rows with
 * {@link FormRows#of}.
 */
public interface FormRule {

  /** The id of the form (its formRef) this rule applies to. */
  String formId();

  /** One sentence per problem, for the person filling in the form; empty when all is well. */
  List<String> problems(Function<String, Object> values);
}
