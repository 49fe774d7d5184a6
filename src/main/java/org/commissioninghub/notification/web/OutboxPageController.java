package org.commissioninghub.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
   * Nothing but the page's own inline styles; an email's HTML (in a sandboxed frame, which inherits
   * this policy) cannot run scripts or fetch anything, tracking images included.
   */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'";

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
    return "admin/outbox";
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
