package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CaseApiIntegrationTests {

  static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  CaseRepository cases;

  @Autowired
  ProgrammeCatalog catalog;

  static Map<String, Object> dentalCase(String title) {
    return Map.of("programme", "dental-procurement", "title", title,
        "valueGbp", 1_500_000,
        "details", Map.of("trigger", "access-gap", "area", "Cornwall and the Isles of Scilly"));
  }

  @Test
  void openingACaseAnswers201WithItsReferenceAndStartsItsProcess() {
    var response = hub.post(MANAGER, "/api/cases", dentalCase("Cornwall special care dental"));

    assertThat(response.status()).isEqualTo(201);
    var reference = response.body().get("reference").asText();
    assertThat(reference).matches("DEN-\\d{4}-\\d{4}");
    assertThat(response.headers().get("location")).containsExactly("/api/cases/" + reference);
    var stored = cases.findByReference(reference).orElseThrow();
    assertThat(stored.getProcessInstanceId()).isNotNull();
    assertThat(stored.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(stored.getCreatedBy()).isEqualTo(MANAGER);

    var detail = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(detail.get("process").get("current").get(0).get("id").asText())
        .isEqualTo("Task_AssessOralHealthNeeds");
    assertThat(detail.get("details").get("area").asText()).isEqualTo("Cornwall and the Isles of Scilly");
  }

  @Test
  void referencesCountUpWithinTheProgrammeAndYear() {
    var first = hub.post(MANAGER, "/api/cases", dentalCase("First")).body().get("reference").asText();
    var second = hub.post(MANAGER, "/api/cases", dentalCase("Second")).body().get("reference").asText();

    assertThat(first.substring(0, 9)).isEqualTo(second.substring(0, 9));
    assertThat(Integer.parseInt(second.substring(9))).isEqualTo(Integer.parseInt(first.substring(9)) + 1);
  }

  @Test
  void badInputAnswers400NamingEachBadFieldAndWritesNothing() {
    var before = cases.count();

    var response = hub.post(MANAGER, "/api/cases", Map.of(
        "programme", "dental-procurement", "title", "", "valueGbp", -1,
        "namedPeople", Map.of("not-a-role", "demo", "finance-lead", "nobody-by-this-name"),
        "details", Map.of("trigger", "contract-ending", "area", "Devon", "unknownField", 1)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().get("content-type").get(0)).startsWith("application/problem+json");
    // the case's own fields, the people it names and the programme's details, all in one answer
    assertThat(response.problemFields()).containsExactlyInAnyOrder("title", "valueGbp", "namedPeople.not-a-role",
        "namedPeople.finance-lead", "details.unknownField");
    assertThat(cases.count()).isEqualTo(before);

    var detailsResponse = hub.post(MANAGER, "/api/cases", Map.of(
        "programme", "dental-procurement", "title", "Devon",
        "namedPeople", Map.of("not-a-role", "demo", "finance-lead", "nobody-by-this-name"),
        "details", Map.of("trigger", "contract-ending", "area", "")));
    assertThat(detailsResponse.status()).isEqualTo(400);
    assertThat(detailsResponse.problemFields()).containsExactlyInAnyOrder("namedPeople.not-a-role",
        "namedPeople.finance-lead", "details.area", "details.currentContractEndDate");
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void anUnknownValueNamesItsFieldAndTheAllowedValues() {
    var programme = hub.post(MANAGER, "/api/cases", Map.of("programme", "orthodontics", "title", "x"));
    assertThat(programme.status()).isEqualTo(400);
    assertThat(programme.problemFields()).containsExactly("programme");

    var trigger = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement", "title", "x",
        "details", Map.of("trigger", "whim", "area", "Devon")));
    assertThat(trigger.status()).isEqualTo(400);
    assertThat(trigger.problemFields()).containsExactly("details.trigger");
    assertThat(trigger.body().get("errors").get(0).get("message").asText()).contains("access-gap");

    var unknownField = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement", "title", "x",
        "details", Map.of("trigger", "access-gap", "area", "Devon", "colour", "blue")));
    assertThat(unknownField.problemFields()).containsExactly("details.colour");

    var notJson = hub.post(MANAGER, "/api/cases", "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body().get("title").asText()).isEqualTo("Unreadable request");
  }

  @Test
  void everyProgrammeOpensThroughTheApi() {
    assertThat(Programme.values()).allSatisfy(programme -> assertThat(catalog.processOf(programme)).isPresent());
  }

  @Test
  void anUnknownReferenceAnswers404() {
    var response = hub.get(MANAGER, "/api/cases/DEN-1999-9999");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body().get("detail").asText()).contains("DEN-1999-9999");
  }

  @Test
  void casesListFilteredByProgrammeStatusAndStageAndPaged() {
    hub.post(MANAGER, "/api/cases", dentalCase("Listed one"));
    hub.post(MANAGER, "/api/cases", dentalCase("Listed two"));

    var page = hub.get(MANAGER, "/api/cases?programme=dental-procurement&status=open"
        + "&stage=needs-assessment&size=1&page=0").body();

    assertThat(page.get("content")).hasSize(1);
    assertThat(page.get("size").asInt()).isEqualTo(1);
    assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    page.get("content").forEach(summary -> {
      assertThat(summary.get("programme").asText()).isEqualTo("dental-procurement");
      assertThat(summary.get("status").asText()).isEqualTo("open");
      assertThat(summary.get("currentStage").asText()).isEqualTo("needs-assessment");
      assertThat(summary.get("currentStageName").asText()).isEqualTo("Oral health needs assessment");
    });
    var unknownStage = hub.get(MANAGER, "/api/cases?programme=dental-procurement&stage=Lot%20design");
    assertThat(unknownStage.status()).isEqualTo(400);
    assertThat(unknownStage.problemFields()).containsExactly("stage");
    assertThat(hub.get(MANAGER, "/api/cases?programme=pcn-development&status=cancelled").body()
        .get("totalElements").asLong()).isZero();
    var badFilter = hub.get(MANAGER, "/api/cases?status=sleeping");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.problemFields()).containsExactly("status");
    assertThat(hub.get(MANAGER, "/api/cases?size=1000").status()).isEqualTo(400);
  }

  @Test
  void risksAreScoredAsLikelihoodTimesImpactAndLogged() {
    var reference = hub.post(MANAGER, "/api/cases", dentalCase("Risky")).body().get("reference").asText();

    var risk = hub.post("programme-manager", "/api/cases/" + reference + "/risks", Map.of(
        "description", "Incumbent hands back before the new contract starts", "likelihood", 3,
        "impact", 4, "owner", "programme-manager", "mitigation", "Urgent-care interim arrangement"));

    assertThat(risk.status()).isEqualTo(201);
    assertThat(risk.body().get("score").asInt()).isEqualTo(12);
    var detail = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(detail.get("risks").get(0).get("status").asText()).isEqualTo("open");
    assertThat(detail.get("risks").get(0).get("band").asText()).isEqualTo("high");
    var lastEvent = detail.get("events").get(detail.get("events").size() - 1);
    assertThat(lastEvent.get("type").asText()).isEqualTo("RISK_ADDED");
    assertThat(lastEvent.get("actor").asText()).isEqualTo("programme-manager");
  }

  @Test
  void aRiskOffTheFiveByFiveScaleIsRefusedAndNothingChanges() {
    var reference = hub.post(MANAGER, "/api/cases", dentalCase("Off scale")).body().get("reference").asText();

    var response = hub.post(MANAGER, "/api/cases/" + reference + "/risks",
        Map.of("description", "x", "likelihood", 6, "impact", 0));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactlyInAnyOrder("likelihood", "impact");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("risks")).isEmpty();
  }

  @Test
  void milestonesAndTheRagRatingAreRecordedOnTheCase() {
    var reference = hub.post(MANAGER, "/api/cases", dentalCase("Planned")).body().get("reference").asText();

    var milestone = hub.post(MANAGER, "/api/cases/" + reference + "/milestones",
        Map.of("name", "Contract awarded", "targetDate", "2027-10-01"));
    var rated = hub.send(MANAGER, "PUT", "/api/cases/" + reference + "/rag-rating", Map.of("ragRating", "amber"));

    assertThat(milestone.status()).isEqualTo(201);
    assertThat(rated.status()).isEqualTo(204);
    var detail = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(detail.get("milestones").get(0).get("name").asText()).isEqualTo("Contract awarded");
    assertThat(detail.get("ragRating").asText()).isEqualTo("amber");
    assertThat(hub.send(MANAGER, "PUT", "/api/cases/" + reference + "/rag-rating",
        Map.of("ragRating", "purple")).status()).isEqualTo(400);
    assertThat(hub.post(MANAGER, "/api/cases/DEN-1999-0001/milestones",
        Map.of("name", "x", "targetDate", "2027-01-01")).status()).isEqualTo(404);
  }

  @Test
  void aDetailsChangeIsMergedIntoTheDetailsAndLoggedWithWhoMadeIt() {
    var reference = hub.post(MANAGER, "/api/cases", contractEnding("Corrected")).body().get("reference").asText();

    var changed = hub.send(MANAGER, "PATCH", "/api/cases/" + reference,
        Map.of("details", Map.of("currentContractEndDate", "2027-06-30", "incumbentContractNumber", "GDS-0042")));

    assertThat(changed.status()).as(changed.body().toString()).isEqualTo(204);
    var detail = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(detail.get("details").get("currentContractEndDate").asText()).isEqualTo("2027-06-30");
    assertThat(detail.get("details").get("incumbentContractNumber").asText()).isEqualTo("GDS-0042");
    assertThat(detail.get("details").get("area").asText()).isEqualTo("Devon");
    var lastEvent = detail.get("events").get(detail.get("events").size() - 1);
    assertThat(lastEvent.get("type").asText()).isEqualTo("DETAILS_UPDATED");
    assertThat(lastEvent.get("actor").asText()).isEqualTo(MANAGER);
    assertThat(lastEvent.get("before").get("currentContractEndDate").asText()).isEqualTo("2027-03-31");
    assertThat(lastEvent.get("after").get("currentContractEndDate").asText()).isEqualTo("2027-06-30");
  }

  @Test
  void aDetailsChangeThatBreaksTheDetailsRecordIsRefusedNamingEachBadFieldAndWritesNothing() {
    var reference = hub.post(MANAGER, "/api/cases", contractEnding("Kept as it was")).body().get("reference").asText();
    var before = hub.get(MANAGER, "/api/cases/" + reference).body();
    var breaking = new HashMap<String, Object>();
    breaking.put("currentContractEndDate", null);
    breaking.put("area", "");
    breaking.put("populationCovered", -3);

    var refused = hub.send(MANAGER, "PATCH", "/api/cases/" + reference, Map.of("details", breaking));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(refused.problemFields()).containsExactlyInAnyOrder("details.currentContractEndDate", "details.area",
        "details.populationCovered");
    var unknown = hub.send(MANAGER, "PATCH", "/api/cases/" + reference, Map.of("details", Map.of("colour", "blue")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.problemFields()).containsExactly("details.colour");
    var after = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(after.get("details")).isEqualTo(before.get("details"));
    assertThat(after.get("events")).isEqualTo(before.get("events"));
    assertThat(after.get("version")).isEqualTo(before.get("version"));
  }

  @Test
  void onlyTheRolesThatWorkACaseChangeItsDetails() {
    var reference = hub.post(MANAGER, "/api/cases", contractEnding("Not theirs")).body().get("reference").asText();

    var lead = hub.send("director-of-commissioning", "PATCH", "/api/cases/" + reference,
        Map.of("details", Map.of("area", "Torbay")));
    var nothing = hub.send(MANAGER, "PATCH", "/api/cases/" + reference, Map.of("details", Map.of()));

    assertThat(lead.status()).isEqualTo(403);
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.problemFields()).containsExactly("details");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("details").get("area").asText())
        .isEqualTo("Devon");
  }

  static Map<String, Object> contractEnding(String title) {
    return Map.of("programme", "dental-procurement", "title", title,
        "details", Map.of("trigger", "contract-ending", "area", "Devon", "currentContractEndDate", "2027-03-31"));
  }
}
