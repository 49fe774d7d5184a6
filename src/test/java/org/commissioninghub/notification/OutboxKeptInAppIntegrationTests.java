package org.commissioninghub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * The hub as the embedded defaults run it, with no SMTP server: mail is kept in the app. A context
 * of its own: no mail sender; its own in-memory H2 database whatever the profile (so no other
 * test's jobs or mail are in it; settings meant for PostgreSQL are ignored); and an engine with a
 * name of its own, so that the webapps and /engine-rest of the shared test context keep finding
 * theirs. The test therefore drives the engine through its Java API and the hub's own /api.
 */
@IntegrationTest
@TestPropertySource(properties = {
    "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
    "spring.datasource.url=jdbc:h2:mem:commissioning-hub-mail-kept-in-app;DB_CLOSE_DELAY=-1;IGNORE_UNKNOWN_SETTINGS=TRUE",
    "camunda.bpm.generate-unique-process-engine-name=true"})
class OutboxKeptInAppIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  Outbox outbox;

  @Autowired
  OutboxDispatcher dispatcher;

  @Autowired
  MeterRegistry meters;

  @Test
  void withoutAnSmtpServerAnApprovalEmailIsKeptInTheAppNotPendingAndTheHubStaysUp() throws Exception {
    assertThat(dispatcher.deliveryMode()).isEqualTo(DeliveryMode.IN_APP);
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Somerset urgent dental care", "details", Map.of("trigger", "access-gap", "area", "Somerset")))
        .body().get("reference").asText();

    var approval = new HashMap<String, Object>();
    approval.put("caseReference", reference);
    approval.put("stage", "Business case approval");
    approval.put("approvalSummary", "Three years of urgent dental care in Somerset.");
    approval.put("approverRole", "head-of-primary-care");
    approval.put("approvalDueInWorkingDays", 5);
    approval.put("escalationRole", "director-of-primary-care");
    runtimeService.startProcessInstanceByKey("StageApprovalProcess", reference, approval);
    hub.runDueJobs();

    var approvalEmails = outbox.newestFirst(PageRequest.of(0, 50)).getContent().stream()
        .filter(entry -> entry.subject().startsWith("Approval needed") && entry.subject().contains(reference))
        .toList();
    assertThat(approvalEmails).isNotEmpty().allSatisfy(entry -> {
      assertThat(entry.keptInApp()).isTrue();
      assertThat(entry.pending()).isFalse();
      assertThat(entry.sent()).isFalse();
      assertThat(entry.attempts()).isZero();
    });
    assertThat(dispatcher.dispatchDue()).as("nothing to send without an SMTP server").isZero();

    var summary = outbox.summary();
    assertThat(summary.pending()).isZero();
    assertThat(summary.oldestPendingAge()).isZero();
    assertThat(summary.keptInApp()).isGreaterThanOrEqualTo(approvalEmails.size());
    assertThat(meters.get("hub.outbox.pending").gauge().value()).isZero();
    assertThat(meters.get("hub.outbox.oldest.age").gauge().value()).isZero();
    assertThat(meters.get("hub.outbox.kept").gauge().value()).isEqualTo(summary.keptInApp());

    var health = hub.get("demo", "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().path("status").asText()).isEqualTo("UP");
    var outboxHealth = health.body().path("components").path("outbox");
    assertThat(outboxHealth.path("status").asText()).isEqualTo("UP");
    assertThat(outboxHealth.path("details").path("delivery").asText()).isEqualTo("in-app");
    assertThat(outboxHealth.path("details").path("pending").asLong()).isZero();
    assertThat(outboxHealth.path("details").path("keptInApp").asLong()).isEqualTo(summary.keptInApp());

    var page = outboxPage("demo");
    assertThat(page).contains("Mail is kept in the app", "Kept in the app", approvalEmails.get(0).subject())
        .doesNotContain("Not sent yet");
  }

  private String outboxPage(String user) throws Exception {
    var credentials = user + ":" + HubClient.PASSWORD;
    var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/admin/outbox"))
        .header("Accept", "text/html")
        .header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
