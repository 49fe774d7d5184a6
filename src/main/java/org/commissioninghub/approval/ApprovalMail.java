package org.commissioninghub.approval;

import java.util.Map;
import org.commissioninghub.notification.MailTemplates;
import org.springframework.stereotype.Component;

/** Renders the approval emails from templates/mail: an HTML part and a plain-text part. */
@Component
class ApprovalMail {

  record Rendered(String subject, String text, String html) {}

  private final MailTemplates templates;

  ApprovalMail(MailTemplates templates) {
    this.templates = templates;
  }

  Rendered render(String subject, Map<String, Object> model) {
    var bodies = templates.render("approval", model);
    return new Rendered(subject, bodies.text(), bodies.html());
  }
}
