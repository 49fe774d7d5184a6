package org.commissioninghub.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.EventScope;
import org.commissioninghub.notification.OutboxDispatcher;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Approvers sign off from the link in their email, through the real SMTP and HTTP stacks; every
 * link that should not work is refused with a page saying why, and changes nothing.
 */
@IntegrationTest
class ApprovalLinkIntegrationTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String APPROVER = "head-of-primary-care";
  static final String SECOND_APPROVER = "sasha.primarycare";
  static final Pattern LINK = Pattern.compile("/approvals/([A-Za-z0-9_-]{43})\\?decision=(approve|reject)");
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

  @Autowired
  HubClient hub;

  @Autowired
  OutboxDispatcher dispatcher;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  IdentityService identityService;

  @Autowired
  Environment environment;

  @Autowired
  CaseStore caseStore;

  @Autowired
  MeterRegistry registry;

  Tasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    dispatcher.dispatchDue();
    smtp.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A dental case whose business case is waiting for the head of primary care's approval. */
  String caseAwaitingApproval() {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Gloucestershire urgent dental care", "commissioner", "NHS England South West",
        "details", Map.of("trigger", "access-gap", "area", "Gloucestershire"))).body().get("reference").asText();
    tasks.complete("commissioning-manager", reference, "Task_AssessOralHealthNeeds", Map.of(
        "needsSummary", "Urgent care access is poor in the Forest of Dean.", "populationCovered", 640_000,
        "needsOutcome", "procure"));
    tasks.complete("commissioning-manager", reference, "Task_DesignLots", DentalFormAnswers.oneLot("Forest of Dean",
        "general-urgent", 9_000, null));
    tasks.complete("programme-manager", reference, "Task_PrepareBusinessCase", Map.of("annualContractValue", 300_000,
        "termYears", 5, "businessCaseSummary", "Five years of urgent dental care in the Forest of Dean."));
    tasks.complete("finance-lead", reference, "Task_CheckAffordability",
        Map.of("financeOutcome", "affordable", "financeComments", "Affordable."));
    return reference;
  }

  List<MimeMessage> deliver() {
    dispatcher.dispatchDue();
    return List.of(smtp.getReceivedMessages());
  }

  static List<MimeMessage> to(List<MimeMessage> messages, String address) throws Exception {
    var matching = new ArrayList<MimeMessage>();
    for (var message : messages) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        matching.add(message);
      }
    }
    return matching;
  }

  static String textPart(MimeMessage message) throws Exception {
    var multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType("text/plain")) {
        return (String) multipart.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no plain-text part");
  }

  static String token(MimeMessage message) throws Exception {
    var matcher = LINK.matcher(textPart(message));
    assertThat(matcher.find()).as("a link in the email").isTrue();
    return matcher.group(1);
  }

  String approverTokenFor(String reference) throws Exception {
    var mail = to(deliver(), APPROVER + "@commissioning-hub.example").stream()
        .filter(message -> GreenMailUtil.getBody(message).contains(reference)).findFirst().orElseThrow();
    return token(mail);
  }

  /** A browser: keeps cookies, reads the page's CSRF token, posts the form. */
  class Browser {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> open(String token) throws Exception {
      return http.send(HttpRequest.newBuilder(url(token)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> decide(String token, Map<String, String> form) throws Exception {
      var page = open(token);
      var csrf = CSRF.matcher(page.body());
      var fields = new java.util.LinkedHashMap<>(form);
      if (csrf.find()) {
        fields.put("_csrf", csrf.group(1));
      }
      return post(token, fields);
    }

    HttpResponse<String> post(String token, Map<String, String> fields) throws Exception {
      var body = fields.entrySet().stream()
          .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      return http.send(HttpRequest.newBuilder(url(token))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI url(String token) {
      return URI.create("http://localhost:" + environment.getProperty("local.server.port") + "/approvals/" + token);
    }
  }

  /** The case's decisions once the job executor has recorded them. */
  JsonList decisions(String reference) {
    hub.runDueJobs();
    return new JsonList(hub.get("programme-manager", "/api/cases/" + reference).body().get("decisions"));
  }

  record JsonList(com.fasterxml.jackson.databind.JsonNode node) {
    int size() {
      return node.size();
    }

    com.fasterxml.jackson.databind.JsonNode last() {
      return node.get(node.size() - 1);
    }
  }

  boolean approvalOpen(String reference) {
    return tasks.find(APPROVER, reference, "Task_ApproveStage").isPresent();
  }

  @Test
  void theApproverIsEmailedInPlainTextAndHtmlWithAWorkingLinkAndApprovesWithoutSigningIn() throws Exception {
    var reference = caseAwaitingApproval();

    var mails = to(deliver(), APPROVER + "@commissioning-hub.example");
    assertThat(mails).hasSize(1);
    var mail = mails.get(0);
    assertThat(mail.getSubject()).contains("Approval needed", "Business case approval", reference);
    var multipart = (Multipart) mail.getContent();
    assertThat(multipart.getContentType()).startsWith("multipart/alternative");
    assertThat(multipart.getCount()).isEqualTo(2);
    var text = textPart(mail);
    assertThat(text).contains("Gloucestershire urgent dental care", "Five years of urgent dental care",
        "NHS England South West", "Decision needed by: the end of");
    assertThat(text).doesNotContain("Task_", "processInstance");
    assertThat(GreenMailUtil.getBody(mail)).contains("Approve", "Reject");

    var browser = new Browser();
    var page = browser.open(token(mail));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Approve or reject", reference, "Five years of urgent dental care");

    var decided = browser.decide(token(mail), Map.of("decision", "approve"));

    assertThat(decided.statusCode()).isEqualTo(200);
    assertThat(decided.body()).contains("Decision recorded", "approved");
    var decision = decisions(reference).last();
    assertThat(decision.get("outcome").asText()).isEqualTo("approved");
    assertThat(decision.get("channel").asText()).isEqualTo("email");
    assertThat(decision.get("decidedBy").asText()).isEqualTo(APPROVER);
    assertThat(approvalOpen(reference)).isFalse();
    assertThat(tasks.find("procurement-lead", reference, "Task_AnswerPsrQuestions")).isPresent();
  }

  @Test
  void rejectingByLinkNeedsAReasonAndThenStopsTheProcurement() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    var browser = new Browser();

    var noReason = browser.decide(token, Map.of("decision", "reject"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Give the reason for rejecting.");
    assertThat(approvalOpen(reference)).isTrue();

    var rejected = browser.decide(token, Map.of("decision", "reject", "reason", "Not affordable next year."));

    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(rejected.body()).contains("rejected");
    var decision = decisions(reference).last();
    assertThat(decision.get("outcome").asText()).isEqualTo("rejected");
    assertThat(decision.get("comment").asText()).isEqualTo("Not affordable next year.");
    assertThat(hub.get("programme-manager", "/api/cases/" + reference).body().get("status").asText())
        .isEqualTo("cancelled");
  }

  @Test
  void openingTheLinkChangesNothing() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    var decisionsBefore = decisions(reference).size();

    new Browser().open(token);
    new Browser().open(token);

    assertThat(approvalOpen(reference)).isTrue();
    assertThat(decisions(reference).size()).isEqualTo(decisionsBefore);
    assertThat(new Browser().open(token).statusCode()).isEqualTo(200);
  }

  @Test
  void aUsedLinkIsRefusedAndChangesNothing() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    new Browser().decide(token, Map.of("decision", "approve"));
    var decisionsAfter = decisions(reference).size();

    var again = new Browser().decide(token, Map.of("decision", "reject", "reason", "Changed my mind"));

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("This link has already been used");
    assertThat(decisions(reference).size()).isEqualTo(decisionsAfter);
  }

  @Test
  void anExpiredLinkIsRefusedAndChangesNothing() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);

    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(8 * 24 * 3600)));
    var page = new Browser().open(token);
    var post = new Browser().post(token, Map.of("decision", "approve"));

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This link has expired");
    assertThat(post.statusCode()).isIn(403, 410);
    ClockUtil.reset();
    assertThat(approvalOpen(reference)).isTrue();
  }

  @Test
  void aForgedOrTamperedLinkIsRefused() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    var tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

    for (var bad : List.of(tampered, "not-a-token", "A".repeat(43))) {
      var page = new Browser().open(bad);
      assertThat(page.statusCode()).as(bad).isEqualTo(404);
      assertThat(page.body()).contains("This link is not recognised");
      assertThat(new Browser().decide(bad, Map.of("decision", "approve")).statusCode()).isEqualTo(404);
    }
    assertThat(approvalOpen(reference)).isTrue();
  }

  @Test
  void aLinkForAnApprovalAlreadyDecidedInTasklistIsRefused() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    tasks.complete(APPROVER, reference, "Task_ApproveStage", Map.of("approvalOutcome", "approved"));
    var decisionsAfter = decisions(reference).size();

    var page = new Browser().decide(token, Map.of("decision", "reject", "reason", "Too late"));

    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("This approval has already been decided");
    assertThat(decisions(reference).size()).isEqualTo(decisionsAfter);
  }

  @Test
  void aLinkForACancelledProcessIsRefused() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    var processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("DentalProcurementProcess").singleResult().getId();
    runtimeService.deleteProcessInstance(processInstanceId, "procurement withdrawn");

    var page = new Browser().decide(token, Map.of("decision", "approve"));

    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("This approval is no longer needed");
  }

  @Test
  void aPostWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);

    var forged = new Browser().post(token, Map.of("decision", "approve"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(approvalOpen(reference)).isTrue();
  }

  @Test
  void twoClicksAtOnceDecideOnce() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    var first = new Browser();
    var second = new Browser();
    var firstCsrf = csrfOf(first.open(token));
    var secondCsrf = csrfOf(second.open(token));
    var decisionsBefore = decisions(reference).size();

    var pool = Executors.newFixedThreadPool(2);
    List<Callable<HttpResponse<String>>> clicks = List.of(
        () -> first.post(token, Map.of("decision", "approve", "_csrf", firstCsrf)),
        () -> second.post(token, Map.of("decision", "approve", "_csrf", secondCsrf)));
    var statuses = new ArrayList<Integer>();
    for (var result : pool.invokeAll(clicks)) {
      statuses.add(result.get().statusCode());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(decisions(reference).size()).isEqualTo(decisionsBefore + 1);
  }

  @Test
  void aLinkIsNotAcceptedFromSomeoneWhoHasSincePreparedWhatItSignsOff() throws Exception {
    var reference = caseAwaitingApproval();
    var token = approverTokenFor(reference);
    var decisionsBefore = decisions(reference).size();
    // the approver then works a task of the process that asked for the approval
    var preparing = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("DentalProcurementProcess").singleResult().getId();
    caseStore.recordTaskCompleted(reference, "Revise the lot design", Map.of(), APPROVER,
        EventScope.inProcess(preparing));

    var page = new Browser().open(token);
    var decided = new Browser().decide(token, Map.of("decision", "approve"));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("You cannot decide this approval");
    assertThat(decided.statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ApproveStage").count()).isOne();
    assertThat(decisions(reference).size()).isEqualTo(decisionsBefore);
  }

  @Test
  void whenOneApproverDecidesTheOtherApproversLinksStopWorking() throws Exception {
    hub.ensureUser(SECOND_APPROVER, APPROVER);
    try {
      var reference = caseAwaitingApproval();
      var mails = deliver();
      var mine = token(to(mails, APPROVER + "@commissioning-hub.example").get(0));
      var theirs = token(to(mails, SECOND_APPROVER + "@commissioning-hub.example").get(0));

      new Browser().decide(theirs, Map.of("decision", "approve"));
      var page = new Browser().open(mine);

      assertThat(page.statusCode()).isEqualTo(409);
      assertThat(page.body()).contains("This approval has already been decided");
      assertThat(decisions(reference).last().get("decidedBy").asText()).isEqualTo(SECOND_APPROVER);
    } finally {
      identityService.deleteMembership(SECOND_APPROVER, APPROVER);
    }
  }

  @Test
  void aReminderAndAnEscalationAreEmailedWithLinksOfTheirOwn() throws Exception {
    var reference = caseAwaitingApproval();
    deliver();
    smtp.reset();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(20 * 24 * 3600)));
    hub.runDueJobs();
    var mails = deliver();

    // (other open approvals in the store are reminded and escalated too: look at this case's mail)
    var reminder = about(reference, to(mails, APPROVER + "@commissioning-hub.example"));
    assertThat(reminder).hasSize(1);
    assertThat(reminder.get(0).getSubject()).startsWith("Reminder: approval needed");
    var escalation = about(reference, to(mails, "director-of-primary-care@commissioning-hub.example"));
    assertThat(escalation).hasSize(1);
    assertThat(escalation.get(0).getSubject()).startsWith("Overdue approval").contains(reference);
    ClockUtil.reset();

    var decided = new Browser().decide(token(escalation.get(0)), Map.of("decision", "approve"));
    assertThat(decided.statusCode()).isEqualTo(200);
    assertThat(decisions(reference).last().get("decidedBy").asText()).isEqualTo("director-of-primary-care");
  }

  @Test
  void anApprovalByEmailLinkCountsInTheEmailChannelsTurnaround() throws Exception {
    var reference = caseAwaitingApproval();
    var before = emailTurnarounds();

    var decided = new Browser().decide(approverTokenFor(reference), Map.of("decision", "approve"));

    assertThat(decided.statusCode()).isEqualTo(200);
    assertThat(emailTurnarounds()).isEqualTo(before + 1);
  }

  private long emailTurnarounds() {
    var timer = registry.find("hub.approval.turnaround")
        .tags("programme", "dental-procurement", "channel", "email", "outcome", "approved").timer();
    return timer == null ? 0 : timer.count();
  }

  static List<MimeMessage> about(String reference, List<MimeMessage> messages) throws Exception {
    var matching = new ArrayList<MimeMessage>();
    for (var message : messages) {
      if (message.getSubject().contains(reference)) {
        matching.add(message);
      }
    }
    return matching;
  }

  static String csrfOf(HttpResponse<String> page) {
    var matcher = CSRF.matcher(page.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
