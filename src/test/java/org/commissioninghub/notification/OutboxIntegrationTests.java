package org.commissioninghub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail on 127.0.0.1:3025, as the test configuration
 * says); stopping GreenMail is an SMTP outage. The scheduled dispatcher is off in tests: each test
 * dispatches itself.
 */
@IntegrationTest
class OutboxIntegrationTests {

  private static final String FROM = "no-reply@commissioning-hub.example";

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  Outbox outbox;

  @Autowired
  OutboxDispatcher dispatcher;

  @Autowired
  OutboxMessageRepository messages;

  @Autowired
  OutboxHealthIndicator health;

  @Autowired
  MeterRegistry meters;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  Clock clock;

  @Autowired
  SpringProcessEngineConfiguration engineConfiguration;

  @Autowired
  HubClient hub;

  @Autowired
  List<ScheduledTaskHolder> schedules;

  @LocalServerPort
  int port;

  @BeforeEach
  void startWithAnEmptyOutbox() {
    // Other integration tests share the database and may leave mail in the outbox.
    messages.deleteAllInBatch();
  }

  @Test
  void anEnqueuedEmailArrivesWithItsPlainTextAndHtmlPartsSubjectRecipientAndSender() throws Exception {
    enqueue(new Email("Finance Lead <finance-lead@nhs.example>", "Approve stage: business case",
        "Please approve the business case.\nDEN-2026-0001", "<p>Please approve the <b>business case</b>.</p>"));

    var sent = dispatcher.dispatchDue();

    assertThat(sent).isEqualTo(1);
    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    var mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Approve stage: business case");
    assertThat(addresses(mail.getAllRecipients())).containsExactly("finance-lead@nhs.example");
    var from = (InternetAddress) mail.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo(FROM);
    assertThat(from.getPersonal()).isEqualTo("Commissioning Hub");
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    var parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(normalised(parts.getBodyPart(0).getContent()))
        .isEqualTo("Please approve the business case.\nDEN-2026-0001");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(normalised(parts.getBodyPart(1).getContent()))
        .isEqualTo("<p>Please approve the <b>business case</b>.</p>");
    assertThat(mail.getMessageID()).startsWith("<outbox-").endsWith("@commissioning-hub.example>");

    var stored = messages.findAll().get(0);
    assertThat(stored.getSentAt()).isNotNull();
    assertThat(stored.getAttempts()).isEqualTo(1);
    assertThat(stored.getLastError()).isNull();
  }

