package org.commissioninghub.pcn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PCN development through the real HTTP stack: opened through the case API with three networks,
 * every task submitted as Tasklist submits it and recorded by the hub, each network's clinical
 * director doing its own tasks, and the networks, practices, roles, claims and support payments read
 * back from the case and counted on the console.
 */
@IntegrationTest
class PcnDevelopmentIntegrationTests {

  static final String HEAD_OF_PRIMARY_CARE = "head-of-primary-care";
  static final String COMMITTEE = "primary-care-commissioning-committee";
  static final String FINANCE_LEAD = "finance-lead";
  static final String BELPER_DIRECTOR = "pcn-clinical-director";
  static final String HOPE_DIRECTOR = "cd.hope";
  static final String OTHER_DIRECTOR = "cd.elsewhere";
  static final LocalDate OPENED = LocalDate.of(2026, 6, 1);

  @Autowired
  HubClient hub;

  @Autowired
  TaskService taskService;

  @Autowired
  ConsoleService console;

  Tasks tasks;
  String run;

  @BeforeEach
  void setUp() {
    tasks = new Tasks(hub);
    hub.ensureUser(HOPE_DIRECTOR, "pcn-clinical-director");
    hub.ensureUser(OTHER_DIRECTOR, "pcn-clinical-director");
    ClockUtil.setCurrentTime(at(OPENED));
    run = Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, Object> practice(String name, String odsCode, int listSize) {
    return Map.of("name", name, "odsCode", odsCode, "listSize", listSize);
  }

  static Map<String, Object> network(String name, String odsCode, String place, String director,
      List<Map<String, Object>> practices) {
    return Map.of("name", name, "odsCode", odsCode, "place", place, "clinicalDirector", director, "practices", practices);
  }

  HubClient.Response open(String title, String integratedCareSystem, Map<String, Object> details) {
    return hub.post(HEAD_OF_PRIMARY_CARE, "/api/cases", Map.of("programme", "pcn-development",
        "title", title, "commissioner", "NHS Derby and Derbyshire ICB", "integratedCareSystem", integratedCareSystem,
        "details", details));
  }

  /** Belper (32,417 patients), Hope Valley (11,250, under the threshold) and Tiny (5,000, under it too). */
  String openCase(String integratedCareSystem) {
    var response = open("Derbyshire PCN development " + run, integratedCareSystem, Map.of("contractYear", "2026-27",
        "networks", List.of(
            network("Belper PCN", "U10001", "Amber Valley", BELPER_DIRECTOR, List.of(
                practice("Riverside Surgery", "C81001", 12_500), practice("Derwent Medical Centre", "C81002", 10_917),
                practice("Chevin Practice", "C81003", 9_000))),
            network("Hope Valley PCN", "U10002", "High Peak", HOPE_DIRECTOR, List.of(
                practice("Castleton Surgery", "C81004", 6_000), practice("Edale Practice", "C81005", 5_250))),
            network("Tiny PCN", "U10003", "High Peak", OTHER_DIRECTOR, List.of(
                practice("Hathersage Surgery", "C81006", 5_000))))));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    var reference = response.body().get("reference").asText();
    hub.runDueJobs();
    return reference;
  }

  JsonNode caseOf(String reference) {
    return hub.caseOf(HEAD_OF_PRIMARY_CARE, reference);
  }

  @Test
  void openingRefusesBadDetailsNamingEveryFieldAndOpensNothing() {
    var title = "Refused PCN development " + run;
    var response = open(title, "Derby and Derbyshire", Map.of("contractYear", "2031-32", "networks", List.of(
        network("Belper PCN", "U10001", "Amber Valley", "nobody.at.all", List.of(practice("Riverside", "C81001", 9_000))),
        network("belper pcn ", "U1000", "Amber Valley", BELPER_DIRECTOR, List.of(practice("Derwent", "C81001", 9_000))))));

    assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactlyInAnyOrder(
        "details.contractYear",
        "details.networks[0].clinicalDirector",
        "details.networks[1].name",
        "details.networks[1].odsCode",
        "details.networks[1].practices[0].odsCode");
    var cases = hub.get(HEAD_OF_PRIMARY_CARE, "/api/cases?q=" + title.replace(' ', '+'));
    assertThat(cases.body().toString()).doesNotContain(title);
  }

  @Test
  void aClinicalDirectorSeesOnlyTheCaseThatNamesThemAndOnlyTheirOwnNetworksTasks() {
    var reference = openCase("Derby and Derbyshire");
    registerAndSign(reference, "Hope Valley PCN", List.of("C81004", "C81005"), "waiver");

    assertThat(hub.get(HOPE_DIRECTOR, "/api/cases/" + reference).status()).isEqualTo(200);
    var outsider = "cd.outsider";
    hub.ensureUser(outsider, "pcn-clinical-director");
    assertThat(hub.get(outsider, "/api/cases/" + reference).status()).isEqualTo(404);
    assertThat(tasks.visibleTo(HOPE_DIRECTOR, reference)).extracting(task -> task.get("name").asText())
        .containsExactly("Nominate clinical director — Hope Valley PCN (High Peak)");
    assertThat(tasks.visibleTo(BELPER_DIRECTOR, reference)).isEmpty();
  }

  @Test
  void aCaseOpenedThroughTheApiIsWalkedToTheDevelopmentReviewAndCountedOnTheConsole() {
    var ics = "PCN targets " + run;
    var reference = openCase(ics);
    var opened = caseOf(reference);
    assertThat(opened.get("currentStage").asText()).isEqualTo("registration");
    assertThat(texts(opened.get("pcnNetworks"), "rawPopulation")).containsExactly("32417", "11250", "5000");
    assertThat(opened.get("pcnPractices")).hasSize(6);

    // Tiny merges into Hope Valley; Hope Valley's threshold is waived
    registerNetwork(reference, "Tiny PCN");
    submitNetworkTask(COMMITTEE, reference, "Tiny PCN", "Task_DecideSmallNetwork", Map.of("smallNetworkDecision", "merger",
        "mergedInto", "Hope Valley PCN", "smallNetworkReason", "Too small to employ additional roles alone."));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("registration");
    // a practice missing from the network agreement is refused, naming it
    registerNetwork(reference, "Hope Valley PCN");
    submitNetworkTask(COMMITTEE, reference, "Hope Valley PCN", "Task_DecideSmallNetwork", Map.of(
        "smallNetworkDecision", "waiver", "smallNetworkReason", "Rural and geographically isolated."));
    var missing = tasks.submit(HEAD_OF_PRIMARY_CARE, taskFor(HEAD_OF_PRIMARY_CARE, reference, "Hope Valley PCN",
        "Task_RecordNetworkAgreement"), Map.of("signatures", List.of(Map.of("odsCode", "C81004", "signedOn", "2026-05-20"))));
    assertThat(missing.status()).as(missing.body().toString()).isEqualTo(400);
    assertThat(missing.problemFields()).containsExactly("signatures");
    assertThat(missing.body().toString()).contains("Edale Practice (C81005)");
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, "Hope Valley PCN", "Task_RecordNetworkAgreement",
        Map.of("signatures", List.of(Map.of("odsCode", "C81004", "signedOn", "2026-05-20"),
            Map.of("odsCode", "C81005", "signedOn", "2026-05-22"))));
    assertThat(caseOf(reference).get("currentStage").asText()).isEqualTo("development");
    submitNetworkTask(HOPE_DIRECTOR, reference, "Hope Valley PCN", "Task_NominateClinicalDirector", Map.of(
        "clinicalDirectorName", "Dr A Moor", "clinicalDirectorPractice", "Castleton Surgery"));
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, "Hope Valley PCN", "Task_ConfirmClinicalDirector", Map.of(
        "clinicalDirectorConfirmed", "no", "confirmationNotes", "Needs the member practices' written support."));

