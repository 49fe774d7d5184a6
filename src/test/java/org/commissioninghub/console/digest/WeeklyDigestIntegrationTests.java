package org.commissioninghub.console.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.identity.Role;
import org.commissioninghub.notification.OutboxDispatcher;
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
 * The leads' weekly digest through the outbox and a real SMTP server: what a lead reads about a
 * week of known cases, who gets it, and that each lead gets one a week however often and from
 * however many nodes at once it is sent.
 */
@IntegrationTest
class WeeklyDigestIntegrationTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** The digest's Monday; it reports on the week before, Monday 6 to Sunday 12 March 2028. */
  static final LocalDate MONDAY = LocalDate.of(2028, 3, 13);
  static final String SUBJECT = "Your weekly digest: 6 to 12 March 2028";
  static final String LEAD = "programme-lead";
  static final String LEAD_WITHOUT_ADDRESS = "digest-lead-without-address";

  @Autowired
  HubClient hub;

  @Autowired
  WeeklyDigest digest;

  @Autowired
  OutboxDispatcher dispatcher;

  @Autowired
  CaseStore caseStore;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  Environment environment;

  @BeforeEach
  void setUp() {
    dispatcher.dispatchDue();
    smtp.reset();
    if (identityService.createUserQuery().userId(LEAD_WITHOUT_ADDRESS).count() == 0) {
      identityService.saveUser(identityService.newUser(LEAD_WITHOUT_ADDRESS));
      identityService.createMembership(LEAD_WITHOUT_ADDRESS, Role.PROGRAMME_LEAD.groupId());
    }
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.deleteUser(LEAD_WITHOUT_ADDRESS);
  }

  static void at(String dateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(dateTime).atZone(LONDON).toInstant()));
  }

  String open(String title, String targetStartDate) {
    var request = new java.util.LinkedHashMap<String, Object>(Map.of("programme", "dental-procurement",
        "title", title, "details", Map.of("trigger", "access-gap", "area", "Cornwall")));
    if (targetStartDate != null) {
      request.put("targetStartDate", targetStartDate);
    }
    var reference = hub.post("commissioning-manager", "/api/cases", request).body().get("reference").asText();
    hub.runDueJobs();
    return reference;
  }

  void rate(String reference, String rating) {
    assertThat(hub.send("programme-manager", "PUT", "/api/cases/" + reference + "/rag-rating",
        Map.of("ragRating", rating)).status()).isEqualTo(204);
  }

  /** Cases with something in the week reported, before it and after it, as a programme manager would leave them. */
  record Week(String red, String closed, String redEarlier, String openedAfter) {}

  Week aWeekOfCases() {
    at("2028-03-01T09:00");
    // its target long past, so it leads the forecast-late list (latest first) whatever else the database holds
    var red = open("Digest: Cornwall access, forecast late", "2020-03-10");
    assertThat(hub.post("commissioning-manager", "/api/cases/" + red + "/milestones",
        // long overdue, so it leads the list (oldest first) whatever other cases the database holds
        Map.of("name", "Market engagement complete", "targetDate", "2020-01-08")).status()).isEqualTo(201);
    at("2028-03-03T09:00");
    var redEarlier = open("Digest: Devon access, red before the week", null);
    rate(redEarlier, "red");
    at("2028-03-07T10:00");
    rate(red, "red");
    at("2028-03-08T09:00");
    var closed = open("Digest: Plymouth access, closed in the week", null);
    at("2028-03-09T09:00");
    new Tasks(hub).complete("commissioning-manager", closed, "Task_AssessOralHealthNeeds", Map.of(
        "needsSummary", "Access is poor around Plymouth.", "populationCovered", 260_000, "needsOutcome", "procure"));
    at("2028-03-10T15:00");
    caseStore.end(closed, CaseStatus.CLOSED, "Access restored by an existing practice", "programme-manager");
    at("2028-03-13T06:00");
    var openedAfter = open("Digest: Torbay access, opened after the week", null);
    var overdue = taskService.createTaskQuery().taskVariableValueEquals("caseReference", red).list().get(0);
    overdue.setDueDate(Date.from(LocalDate.of(2028, 3, 10).atStartOfDay(LONDON).toInstant()));
    taskService.saveTask(overdue);
    return new Week(red, closed, redEarlier, openedAfter);
  }

  List<MimeMessage> delivered() {
    dispatcher.dispatchDue();
    return List.of(smtp.getReceivedMessages());
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String part(MimeMessage message, String type) throws Exception {
    var multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType(type)) {
        return (String) multipart.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  static List<MimeMessage> digests(List<MimeMessage> messages) throws Exception {
    var digests = new ArrayList<MimeMessage>();
    for (var message : messages) {
      if (message.getSubject().startsWith("Your weekly digest")) {
        digests.add(message);
      }
    }
    return digests;
  }

  /** The addresses of every lead who has one: who the digest is for. */
  List<String> leadAddresses() {
    var addresses = new TreeSet<String>();
    Arrays.stream(Role.values()).filter(role -> role.kind() == Role.Kind.LEAD).forEach(role ->
        identityService.createUserQuery().memberOfGroup(role.groupId()).list().stream()
            .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
            .forEach(user -> addresses.add(user.getEmail())));
    return List.copyOf(addresses);
  }

  @Test
  void aLeadReadsTheWeeksChangesWhatIsOverdueAndWhatIsForecastLateEachCaseLinked() throws Exception {
    var week = aWeekOfCases();
    at("2028-03-13T07:00");

    digest.send(MONDAY);

    var mine = digests(delivered()).stream()
        .filter(message -> recipient(message).equals(LEAD + "@commissioning-hub.example")).toList();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).getSubject()).isEqualTo(SUBJECT);
    var text = part(mine.get(0), "text/plain");
    var base = environment.getProperty("hub.public-base-url");
    assertThat(text)
        .contains("Dental procurement: opened 1, closed 1, cancelled 0, stage changes 1")
        .contains(week.closed() + " Digest: Plymouth access, closed in the week (Dental procurement): closed on 10 March 2028")
        .contains("CASES THAT TURNED RED (1)")
        .contains(week.red() + " Digest: Cornwall access, forecast late (Dental procurement): rated red on 7 March 2028")
        .contains(base + "/cases/" + week.red())
        .contains("Commissioning manager: ")
        .contains("Market engagement complete, due 8 January 2020")
        .contains("target 10 March 2020")
        .contains(base + "/console")
        .doesNotContain(week.redEarlier())
        .doesNotContain(week.openedAfter());
    var html = part(mine.get(0), "text/html");
    assertThat(html)
        .contains("href=\"" + base + "/cases/" + week.red() + "\"")
        .contains("href=\"" + base + "/console\"")
        .contains("<th scope=\"col\"");
  }

  @Test
  void everyLeadWithAnAddressGetsOneDigestAndNobodyElseGetsAny() throws Exception {
    at("2028-04-03T07:00");

    digest.send(LocalDate.of(2028, 4, 3));

    var recipients = digests(delivered()).stream().map(WeeklyDigestIntegrationTests::recipient).sorted().toList();
    assertThat(recipients).isEqualTo(leadAddresses())
        .contains(LEAD + "@commissioning-hub.example", "director-of-commissioning@commissioning-hub.example")
        .doesNotContain("commissioning-manager@commissioning-hub.example", "demo@commissioning-hub.example");
  }

  @Test
  void sendingTheSameWeekAgainSendsNothingAndTheNextWeekSendsAgain() throws Exception {
    var monday = LocalDate.of(2028, 4, 10);
    at("2028-04-10T07:00");
    assertThat(digest.send(monday)).isEqualTo(leadAddresses().size());
    assertThat(digests(delivered())).hasSize(leadAddresses().size());

    at("2028-04-12T12:00");
    assertThat(digest.send(monday)).isZero();
    assertThat(digests(delivered())).hasSize(leadAddresses().size());

    at("2028-04-17T07:00");
    assertThat(digest.send(monday.plusWeeks(1))).isEqualTo(leadAddresses().size());
    var all = digests(delivered());
    assertThat(all).hasSize(2 * leadAddresses().size());
    assertThat(all.get(all.size() - 1).getSubject()).isEqualTo("Your weekly digest: 10 to 16 April 2028");
  }

  @Test
  void twoNodesSendingTheWeekAtTheSameMomentSendEachLeadOneDigest() throws Exception {
    at("2028-03-27T07:00");
    var start = new CountDownLatch(1);
    Callable<Integer> node = () -> {
      start.await();
      return digest.send(LocalDate.of(2028, 3, 27));
    };
    var nodes = Executors.newFixedThreadPool(2);
    try {
      var a = nodes.submit(node);
      var b = nodes.submit(node);
      start.countDown();
      assertThat(a.get() + b.get()).isEqualTo(leadAddresses().size());
    } finally {
      nodes.shutdownNow();
    }

    var recipients = digests(delivered()).stream().map(WeeklyDigestIntegrationTests::recipient).sorted().toList();
    assertThat(recipients).isEqualTo(leadAddresses());
  }
}
