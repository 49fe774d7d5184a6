package org.commissioninghub.approval;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the approval emails from templates/mail: an HTML part and a plain-text part. */
@Component
class ApprovalMail {

  record Rendered(String subject, String text, String html) {}

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    // The Spring engine evaluates templates with SpEL, as the web pages do.
    var engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  Rendered render(String subject, Map<String, Object> model) {
    var context = new Context();
    context.setVariables(model);
    return new Rendered(subject, text.process("approval", context), html.process("approval", context));
  }
}