    // Belper is walked to its development review
    registerAndSign(reference, "Belper PCN", List.of("C81001", "C81002", "C81003"), null);
    submitNetworkTask(BELPER_DIRECTOR, reference, "Belper PCN", "Task_NominateClinicalDirector", Map.of(
        "clinicalDirectorName", "Dr J Shaw", "clinicalDirectorPractice", "Riverside Surgery"));
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, "Belper PCN", "Task_ConfirmClinicalDirector",
        Map.of("clinicalDirectorConfirmed", "yes"));
    submitNetworkTask(BELPER_DIRECTOR, reference, "Belper PCN", "Task_SignUpToDes", Map.of(
        "nominatedPayee", "Riverside Surgery", "desSignedUpOn", "2026-05-28"));
    submitNetworkTask(BELPER_DIRECTOR, reference, "Belper PCN", "Task_PlanAdditionalRoles", Map.of("roles", List.of(
        Map.of("role", "clinical-pharmacist", "plannedWte", 2, "baselineWte", 1, "startDate", "2026-05-01"),
        Map.of("role", "social-prescribing-link-worker", "plannedWte", 2, "baselineWte", 0, "startDate", "2026-05-01"))));
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, "Belper PCN", "Task_ReviewWorkforcePlan", Map.of(
        "workforcePlanAccepted", "yes", "allowance", 60_000, "workforceReviewNotes", "Within the network's share."));
    var payment = caseOf(reference).get("pcnSupportPayments");
    assertThat(payment).hasSize(1);
    assertThat(payment.get(0).get("amountGbp").decimalValue()).isEqualByComparingTo("48625.50");
    assertThat(payment.get(0).get("ratePerHead").decimalValue()).isEqualByComparingTo("1.50");
    submitNetworkTask(FINANCE_LEAD, reference, "Belper PCN", "Task_AuthoriseSupportPayment",
        Map.of("authorisedOn", "2026-06-01"));
    submitNetworkTask(BELPER_DIRECTOR, reference, "Belper PCN", "Task_ClaimAdditionalRoles", Map.of("claims", List.of(
        Map.of("role", "clinical-pharmacist", "claimMonth", "2026-05-01", "wte", 1, "wteInPost", 2.5, "amount", 4200),
        Map.of("role", "social-prescribing-link-worker", "claimMonth", "2026-05-01", "wte", 1.5, "wteInPost", 1,
            "amount", 2800),
        Map.of("role", "clinical-pharmacist", "claimMonth", "2026-06-01", "wte", 0.5, "wteInPost", 2.5, "amount", 60000),
        Map.of("role", "social-prescribing-link-worker", "claimMonth", "2026-06-01", "wte", 1, "wteInPost", 1,
            "amount", 2345.67))));
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, "Belper PCN", "Task_HoldDevelopmentReview", Map.of(
        "developmentRag", "green", "developmentNotes", "Clinical director in post; pharmacists recruited."));

    var developed = caseOf(reference);
    assertThat(texts(developed.get("pcnNetworks"), "status")).containsExactly("developed", "developing", "merged");
    assertThat(texts(developed.get("pcnNetworks"), "clinicalDirectorInPlace")).containsExactly("true", "false", "false");
    assertThat(texts(developed.get("pcnClaims"), "status")).containsExactly("accepted", "refused", "refused", "accepted");
    assertThat(developed.get("pcnClaims").get(1).get("reason").asText()).startsWith("Not additional to the baseline");
    assertThat(developed.get("pcnClaims").get(2).get("reason").asText()).isEqualTo("Over the allowance: £4,200.00"
        + " already claimed of £60,000.00 leaves £55,800.00, less than the £60,000.00 claimed");
    developed.get("pcnRoles").forEach(role -> assertThat(role.get("recruitedWte").decimalValue()).isEqualByComparingTo("1"));

    var targets = console.dashboard(new Viewer("programme-lead", Set.of("programme-lead")),
        new ConsoleFilter(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ics, null))
        .table("targets").orElseThrow().rows().stream()
        .filter(row -> row.get(0).shown().equals("PCN development"))
        .map(row -> String.join(" | ", row.subList(1, 5).stream().map(cell -> cell.shown()).toList()))
        .toList();
    assertThat(targets).containsExactly(
        "PCNs with a clinical director in place | 1 | 2 | 50%",
        "Additional-roles WTE recruited against plan | 2 | 4 | 50%",
        "Additional-roles money claimed against allowance (£) | 6,545 | 60,000 | 11%",
        "Practices covered by a PCN | 6 | 6 | 100%",
        "Registered population covered by a PCN | 48,667 | 48,667 | 100%");
  }

  // ---------------------------------------------------------------------------------------------

  void registerNetwork(String reference, String network) {
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, network, "Task_RegisterNetwork", Map.of(
        "registeredOn", "2026-05-15", "weightedPopulation", 30_000));
  }

  void registerAndSign(String reference, String network, List<String> practices, String smallNetworkDecision) {
    registerNetwork(reference, network);
    if (smallNetworkDecision != null) {
      submitNetworkTask(COMMITTEE, reference, network, "Task_DecideSmallNetwork", Map.of(
          "smallNetworkDecision", smallNetworkDecision, "smallNetworkReason", "Rural and geographically isolated."));
    }
    var signatures = new ArrayList<Map<String, Object>>();
    practices.forEach(code -> signatures.add(Map.of("odsCode", code, "signedOn", "2026-05-20")));
    submitNetworkTask(HEAD_OF_PRIMARY_CARE, reference, network, "Task_RecordNetworkAgreement", Map.of("signatures", signatures));
  }

  void submitNetworkTask(String user, String reference, String network, String key, Map<String, ?> values) {
    var response = tasks.submit(user, taskFor(user, reference, network, key), values);
    assertThat(response.status()).as(key + " " + response.body()).isEqualTo(204);
    hub.runDueJobs();
  }

  String taskFor(String user, String reference, String network, String key) {
    return tasks.visibleTo(user, reference).stream()
        .filter(candidate -> key.equals(candidate.get("taskDefinitionKey").asText())
            && candidate.get("name").asText().contains(network))
        .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + key + " for " + network))
        .get("id").asText();
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(item -> values.add(item.get(field).asText()));
    return values;
  }

  static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
  }
}
