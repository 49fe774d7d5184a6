package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.HubNode;
import org.commissioninghub.testsupport.SmtpRelay;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two hubs from the packaged jar on one PostgreSQL database, each with its own mail relay in front
 * of one SMTP server: cases, tasks, approval emails and their links go through both, one node is
 * killed while it holds a job and an email, and the other finishes its work, each piece once.
 * Run with {@code ./mvnw verify -Pnodes} (PostgreSQL at {@code nodes.postgres}, user postgres).
 */
@Tag("nodes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnOneDatabaseTests {

  static final String POSTGRES = System.getProperty("nodes.postgres", "jdbc:postgresql://127.0.0.1:5432/");
  static final String DATABASE = "commissioning_hub_nodes";
  static final String ADMIN = "nodes-admin";
  static final String ADMIN_PASSWORD = "nodes-admin-password";
  static final String PASSWORD = HubClient.PASSWORD;
  static final String APPROVER = "head-of-primary-care";
  static final List<String> PEOPLE = List.of("commissioning-manager", "programme-manager", "finance-lead", APPROVER,
      "procurement-lead");
  static final Duration A_MINUTE = Duration.ofMinutes(1);
  static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)/approvals/([A-Za-z0-9_-]{43})");
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

  final ObjectMapper json = new ObjectMapper();
  GreenMail smtp;
  SmtpRelay relayA;
  SmtpRelay relayB;
  HubNode a;
  HubNode b;

  @BeforeAll
  void startTwoNodesOnOneDatabase() throws Exception {
    try (var server = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
         var statement = server.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    relayA = new SmtpRelay(smtp.getSmtp().getPort());
    relayB = new SmtpRelay(smtp.getSmtp().getPort());
    var jar = Path.of(System.getProperty("hub.jar", "target/commissioning-hub-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    var work = Files.createDirectories(Path.of("target", "nodes")).toAbsolutePath();
    a = new HubNode("a", jar, freePort(), settings("a", relayA), work);
    b = new HubNode("b", jar, freePort(), settings("b", relayB), work);
    // the first node on a new database creates the schema and the roles; the second starts on them
    a.start();
    b.start();
    for (var person : PEOPLE) {
      createUser(person);
    }
  }

  /** A node's settings as an operator sets them; its name on its database connections and links its own. */
  static Map<String, String> settings(String node, SmtpRelay relay) {
    var settings = new LinkedHashMap<String, String>();
    settings.put("SPRING_PROFILES_ACTIVE", "postgres");
    settings.put("DB_URL", POSTGRES + DATABASE + "?ApplicationName=hub-node-" + node);
    settings.put("DB_USER", "postgres");
    settings.put("DB_PASSWORD", "");
    settings.put("HUB_ADMIN_USERNAME", ADMIN);
    settings.put("HUB_ADMIN_PASSWORD", ADMIN_PASSWORD);
    settings.put("SPRING_MAIL_HOST", "127.0.0.1");
    settings.put("SPRING_MAIL_PORT", String.valueOf(relay.port()));
    return settings;
  }

  void createUser(String role) {
    var created = a.post(ADMIN, ADMIN_PASSWORD, "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", role, "firstName", "Test", "lastName", role, "email", role + "@commissioning-hub.example"),
        "credentials", Map.of("password", PASSWORD)));
    assertThat(created.status()).as("create " + role + ": " + created.body()).isEqualTo(204);
    var member = a.send(ADMIN, ADMIN_PASSWORD, "PUT", "/engine-rest/group/" + role + "/members/" + role, null);
    assertThat(member.status()).as("membership of " + role + ": " + member.body()).isEqualTo(204);
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (var node : new HubNode[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
    for (var relay : new SmtpRelay[] {relayA, relayB}) {
      if (relay != null) {
        relay.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void aTasklistSignInOnOneNodeCarriesOnOnTheOther() {
    var onA = WebappSession.signIn(a.baseUrl(), json, "procurement-lead");

    var onB = onA.on(b.baseUrl());

    var user = onB.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    assertThat(user.status()).isEqualTo(200);
    assertThat(user.body().get("userId").asText()).isEqualTo("procurement-lead");
    // a POST passes the webapps' CSRF check on B against the token A put in the session
    assertThat(onB.json("POST", WebappSession.ENGINE_API + "/task/count", Map.of()).status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void casesApprovalsAndEmailsGoThroughBothNodesAndTheSurvivorOfAKillFinishesTheDeadNodesWorkOnce()
      throws Exception {
    var references = new ArrayList<String>();
    for (int i = 0; i < 6; i++) {
      var opened = node(i).post("commissioning-manager", PASSWORD, "/api/cases", Map.of(
          "programme", "dental-procurement", "title", "Two-node case " + (i + 1),
          "details", Map.of("trigger", "access-gap", "area", "Area " + (i + 1))));
      assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
      references.add(opened.body().get("reference").asText());
    }
    // every case to its finance check, each step on the other node from the step before
    for (int i = 0; i < references.size(); i++) {
      walkToFinanceCheck(references.get(i), i);
    }

    // cases 1 to 3 while both nodes run: approval emails, each link decided on the node that did not make it
    var firstHalf = references.subList(0, 3);
    for (int i = 0; i < firstHalf.size(); i++) {
      checkFinances(node(i), firstHalf.get(i));
    }
    for (var reference : firstHalf) {
      approveOnTheOtherNode(awaitApprovalEmail(reference));
    }

    // case 4's approval request held by a node (its write of the approval link waits on a lock the
    // test holds) while each node's dispatcher is inside a send that its stalled relay never answers
    relayA.stall();
    relayB.stall();
    checkFinances(a, references.get(4));
    checkFinances(b, references.get(5));
    awaitOutboxRowsFor(references.get(4), references.get(5));
    HubNode victim;
    String heldJob;
    Instant killedAt;
    try (var hold = database()) {
      hold.setAutoCommit(false);
      hold.createStatement().execute("LOCK TABLE approval_link IN SHARE MODE");
      checkFinances(a, references.get(3));
      victim = nodeWaitingOnTheLock();
      heldJob = requestApprovalJobOf(references.get(3));
      awaitTrue("node " + victim.name() + " inside a send", A_MINUTE, relayOf(victim)::holdsASender);

      var lockRunsOut = lockExpiryOf(heldJob);
      killedAt = victim.kill();
      hold.rollback();
      assertThat(lockRunsOut).as("the job still locked by the node when it died").isAfter(killedAt);
    }
    var survivor = victim == a ? b : a;
    relayOf(survivor).pass();

    awaitTrue("the held job done by node " + survivor.name(), Duration.ofSeconds(90), () -> !jobExists(heldJob));
    var jobTakenUpAfter = Duration.between(killedAt, Instant.now());
    assertThat(jobTakenUpAfter).isLessThan(A_MINUTE);
    var secondHalf = references.subList(3, 6);
    for (var reference : secondHalf) {
      awaitApprovalEmail(reference);
    }
    var mailTakenUpAfter = Duration.between(killedAt, Instant.now());
    assertThat(mailTakenUpAfter).isLessThan(A_MINUTE);
    System.out.printf("node %s killed: the job it held was done %d s later, every email due sent %d s later%n",
        victim.name(), jobTakenUpAfter.toSeconds(), mailTakenUpAfter.toSeconds());

    // the node comes back; every link of cases 4 to 6 is decided on the node that did not make it
    relayOf(victim).pass();
    victim.start();
    for (var reference : secondHalf) {
      approveOnTheOtherNode(awaitApprovalEmail(reference));
    }
    for (int i = 0; i < references.size(); i++) {
      node(i).completeTask("procurement-lead", references.get(i), "Task_AnswerPsrQuestions", psrAnswers());
    }

    for (int i = 0; i < references.size(); i++) {
      var reference = references.get(i);
      var node = node(i + 1);
      node.awaitTask("procurement-lead", reference, "Task_ConfirmProcurementRoute", A_MINUTE);
      var dentalCase = node.get("programme-manager", PASSWORD, "/api/cases/" + reference).body();
      assertThat(dentalCase.get("currentStage").asText()).as(reference).isEqualTo("psr-route");
      assertNoEventTwice(reference, dentalCase.get("events"));
    }
    assertEveryServiceTaskRanOnceWithoutIncident(references.size());
    assertEveryEmailSentOnce();
  }

  void walkToFinanceCheck(String reference, int caseIndex) throws InterruptedException {
    node(caseIndex).completeTask("commissioning-manager", reference, "Task_AssessOralHealthNeeds",
        DentalFormAnswers.needsAssessment("procure"));
    node(caseIndex + 1).completeTask("commissioning-manager", reference, "Task_DesignLots",
        DentalFormAnswers.oneLot("Lot of " + reference, "general-urgent", 9_000, null));
    node(caseIndex).completeTask("programme-manager", reference, "Task_PrepareBusinessCase", Map.of(
        "annualContractValue", 300_000, "termYears", 5, "businessCaseSummary", "Five years of urgent dental care."));
  }

  /** Node a for even numbers, b for odd: the next step of a case goes to the other node. */
  HubNode node(int index) {
    return index % 2 == 0 ? a : b;
  }

  SmtpRelay relayOf(HubNode node) {
    return node == a ? relayA : relayB;
  }

  void checkFinances(HubNode node, String reference) throws InterruptedException {
    node.completeTask("finance-lead", reference, "Task_CheckAffordability",
        Map.of("financeOutcome", "affordable", "financeComments", "Affordable."));
  }

  static Map<String, Object> psrAnswers() {
    return Map.of("newService", "no", "onlyOneCapableProvider", "no", "patientChoiceAllQualifying", "no",
        "incumbentPerforming", "no", "materiallyDifferentInCharacter", "no", "mostSuitableProviderIdentifiable", "no",
        "existingValue", 1_000_000, "changeValue", 0);
  }

  /** The approval request for the case in the approver's mailbox, once it has been delivered. */
  MimeMessage awaitApprovalEmail(String reference) throws Exception {
    var deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      for (var message : smtp.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(APPROVER + "@commissioning-hub.example")
            && message.getSubject().contains(reference)) {
          return message;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no approval email for " + reference);
  }

  /** Opens the email's link and approves on the node that did not make it (its port is in the link). */
  void approveOnTheOtherNode(MimeMessage email) throws Exception {
    var link = LINK.matcher(textOf(email));
    assertThat(link.find()).as("a link in the email").isTrue();
    var other = Integer.parseInt(link.group(1)) == a.port() ? b : a;
    var page = other.baseUrl() + "/approvals/" + link.group(2);
    var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    var opened = browser.send(HttpRequest.newBuilder(URI.create(page + "?decision=approve")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(opened.statusCode()).as("opened on node " + other.name()).isEqualTo(200);
    var csrf = CSRF.matcher(opened.body());
    assertThat(csrf.find()).isTrue();
    var decided = browser.send(HttpRequest.newBuilder(URI.create(page))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("decision=approve&_csrf=" + csrf.group(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(decided.statusCode()).as("decided on node " + other.name()).isEqualTo(200);
    assertThat(decided.body()).contains("Decision recorded");
  }

  static String textOf(MimeMessage message) throws Exception {
    if (!(message.getContent() instanceof Multipart multipart)) {
      return String.valueOf(message.getContent());
    }
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType("text/plain")) {
        return (String) multipart.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no plain-text part in " + message.getSubject());
  }

  void assertNoEventTwice(String reference, JsonNode events) {
    var seen = new HashSet<String>();
    var approvalRequests = 0;
    for (var event : events) {
      assertThat(seen.add(event.get("type").asText() + " " + event.get("summary").asText()))
          .as(reference + " logged twice: " + event).isTrue();
      if (event.get("type").asText().equals("APPROVAL_REQUESTED")) {
        approvalRequests++;
      }
    }
    assertThat(approvalRequests).as(reference + " approval requests").isOne();
  }

  void assertEveryServiceTaskRanOnceWithoutIncident(int cases) throws SQLException {
    var ranOtherThanOnce = rows("""
        select proc_inst_id_, act_id_, count(*) as runs from act_hi_actinst
        where act_type_ = 'serviceTask' group by proc_inst_id_, act_id_ having count(*) <> 1""");
    assertThat(ranOtherThanOnce).isEmpty();
    assertThat(count("select count(*) from act_hi_actinst where act_type_ = 'serviceTask' and end_time_ is null"))
        .isZero();
    assertThat(count("select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_RequestApproval'"))
        .isEqualTo(cases);
    assertThat(count("select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_RecordRouteRecommendation'"))
        .isEqualTo(cases);
    assertThat(count("select count(*) from act_hi_incident")).isZero();
  }

  void assertEveryEmailSentOnce() throws Exception {
    awaitTrue("every email sent", A_MINUTE, () -> count("select count(*) from outbox_message where sent_at is null") == 0);
    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize((int) count("select count(*) from outbox_message"));
    var messageIds = new HashSet<String>();
    var recipientAndLink = new HashSet<String>();
    for (var message : received) {
      assertThat(messageIds.add(message.getMessageID())).as("sent twice: " + message.getMessageID()).isTrue();
      var link = LINK.matcher(textOf(message));
      var token = link.find() ? link.group(2) : message.getSubject();
      assertThat(recipientAndLink.add(message.getAllRecipients()[0] + " " + token)).isTrue();
    }
  }

  HubNode nodeWaitingOnTheLock() throws Exception {
    var waiting = new String[1];
    awaitTrue("a node's job waiting on the approval links", A_MINUTE, () -> {
      var names = rows("select application_name from pg_stat_activity where datname = '" + DATABASE
          + "' and wait_event_type = 'Lock' and query ilike '%approval_link%'");
      waiting[0] = names.isEmpty() ? null : (String) names.get(0).get("application_name");
      return waiting[0] != null;
    });
    return waiting[0].equals("hub-node-a") ? a : b;
  }

  String requestApprovalJobOf(String reference) throws SQLException {
    var jobs = rows("""
        select j.id_ from act_ru_job j join act_hi_procinst p on p.proc_inst_id_ = j.process_instance_id_
        where p.business_key_ = '%s' and p.proc_def_key_ = 'StageApprovalProcess'
        and j.handler_type_ = 'async-continuation'""".formatted(reference));
    assertThat(jobs).hasSize(1);
    return (String) jobs.get(0).get("id_");
  }

  /** When the job's lock runs out; the engine writes it in the node's time zone, which is the test's. */
  Instant lockExpiryOf(String jobId) throws SQLException {
    var expiry = (Timestamp) rows("select lock_exp_time_ from act_ru_job where id_ = '" + jobId + "'")
        .get(0).get("lock_exp_time_");
    assertThat(expiry).as("the job is locked").isNotNull();
    return expiry.toInstant();
  }

  boolean jobExists(String jobId) throws SQLException {
    return count("select count(*) from act_ru_job where id_ = '" + jobId + "'") > 0;
  }

  void awaitOutboxRowsFor(String... references) throws Exception {
    for (var reference : references) {
      awaitTrue("an email for " + reference + " in the outbox", A_MINUTE,
          () -> count("select count(*) from outbox_message where subject like '%" + reference + "%'") > 0);
    }
  }

  Connection database() throws SQLException {
    return DriverManager.getConnection(POSTGRES + DATABASE, "postgres", "");
  }

  long count(String sql) throws SQLException {
    try (var connection = database(); var result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  List<Map<String, Object>> rows(String sql) throws SQLException {
    try (var connection = database(); var result = connection.createStatement().executeQuery(sql)) {
      var rows = new ArrayList<Map<String, Object>>();
      var columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        var row = new LinkedHashMap<String, Object>();
        for (int column = 1; column <= columns; column++) {
          row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  static void awaitTrue(String what, Duration timeout, Condition condition) throws Exception {
    var deadline = Instant.now().plus(timeout);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