  @Test
  void aPlainTextEmailIsSentWithoutAnHtmlPart() throws Exception {
    enqueue(new Email("programme-manager@nhs.example", "Plain", "Only text.", null));

    assertThat(dispatcher.dispatchDue()).isEqualTo(1);

    var mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getContentType()).startsWith("text/plain");
    assertThat(normalised(mail.getContent())).isEqualTo("Only text.");
  }

  @Test
  void accentsPoundSignsAndDashesArriveIntact() throws Exception {
    enqueue(new Email("Zoë Ó Briain <zoe@nhs.example>", "Approve: £2.5m – Zoë’s lot",
        "Café £2.5m – ok", "<p>Café £2.5m – ok</p>"));

    dispatcher.dispatchDue();

    var mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("Approve: £2.5m – Zoë’s lot");
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Zoë Ó Briain");
    var parts = (MimeMultipart) mail.getContent();
    assertThat(normalised(parts.getBodyPart(0).getContent())).isEqualTo("Café £2.5m – ok");
    assertThat(normalised(parts.getBodyPart(1).getContent())).isEqualTo("<p>Café £2.5m – ok</p>");
  }

  @Test
  void enqueueingOutsideATransactionIsRefused() {
    var email = email(1);

    assertThatThrownBy(() -> outbox.enqueue(email)).isInstanceOf(IllegalTransactionStateException.class);

    assertThat(messages.count()).isZero();
  }

  @Test
  void theEngineCommitsInTheSameTransactionsAsTheOutbox() {
    // What makes a process step's email commit (or roll back) with the step's engine state.
    assertThat(engineConfiguration.getTransactionManager()).isSameAs(transactionManager);
  }

  @Test
  void givenTheCallersTransactionRollsBack_thenTheEmailIsNeitherKeptNorSent() {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      outbox.enqueue(email(1));
      status.setRollbackOnly();
    });

    assertThat(dispatcher.dispatchDue()).isZero();

    assertThat(messages.count()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void givenSmtpIsDownThenUp_everyEmailIsDeliveredExactlyOnce() {
    smtp.stop();
    IntStream.rangeClosed(1, 5).forEach(n -> enqueue(email(n)));

    // SMTP down: nothing goes, every email is kept with its attempt, error and next attempt.
    assertThat(dispatcher.dispatchDue()).isZero();

    var afterFirstFailure = messages.findAll();
    assertThat(afterFirstFailure).hasSize(5).allSatisfy(message -> {
      assertThat(message.getSentAt()).isNull();
      assertThat(message.getAttempts()).isEqualTo(1);
      assertThat(message.getLastError()).containsIgnoringCase("connect");
      assertThat(message.getNextAttemptAt())
          .isEqualTo(message.getLastAttemptAt().plus(Duration.ofSeconds(10)));
    });
    var degraded = health.health();
    assertThat(degraded.getStatus().getCode()).isEqualTo("DEGRADED");
    assertThat(degraded.getDetails()).containsEntry("pending", 5L).containsEntry("failed", 5L)
        .containsEntry("delivery", "smtp").containsKey("lastError");
    assertThat(gauge("hub.outbox.failed")).isEqualTo(5);
    assertThat(gauge("hub.outbox.pending")).isEqualTo(5);

    // Not due again before the backoff: no attempt.
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(messages.findAll()).allSatisfy(message -> assertThat(message.getAttempts()).isEqualTo(1));

    // Still down after the first backoff: the second wait is twice as long.
    var firstRetry = latestNextAttempt(afterFirstFailure);
    assertThat(dispatcher.dispatchDue(firstRetry)).isZero();
    assertThat(messages.findAll()).allSatisfy(message -> {
      assertThat(message.getAttempts()).isEqualTo(2);
      assertThat(message.getNextAttemptAt())
          .isEqualTo(message.getLastAttemptAt().plus(Duration.ofSeconds(20)));
    });

    // SMTP back: nothing goes before the backoff has passed, then everything, once.
    smtp.start();
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    var secondRetry = latestNextAttempt(messages.findAll());
    assertThat(dispatcher.dispatchDue(secondRetry)).isEqualTo(5);
    assertThat(dispatcher.dispatchDue(secondRetry.plus(Duration.ofHours(1)))).isZero();

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(OutboxIntegrationTests::subject))
        .containsExactlyInAnyOrder("Email 1", "Email 2", "Email 3", "Email 4", "Email 5");
    assertThat(messages.findAll()).allSatisfy(message -> {
      assertThat(message.getSentAt()).isNotNull();
      assertThat(message.getAttempts()).isEqualTo(3);
    });
    var up = health.health();
    assertThat(up.getStatus().getCode()).isEqualTo("UP");
    assertThat(up.getDetails()).containsEntry("pending", 0L).containsEntry("failed", 0L);
    assertThat(gauge("hub.outbox.pending")).isZero();
    assertThat(gauge("hub.outbox.failed")).isZero();
  }

  @Test
  void givenOneEmailOfABatchFails_thenItIsKeptForRetryAndTheOthersAreSentOnce() {
    enqueue(email(1));
    enqueue(new Email("not an address", "Undeliverable", "Cannot be addressed.", null));
    enqueue(email(3));

    assertThat(dispatcher.dispatchDue()).isEqualTo(2);

    var undeliverable = messages.findAll().stream()
        .filter(message -> message.getSentAt() == null).toList();
    assertThat(undeliverable).singleElement().satisfies(message -> {
      assertThat(message.getAttempts()).isEqualTo(1);
      assertThat(message.getLastError()).contains("Could not parse mail", "address");
    });
    assertThat(health.health().getStatus().getCode())
        .as("the latest attempt (email 3) succeeded: the mail server works").isEqualTo("UP");

    // The failed one is tried again (and fails again); the sent ones are not sent again.
    assertThat(dispatcher.dispatchDue(Instant.now(clock).plus(Duration.ofHours(1)))).isZero();
    assertThat(health.health().getStatus().getCode()).as("the latest attempt failed").isEqualTo("DEGRADED");

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(OutboxIntegrationTests::subject))
        .containsExactlyInAnyOrder("Email 1", "Email 3");
    assertThat(messages.findById(undeliverable.get(0).getId())).get()
        .satisfies(message -> assertThat(message.getAttempts()).isEqualTo(2))
        .satisfies(message -> assertThat(message.getSentAt()).isNull());
    assertThat(gauge("hub.outbox.pending")).isEqualTo(1);
    assertThat(gauge("hub.outbox.failed")).isEqualTo(1);
  }

  @Test
  void theGaugesCountUnsentAndFailedMailAndTheOldestWait() {
    assertThat(gauge("hub.outbox.pending")).isZero();
    assertThat(gauge("hub.outbox.failed")).isZero();
    assertThat(gauge("hub.outbox.oldest.age")).as("none waiting").isZero();

    var fiveMinutesAgo = Instant.now(clock).minus(Duration.ofMinutes(5));
    messages.save(new OutboxMessage(email(1), fiveMinutesAgo, DeliveryMode.SMTP));
    enqueue(email(2));
    smtp.stop();
    enqueue(email(3));
    dispatcher.dispatchDue(); // all three fail
    smtp.start();
    enqueue(email(4));

    assertThat(gauge("hub.outbox.pending")).isEqualTo(4);
    assertThat(gauge("hub.outbox.failed")).isEqualTo(3);
    assertThat(gauge("hub.outbox.oldest.age")).isBetween(300.0, 360.0);
    assertThat(meters.get("hub.outbox.oldest.age").gauge().getId().getBaseUnit()).isEqualTo("seconds");

    dispatcher.dispatchDue(Instant.now(clock).plus(Duration.ofHours(1)));

    assertThat(gauge("hub.outbox.pending")).isZero();
    assertThat(gauge("hub.outbox.failed")).isZero();
    assertThat(gauge("hub.outbox.oldest.age")).isZero();
  }

  @Test
  void givenAnEmailKeptInTheAppBeforeSmtpWasConfigured_thenItIsNeverSentNorCountedAsWaiting() {
    messages.save(new OutboxMessage(new Email("finance-lead@nhs.example", "Kept before SMTP",
        "Read in the app.", null), Instant.now(clock).minus(Duration.ofDays(3)), DeliveryMode.IN_APP));
    enqueue(email(2));

    assertThat(dispatcher.dispatchDue(Instant.now(clock).plus(Duration.ofHours(1)))).isEqualTo(1);

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(OutboxIntegrationTests::subject))
        .containsExactly("Email 2");
    var kept = messages.findAll().stream().filter(m -> m.getDelivery() == DeliveryMode.IN_APP).toList();
    assertThat(kept).singleElement().satisfies(message -> {
      assertThat(message.getSentAt()).isNull();
      assertThat(message.getAttempts()).isZero();
    });
    assertThat(messages.findAll().stream().filter(m -> m.getDelivery() == DeliveryMode.SMTP))
        .as("written with SMTP configured").singleElement();
    var up = health.health();
    assertThat(up.getStatus().getCode()).isEqualTo("UP");
    assertThat(up.getDetails()).containsEntry("pending", 0L).containsEntry("keptInApp", 1L)
        .containsEntry("oldestAgeSeconds", 0L);
    assertThat(gauge("hub.outbox.pending")).isZero();
    assertThat(gauge("hub.outbox.oldest.age")).isZero();
    assertThat(gauge("hub.outbox.kept")).isEqualTo(1);
  }

  @Test
  void theDispatcherRunsEveryFiveSecondsButSwitchedOffAsInTestsItSendsNothing() {
    var dispatch = schedules.stream().flatMap(holder -> holder.getScheduledTasks().stream())
        .map(scheduled -> scheduled.getTask())
        .filter(task -> task.toString().equals(OutboxDispatcher.class.getName() + ".dispatchOnSchedule"))
        .toList();
    assertThat(dispatch).singleElement().isInstanceOfSatisfying(FixedDelayTask.class,
        task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(5)));
    enqueue(email(1));

    dispatcher.dispatchOnSchedule();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(messages.findAll()).singleElement()
        .satisfies(message -> assertThat(message.getAttempts()).isZero());
  }

  @Test
  void whileSmtpIsDownTheHubIsDegradedButStaysInService() {
    smtp.stop();
    enqueue(email(1));
    dispatcher.dispatchDue();

    var response = hub.get("demo", "/actuator/health");

    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    assertThat(response.body().path("status").asText()).isEqualTo("DEGRADED");
    var outboxHealth = response.body().path("components").path("outbox");
    assertThat(outboxHealth.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(outboxHealth.path("details").path("pending").asLong()).isEqualTo(1);
    assertThat(outboxHealth.path("details").path("lastError").asText()).isNotBlank();
    assertThat(response.body().path("components").has("mail"))
        .as("Boot's SMTP check, which would say DOWN, is off").isFalse();
  }

  @Test
  void anAdministratorReadsEveryEmailOnTheOutboxPage() throws Exception {
    enqueue(new Email("clinical-lead@nhs.example", "Sent one", "This one went.", null));
    dispatcher.dispatchDue();
    enqueue(new Email("finance-lead@nhs.example", "Approve the business case for DEN-2026-0042",
        "Dear Finance Lead,\n\nPlease approve the business case.", "<p>Please <script>alert(1)</script>approve</p>"));

    var page = page("demo");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).get().asString().startsWith("text/html");
    var html = page.body();
    assertThat(html).contains("Approve the business case for DEN-2026-0042", "finance-lead@nhs.example",
        "Dear Finance Lead,\n\nPlease approve the business case.", "Sent one", "This one went.");
    assertThat(html.indexOf("DEN-2026-0042")).as("newest first").isLessThan(html.indexOf("Sent one"));
    assertThat(html).contains("sandbox=\"\"").doesNotContain("<script>alert(1)</script>")
        .as("the HTML body, escaped into srcdoc").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("automatic delivery is off");
  }

  @Test
  void theOutboxPageShowsEachWebAddressInAnEmailAsALinkInTheHubLayout() throws Exception {
    enqueue(new Email("head@nhs.example", "Approve DEN-2026-0043",
        "Approve: http://localhost:8080/approvals/abc-123.\nOr reject: http://localhost:8080/approvals/def?x=1&y=2",
        null));

    var html = page("demo").body();

    assertThat(html).contains("<a href=\"http://localhost:8080/approvals/abc-123\">http://localhost:8080/approvals/abc-123</a>.",
        "<a href=\"http://localhost:8080/approvals/def?x=1&amp;y=2\">", "Commissioning Hub", "Sign out",
        "/vendor/nhsuk-frontend/nhsuk-frontend.min.css");
  }

  @Test
  void theOutboxPageIsForAdministratorsOnly() throws Exception {
    var signedOut = page(null);
    assertThat(signedOut.statusCode()).as("signed out: sent to the hub's sign-in page").isEqualTo(302);
    assertThat(signedOut.headers().firstValue("location")).get().asString().endsWith("/sign-in");
    assertThat(page("finance-lead").statusCode()).as("not an administrator").isEqualTo(403);
  }

  private void enqueue(Email email) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.enqueue(email));
  }

  private static Email email(int n) {
    return new Email("user" + n + "@nhs.example", "Email " + n, "Body " + n, "<p>Body " + n + "</p>");
  }

  private double gauge(String name) {
    return meters.get(name).gauge().value();
  }

  private static Instant latestNextAttempt(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::getNextAttemptAt).max(Instant::compareTo).orElseThrow();
  }

  private static List<String> addresses(jakarta.mail.Address[] addresses) {
    return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String normalised(Object content) {
    return content.toString().replace("\r\n", "\n").strip();
  }

  /** The page as a browser asks for it. */
  private HttpResponse<String> page(String user) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/outbox"))
        .header("Accept", "text/html");
    if (user != null) {
      var credentials = user + ":" + HubClient.PASSWORD;
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
