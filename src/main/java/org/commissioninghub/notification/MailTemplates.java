package org.commissioninghub.notification;

import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * What every email the hub writes shares: its bodies rendered from {@code templates/mail/<name>.txt}
 * and {@code .html}, the links into the hub ({@code hub.public-base-url}) and how it addresses people.
 */
@Component
public class MailTemplates {

  /** An email's plain-text and HTML bodies. */
  public record Bodies(String text, String html) {}

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final String baseUrl;

  MailTemplates(@Value("${hub.public-base-url:http://localhost:8080}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

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

  public Bodies render(String template, Map<String, Object> model) {
    var context = new Context();
    context.setVariables(model);
    return new Bodies(text.process(template, context), html.process(template, context));
  }

  /** The hub's page at this path ("/cases/DEN-2026-0001") as a link that works from an email. */
  public String link(String path) {
    return baseUrl + path;
  }

  /** How an email addresses the person: their name, or their user id when they have none. */
  public static String nameOf(User user) {
    var name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
