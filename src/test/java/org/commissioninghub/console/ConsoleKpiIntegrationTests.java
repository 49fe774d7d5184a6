package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleTable.Cell;
import org.commissioninghub.identity.Role;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's figures against values worked out by hand on a known data set: cases of one
 * integrated care system (so other tests' cases never count), placed in the first half of 2024 with
 * known stage visits, approval turnarounds and milestones, on a clock fixed at 15 June 2024.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleKpiIntegrationTests {

  /** Tells this run's cases apart from an earlier run's on a database that keeps them. */
  static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  static final String ICS = "Console figures " + RUN;
  static final Instant NOW = Instant.parse("2024-06-15T10:00:00Z");
  static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  static final LocalDate TO = LocalDate.of(2024, 6, 30);
  static final Viewer LEAD = new Viewer("programme-lead", Set.of("programme-lead"));
  static final Viewer OUTSIDER = new Viewer("hr-lead", Set.of("hr-lead"));

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConsoleService console;

  @Autowired
  HubClient hub;

  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @BeforeAll
  void placeTheCases() {
    // three completed in the period, after 10, 20 and 40 days; one cancelled; one completed before it
    var a = closedCase(ref("A"), "2024-01-01T00:00:00Z", "2024-01-11T00:00:00Z", "CLOSED");
    closedCase(ref("B"), "2024-02-01T00:00:00Z", "2024-02-21T00:00:00Z", "CLOSED");
    closedCase(ref("C"), "2024-03-01T00:00:00Z", "2024-04-10T00:00:00Z", "CLOSED");
    closedCase(ref("D"), "2024-03-01T00:00:00Z", "2024-03-05T00:00:00Z", "CANCELLED");
    closedCase(ref("G"), "2023-01-01T00:00:00Z", "2023-02-01T00:00:00Z", "CLOSED");
    // open: E rated red and past its target date; F on time for its target but not for its current
    // contract's end; H forecast to miss its target
    var e = openCase(ref("E"), "Torquay urgent care", "lot-design", "RED", "2024-06-01T10:00:00Z", LocalDate.of(2024, 6, 10),
        null);
    var f = openCase(ref("F"), "Paignton urgent care", "needs-assessment", null, "2024-06-14T10:00:00Z",
        LocalDate.of(2027, 12, 31), LocalDate.of(2024, 6, 20));
    openCase(ref("H"), "=HYPERLINK(\"http://example.com\")", "needs-assessment", null, "2024-06-14T10:00:00Z",
        LocalDate.of(2024, 6, 20), null);
    // needs assessments left after 2, 4, 6 and 8 days; one lot design after 10 days
    visit(a, "needs-assessment", "2024-01-01T00:00:00Z", 2);
    visit(a, "needs-assessment", "2024-01-03T00:00:00Z", 4);
    visit(a, "needs-assessment", "2024-02-01T00:00:00Z", 6);
    visit(a, "needs-assessment", "2024-03-01T00:00:00Z", 8);
    visit(a, "lot-design", "2024-03-09T00:00:00Z", 10);
    visit(a, "lot-design", "2023-03-09T00:00:00Z", 99); // left before the period
    // approvals: by email in 1 and 3 days; in Tasklist in 2, 4 and 6; and a decision that answered no request
    decision(a, "EMAIL", "2024-02-01T00:00:00Z", 1);
    decision(a, "EMAIL", "2024-02-01T00:00:00Z", 3);
    decision(a, "TASKLIST", "2024-02-01T00:00:00Z", 2);
    decision(a, "TASKLIST", "2024-02-01T00:00:00Z", 4);
    decision(a, "TASKLIST", "2024-02-01T00:00:00Z", 6);
    jdbc.update("INSERT INTO case_decision (case_id, stage, outcome, decided_by, decided_at, channel)"
        + " VALUES (?, 'Needs assessment', 'procure', 'someone', ?, 'TASKLIST')", a, ts("2024-02-01T00:00:00Z"));
    // milestones due in the period: met on time, met late, missed, not yet due; and one due after it
    milestone(e, "2024-03-01", "2024-02-28");
    milestone(e, "2024-04-01", "2024-04-05");
    milestone(e, "2024-05-01", null);
    milestone(e, "2024-06-30", null);
    milestone(e, "2024-07-31", null);
    // hr-lead works no dental case, but F names them
    jdbc.update("INSERT INTO case_named_person (case_id, role_id, user_id) VALUES (?, 'hr-lead', 'hr-lead')", f);
  }

  @BeforeEach
  void fixTheClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  ConsoleService.Dashboard dashboard(Viewer viewer) {
    return console.dashboard(viewer, new ConsoleFilter(null, FROM, TO, ICS, null));
  }

  static List<String> shown(ConsoleTable table) {
    return table.rows().stream().map(row -> String.join(" | ", row.stream().map(Cell::shown).toList())).toList();
  }

  @Test
  void casesAreCountedOpenNowAndOpenedCompletedAndCancelledInThePeriod() {
    var dashboard = dashboard(LEAD);

    assertThat(dashboard.open()).isEqualTo(3);
    assertThat(dashboard.opened()).isEqualTo(7);
    assertThat(dashboard.completed()).isEqualTo(3);
    assertThat(dashboard.cancelled()).isEqualTo(1);
    assertThat(shown(dashboard.table("cases").orElseThrow())).containsExactly("Dental procurement | 3 | 7 | 3 | 1");
  }

  @Test
  void openCasesAreBrokenDownByStageAndRag() {
    var dashboard = dashboard(LEAD);

    assertThat(shown(dashboard.table("open-by-stage").orElseThrow())).containsExactlyInAnyOrder(
        "Dental procurement | Lot design | 1", "Dental procurement | Oral health needs assessment | 2");
    assertThat(shown(dashboard.table("open-by-rag").orElseThrow())).containsExactlyInAnyOrder(
        "Dental procurement | Red | 1", "Dental procurement | Not rated | 2");
  }

  @Test
  void cycleTimeIsTheMedianAndInterpolated90thPercentileOfCasesCompletedInThePeriod() {
    // 10, 20 and 40 days: the median is 20; the 90th percentile lies 0.8 of the way from 20 to 40
    assertThat(shown(dashboard(LEAD).table("cycle-times").orElseThrow())).containsExactly(
        "All programmes | 3 | 20.0 days | 36.0 days", "Dental procurement | 3 | 20.0 days | 36.0 days");
  }

  @Test
  void stageDurationsCountTheStagesLeftInThePeriod() {
    // 2, 4, 6 and 8 days: median 5, 90th percentile 6 + 0.7 x 2
    assertThat(shown(dashboard(LEAD).table("stage-durations").orElseThrow())).containsExactly(
        "Dental procurement | Lot design | 1 | 10.0 days | 10.0 days",
        "Dental procurement | Oral health needs assessment | 4 | 5.0 days | 7.4 days");
  }

  @Test
  void approvalTurnaroundIsByChannelOverallAndByProgramme() {
    assertThat(shown(dashboard(LEAD).table("approval-turnaround").orElseThrow())).containsExactly(
        "All programmes | Email link | 2 | 2.0 days | 2.8 days",
        "All programmes | Tasklist | 3 | 4.0 days | 5.6 days",
        "Dental procurement | Email link | 2 | 2.0 days | 2.8 days",
        "Dental procurement | Tasklist | 3 | 4.0 days | 5.6 days");
  }

  @Test
  void milestonesDueInThePeriodAreMetOnTimeMetLateMissedOrNotYetDue() {
    assertThat(shown(dashboard(LEAD).table("milestones").orElseThrow())).containsExactly(
        "Dental procurement | 4 | 1 | 1 | 1 | 1 | 25%");
  }

  @Test
  void forecastsAddTheMedianOfEachStageAheadAndListTheCasesThatMissTheirTarget() {
    // E: lot design's 10 days ran out on 11 June, so it finishes now (no later stage has a median yet),
    //    5 days after its 10 June target. H: 5 days of needs assessment from 14 June, then 10 of lot
    //    design: 29 June, 9 days after its 20 June target. F, forecast the same, meets its target
    //    years away but passes its current contract's end on 20 June by 9 days.
    var dashboard = dashboard(LEAD);

    assertThat(dashboard.forecastLate()).isEqualTo(3);
    assertThat(shown(dashboard.table("forecast-late").orElseThrow())).containsExactly(
        ref("F") + " | Paignton urgent care | Dental procurement | Oral health needs assessment | 31 December 2027"
            + " | 20 June 2024 | 29 June 2024 | 9",
        ref("H") + " | =HYPERLINK(\"http://example.com\") | Dental procurement | Oral health needs assessment | 20 June 2024"
            + " |  | 29 June 2024 | 9",
        ref("E") + " | Torquay urgent care | Dental procurement | Lot design | 10 June 2024 |  | 15 June 2024 | 5");
  }

  @Test
  void targetsShowProgressForTheProgrammesCases() {
    assertThat(shown(dashboard(LEAD).table("targets").orElseThrow()).stream()
        .filter(row -> row.startsWith("Dental procurement")).toList()).containsExactly(
        "Dental procurement | Procurements on plan: not forecast late | 0 | 3 | 0% | Open procurements forecast to"
            + " finish by their target start date and by the end of their current contract, where they have them",
        "Dental procurement | Procurements on plan: not rated red | 2 | 3 | 67% | Open procurements whose RAG rating"
            + " is green, amber or not yet set");
  }

  @Test
  void aProgrammesTargetsAnswerAsJsonCountedWithinTheCallersCasesAndPeriod() {
    var query = "?ics=" + java.net.URLEncoder.encode(ICS, java.nio.charset.StandardCharsets.UTF_8)
        + "&from=01/01/2024&to=30/06/2024";

    var lead = hub.get("programme-lead", "/api/programmes/dental-procurement/targets" + query);
    var outsider = hub.get("hr-lead", "/api/programmes/dental-procurement/targets" + query);

    assertThat(lead.status()).isEqualTo(200);
    assertThat(lead.body().path("programme").asText()).isEqualTo("dental-procurement");
    assertThat(lead.body().path("from").asText()).isEqualTo("2024-01-01");
    assertThat(lead.body().path("targets").findValuesAsText("name")).containsExactly(
        "Procurements on plan: not forecast late", "Procurements on plan: not rated red");
    assertThat(lead.body().path("targets").findValuesAsText("achieved")).containsExactly("0", "2");
    assertThat(lead.body().path("targets").findValuesAsText("target")).containsExactly("3", "3");
    assertThat(lead.body().path("targets").findValuesAsText("percent")).containsExactly("0", "67");
    // hr-lead is staff but works no dental case: only F, which names them, is counted
    assertThat(outsider.body().path("targets").findValuesAsText("target")).containsExactly("1", "1");
  }

  @Test
  void aProgrammesTargetsAreRefusedToAnOutsideBodyAnUnknownProgrammeAndABadPeriod() {
    var outsideBody = hub.get("pcn-clinical-director", "/api/programmes/dental-procurement/targets");
    var unknown = hub.get("programme-lead", "/api/programmes/nonsense/targets");
    var badPeriod = hub.get("programme-lead", "/api/programmes/dental-procurement/targets?from=31/02/2024&to=30/02/2024");

    assertThat(outsideBody.status()).isEqualTo(403);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("from", "to");
  }

  @Test
  void someoneOutsideTheProgrammeCountsOnlyTheCaseThatNamesThem() {
    var dashboard = dashboard(OUTSIDER);

    assertThat(dashboard.open()).isEqualTo(1);
    assertThat(dashboard.completed()).isZero();
    assertThat(shown(dashboard.table("open-by-stage").orElseThrow()))
        .containsExactly("Dental procurement | Oral health needs assessment | 1");
    assertThat(dashboard.table("forecast-late").orElseThrow().rows()).extracting(row -> row.get(0).shown())
        .containsExactly(ref("F"));
  }

  @Test
  void aLeadWhoSeesEveryCaseGetsTheSameStageDurationsWithoutJoiningTheCasesAsAWorkerOfTheOnlyProgrammeWithTheJoin() {
    // the lead's query skips the join to the cases; the commissioning manager's, who sees every
    // dental case through their role, makes it: over every case, the figures must agree
    var everything = new ConsoleFilter(null, FROM, TO, null, null);
    var worker = new Viewer("commissioning-manager", Set.of("commissioning-manager"));

    assertThat(shown(console.table(LEAD, everything, "stage-durations").orElseThrow()))
        .isEqualTo(shown(console.table(worker, everything, "stage-durations").orElseThrow()));
  }

  @Test
  void tasksOutsideAnyCaseAreNoRolesOpenWorkEvenForALeadWhoSeesEveryCase() {
    var standalone = taskService.newTask("console-standalone-" + RUN);
    standalone.setName("Tidy the shared drive");
    taskService.saveTask(standalone);
    taskService.addCandidateGroup(standalone.getId(), "commissioning-manager");
    try {
      var everything = new ConsoleFilter(null, FROM, TO, null, null);
      // a worker who sees every programme's cases through their roles, as the lead sees every case
      var worker = new Viewer("commissioning-manager", Arrays.stream(Role.values())
          .filter(role -> role.kind() == Role.Kind.STAFF).map(Role::groupId).collect(Collectors.toSet()));

      assertThat(shown(console.table(LEAD, everything, "tasks-by-role").orElseThrow()))
          .isEqualTo(shown(console.table(worker, everything, "tasks-by-role").orElseThrow()));
    } finally {
      taskService.deleteTask(standalone.getId(), true);
    }
  }

  @Test
  void aTableDownloadsAsCsvWithAByteOrderMarkPlainNumbersAndFormulasKeptAsText() throws Exception {
    var lead = PageSession.signIn(hub.baseUrl(), "programme-lead");
    var query = "?ics=" + java.net.URLEncoder.encode(ICS, "UTF-8") + "&from=01/01/2024&to=30/06/2024";

    var cycle = lead.get("/console/tables/cycle-times.csv" + query);
    var late = lead.get("/console/tables/forecast-late.csv" + query);

    assertThat(cycle.status()).isEqualTo(200);
    assertThat(cycle.body()).startsWith("\uFEFFProgramme,Cases,Median (days),90th percentile (days)\r\n")
        .contains("All programmes,3,20.0,36.0\r\n", "Dental procurement,3,20.0,36.0\r\n");
    assertThat(late.body()).contains(ref("H") + ",\"'=HYPERLINK(\"\"http://example.com\"\")\",Dental procurement,"
        + "Oral health needs assessment,2024-06-20,,2024-06-29,9\r\n");
  }

  @Test
  void theDashboardPageShowsTheFiguresInTablesWithTheirCharts() {
    var page = PageSession.signIn(hub.baseUrl(), "programme-lead")
        .get("/console?ics=" + ICS.replace(" ", "+") + "&from=01/01/2024&to=30/06/2024");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Programme console", "id=\"figure-open\">3<", "id=\"figure-forecast-late\">3<",
        "data-chart-for=\"cycle-times-table\"", "36.0 days", "/console/boards/dental-procurement",
        "/console/tables/cycle-times.csv?from=01%2F01%2F2024&amp;to=30%2F06%2F2024&amp;ics=Console+figures+" + RUN);
  }

  @Test
  void theDashboardsScriptsAreServedFromTheirVersionedPaths() {
    var page = PageSession.signIn(hub.baseUrl(), "programme-lead").get("/console");
    var scripts = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(page.body()).results()
        .map(found -> found.group(1)).toList();

    assertThat(scripts).contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/js/console.js");
    for (var script : scripts) {
      assertThat(PageSession.anonymous(hub.baseUrl()).get(script).status()).as(script).isEqualTo(200);
    }
  }

  @Test
  void aBadFilterIsNamedAndTheAnonymousAreSentToSignIn() {
    var refused = PageSession.signIn(hub.baseUrl(), "programme-lead")
        .get("/console?programme=nonsense&from=31/02/2024&to=01/01/2024");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Choose a programme from the list",
        "The first day must be a real date, written as day/month/year");
    var anonymous = PageSession.anonymous(hub.baseUrl()).get("/console");
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.location()).endsWith("/sign-in");
  }

  @Test
  void aDownloadWithABadFilterIsRefusedNamingEveryBadParameter() {
    for (var path : List.of("/console/tables/cycle-times.csv", "/console/boards/dental-procurement/board.csv")) {
      var refused = hub.get("programme-lead", path + "?programme=nonsense&from=31/02/2024&to=30/02/2024");

      assertThat(refused.status()).as(path).isEqualTo(400);
      assertThat(refused.body().path("errors").findValuesAsText("field")).as(path)
          .containsExactlyInAnyOrder("programme", "from", "to");
    }
  }

  @Test
  void anOutsideBodyIsNeitherOfferedTheConsoleNorLetIntoItWhileStaffAre() {
    var outsider = PageSession.signIn(hub.baseUrl(), "pcn-clinical-director");

    assertThat(outsider.get("/").body()).doesNotContain("href=\"/console\"");
    for (var path : List.of("/console", "/console/boards/dental-procurement", "/console/heatmaps/dental-procurement",
        "/console/tables/cases.csv")) {
      assertThat(outsider.get(path).status()).as(path).isEqualTo(403);
    }
    var staff = PageSession.signIn(hub.baseUrl(), "hr-lead");
    assertThat(staff.get("/").body()).contains("href=\"/console\"");
    assertThat(staff.get("/console").status()).isEqualTo(200);
  }

  @Test
  void theBoardShowsOpenCasesByStageWithOwnerRagAndTarget() {
    var board = console.board(LEAD, console.consoleOf(Programme.DENTAL_PROCUREMENT).orElseThrow(),
        new ConsoleFilter(null, FROM, TO, ICS, null));

    var needs = board.columns().stream().filter(c -> c.stage().equals("needs-assessment")).findFirst().orElseThrow();
    assertThat(needs.count()).isEqualTo(2);
    assertThat(needs.cards()).extracting(ConsoleService.Card::reference).containsExactly(ref("F"), ref("H"));
    var lots = board.columns().stream().filter(c -> c.stage().equals("lot-design")).findFirst().orElseThrow();
    assertThat(lots.cards()).singleElement().satisfies(card -> {
      assertThat(card.owner()).isEqualTo("console-figures");
      assertThat(card.ragRating()).isEqualTo("Red");
      assertThat(card.targetDate()).isEqualTo(LocalDate.of(2024, 6, 10));
    });
    assertThat(board.columns()).extracting(ConsoleService.Column::stage).doesNotContain("not-needed");

    var page = PageSession.signIn(hub.baseUrl(), "programme-lead")
        .get("/console/boards/dental-procurement?ics=" + ICS.replace(" ", "+"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Dental procurement board", ref("E"), "Torquay urgent care", "10 June 2024");
    assertThat(PageSession.signIn(hub.baseUrl(), "programme-lead").get("/console/boards/nonsense").status())
        .isEqualTo(404);
  }

  private long openCase(String reference, String title, String stage, String rag, String stageSince, LocalDate target,
      LocalDate deadline) {
    var id = insertCase(reference, title, "OPEN", stage, rag, target, "2024-01-15T00:00:00Z", stageSince, null);
    jdbc.update("UPDATE commissioning_case SET deadline = ? WHERE id = ?", deadline, id);
    return id;
  }

  private long closedCase(String reference, String created, String ended, String status) {
    return insertCase(reference, "Closed " + reference, status, "handover", null, null, created, ended, ended);
  }

  private long insertCase(String reference, String title, String status, String stage, String rag, LocalDate target,
      String created, String stageSince, String ended) {
    jdbc.update("INSERT INTO commissioning_case (reference, title, programme, integrated_care_system, status,"
            + " current_stage, rag_rating, target_start_date, details, created_by, created_at, updated_at, version,"
            + " stage_entered_at, ended_at, cycle_seconds)"
            + " VALUES (?, ?, 'DENTAL_PROCUREMENT', ?, ?, ?, ?, ?, '{}', 'console-figures', ?, ?, 0, ?, ?, ?)",
        reference, title, ICS, status, stage, rag, target, ts(created), ts(created), ts(stageSince),
        ended == null ? null : ts(ended),
        ended == null ? null : java.time.Duration.between(Instant.parse(created), Instant.parse(ended)).toSeconds());
    return jdbc.queryForObject("SELECT id FROM commissioning_case WHERE reference = ?", Long.class, reference);
  }

  private void visit(long caseId, String stage, String entered, int days) {
    var enteredAt = Instant.parse(entered);
    jdbc.update("INSERT INTO case_stage_visit (case_id, programme, stage, entered_at, left_at, seconds)"
        + " VALUES (?, 'DENTAL_PROCUREMENT', ?, ?, ?, ?)", caseId, stage, Timestamp.from(enteredAt),
        Timestamp.from(enteredAt.plusSeconds(days * 86_400L)), days * 86_400L);
  }

  private void decision(long caseId, String channel, String requested, int days) {
    var requestedAt = Instant.parse(requested);
    jdbc.update("INSERT INTO case_decision (case_id, stage, outcome, decided_by, decided_at, channel, requested_at,"
        + " turnaround_seconds) VALUES (?, 'Business case approval', 'approved', 'approver', ?, ?, ?, ?)", caseId,
        Timestamp.from(requestedAt.plusSeconds(days * 86_400L)), channel, Timestamp.from(requestedAt), days * 86_400L);
  }

  private void milestone(long caseId, String target, String achieved) {
    jdbc.update("INSERT INTO case_milestone (case_id, name, target_date, actual_date, status) VALUES (?, ?, ?, ?, ?)",
        caseId, "Milestone due " + target, LocalDate.parse(target), achieved == null ? null : LocalDate.parse(achieved),
        achieved == null ? "PLANNED" : "ACHIEVED");
  }

  static String ref(String letter) {
    return "KPI-" + RUN + "-" + letter;
  }

  private static Timestamp ts(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
