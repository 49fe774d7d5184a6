package org.commissioninghub.approval;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.commissioninghub.notification.Email;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.notification.OutboxDispatcher;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how fast approval links answer with 1,000 open approvals, and how fast the outbox
 * delivers 1,000 emails to a local SMTP server. Run with {@code ./mvnw verify -Pbenchmark,postgres}.
 * Targets: opening and approving under 150 ms at the 95th percentile; 1,000 emails under 60 s.
 */
@Tag("benchmark")
@IntegrationTest
class ApprovalLinkBenchmarkTests {

  static final int OPEN_APPROVALS = 1_000;
  static final int SAMPLES = 200;
  static final int EMAILS = 1_000;
  static final Pattern TOKEN = Pattern.compile("/approvals/([A-Za-z0-9_-]{43})\\?decision=approve");
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  HubClient hub;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  Outbox outbox;

  @Autowired
  OutboxDispatcher dispatcher;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  Environment environment;

  @Test
  void approvalLinksAndTheOutboxUnderLoad() throws Exception {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Benchmark dental procurement", "details", Map.of("trigger", "access-gap", "area", "Devon")))
        .body().get("reference").asText();
    dispatcher.dispatchDue();

    var started = System.nanoTime();
    for (int i = 0; i < OPEN_APPROVALS; i++) {
      var variables = new HashMap<String, Object>();
      variables.put("caseReference", reference);
      variables.put("stage", "Business case approval");
      variables.put("approvalSummary", "Benchmark approval " + i);
      variables.put("approverRole", "head-of-primary-care");
      variables.put("approvalDueInWorkingDays", 5);
      variables.put("escalationRole", "director-of-primary-care");
      runtimeService.startProcessInstanceByKey("StageApprovalProcess", reference, variables);
    }
    hub.runDueJobs();
    System.out.printf("benchmark: %d open approvals set up in %.1f s%n", OPEN_APPROVALS, seconds(started));

    var tokens = new ArrayList<String>();
    outbox.newestFirst(PageRequest.of(0, OPEN_APPROVALS)).forEach(entry -> {
      var matcher = TOKEN.matcher(entry.textBody());
      if (matcher.find()) {
        tokens.add(matcher.group(1));
      }
    });

    var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var opening = new ArrayList<Long>();
    var approving = new ArrayList<Long>();
    for (int i = 0; i < SAMPLES; i++) {
      var url = URI.create("http://localhost:" + environment.getProperty("local.server.port") + "/approvals/" + tokens.get(i));
      var t0 = System.nanoTime();
      var page = http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
      opening.add(System.nanoTime() - t0);
      var csrf = CSRF.matcher(page.body());
      csrf.find();
      var t1 = System.nanoTime();
      var decided = http.send(HttpRequest.newBuilder(url)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("decision=approve&_csrf=" + csrf.group(1))).build(),
          HttpResponse.BodyHandlers.ofString());
      approving.add(System.nanoTime() - t1);
      if (decided.statusCode() != 200) {
        throw new IllegalStateException("approval by link answered " + decided.statusCode());
      }
    }
    report("opening a link", opening, 150);
    report("approving by link", approving, 150);

    dispatcher.dispatchDue();
    smtp.reset();
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      for (int i = 0; i < EMAILS; i++) {
        outbox.enqueue(new Email("approver" + i + "@commissioning-hub.example", "Benchmark " + i,
            "Plain text body " + i, "<p>HTML body " + i + "</p>"));
      }
    });
    var sending = System.nanoTime();
    var sent = 0;
    while (sent < EMAILS) {
      sent += dispatcher.dispatchDue();
    }
    System.out.printf("benchmark: the outbox delivered %d emails to a local SMTP server in %.1f s (target under 60 s)%n",
        smtp.getReceivedMessages().length, seconds(sending));
  }

  static void report(String what, List<Long> nanos, long targetMillis) {
    var sorted = nanos.stream().sorted().toList();
    var p50 = sorted.get(sorted.size() / 2) / 1_000_000.0;
    var p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000.0;
    var max = sorted.get(sorted.size() - 1) / 1_000_000.0;
    System.out.printf("benchmark: %s with %d open approvals: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests"
        + " (target p95 under %d ms: %s)%n", what, OPEN_APPROVALS, p50, p95, max, nanos.size(), targetMillis,
        p95 < targetMillis ? "met" : "NOT met");
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
