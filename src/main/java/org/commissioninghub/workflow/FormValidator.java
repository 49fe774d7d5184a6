package org.commissioninghub.workflow;

import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Checks form input against the form's field rules and the {@link FormRule}s for that form. */
@Component
class FormValidator {

  private final ObjectProvider<FormRule> rules;
  private final AsHub asHub;

  FormValidator(ObjectProvider<FormRule> rules, AsHub asHub) {
    this.rules = rules;
    this.asHub = asHub;
  }

  void validate(FormSchema form, Function<String, Object> values) {
    var problems = form.problems(values);
    rules.orderedStream()
        .filter(rule -> rule.formId().equals(form.id()))
        .map(rule -> asHub.run(() -> rule.problems(values)))
        .forEach(problems::addAll);
    FormSchema.refuseIfAny(List.copyOf(problems));
  }
}
