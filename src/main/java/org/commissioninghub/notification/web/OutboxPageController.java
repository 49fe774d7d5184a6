package org.commissioninghub.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.notification.OutboxDispatcher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/outbox}: every email of the outbox, newest first, for administrators. Without an
 * SMTP server this is where mail is read.
 */
@Controller
class OutboxPageController {

  static final int PAGE_SIZE = 50;

  /**
   * The hub layout's own styles and script, and inline styles for an email's HTML; that HTML (in a
   * sandboxed frame, which inherits this policy) cannot run scripts or fetch anything from
   * elsewhere, tracking images included. Forms only to the hub (signing out).
   */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline';"
      + " script-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

  /** A web address in an email's text, to show as a link. */
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private final Outbox outbox;
  private final OutboxDispatcher dispatcher;
  private final Times times;

  OutboxPageController(Outbox outbox, OutboxDispatcher dispatcher, Clock clock) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.times = new Times(clock);
  }

  @GetMapping("/admin/outbox")
  String outbox(@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    model.addAttribute("messages", outbox.newestFirst(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    model.addAttribute("summary", outbox.summary());
    model.addAttribute("delivery", dispatcher.deliveryMode().id());
    model.addAttribute("dispatching", dispatcher.isDispatching());
    model.addAttribute("times", times);
    model.addAttribute("links", new Links());
    model.addAttribute("pageStylesheet", "/css/outbox.css");
    return "admin/outbox";
  }

  /** An email's text in parts, its web addresses apart so the page shows them as links. */
  static final class Links {

    public record Part(String text, boolean link) {}

    public List<Part> parts(String text) {
      var parts = new ArrayList<Part>();
      if (text == null) {
        return parts;
      }
      var matcher = LINK.matcher(text);
      var from = 0;
      while (matcher.find()) {
        var address = matcher.group().replaceAll("[.,;:)]+$", "");
        if (matcher.start() > from) {
          parts.add(new Part(text.substring(from, matcher.start()), false));
        }
        parts.add(new Part(address, true));
        from = matcher.start() + address.length();
      }
      if (from < text.length()) {
        parts.add(new Part(text.substring(from), false));
      }
      return parts;
    }
  }

  /** Times as people in England read them, whatever zone the server runs in. */
  static final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");

    private final Clock clock;

    Times(Clock clock) {
      this.clock = clock;
    }

    public String format(Instant instant) {
      return instant == null ? "" : FORMAT.withZone(clock.getZone()).format(instant);
    }
  }
}
