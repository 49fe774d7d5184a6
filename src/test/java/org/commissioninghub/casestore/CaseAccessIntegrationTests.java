package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.workitem.WorkstreamService;
import org.commissioninghub.workitem.WorkstreamService.NewWorkstream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every role against every endpoint of the case API, on a case that names them and on one that
 * names nobody: who sees what, who may change what (a workstream also its owner role, where it
 * sees the case), and that a refused read looks like no case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAccessIntegrationTests {

  static final String ADMINISTRATOR = "demo";

  /** The roles that work dental procurement, as its module declares them. */
  static final Set<String> DENTAL_ROLES = Set.of("commissioning-manager", "programme-manager", "procurement-lead",
      "finance-lead", "contract-manager", "dental-adviser", "head-of-primary-care", "director-of-primary-care",
      "primary-care-commissioning-committee");
  static final Set<String> LEADS = Set.of("programme-lead", "director-of-commissioning",
      "regional-director-of-commissioning");
  static final Set<String> OUTSIDE = Set.of("pcc-representative", "police-force", "pcn-clinical-director",
      "prison-governor");
  static final Set<String> REPRESENTATION_TAKERS = Set.of("procurement-lead", "commissioning-manager", ADMINISTRATOR);
  /** The role that owns each case's workstream: it may report on it wherever it sees the case. */
  static final String WORKSTREAM_OWNER = "hr-lead";

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;

  @Autowired
  WorkstreamService workstreams;

  /** The workstream of each case, owned by the HR and TUPE lead's role. */
  final Map<String, Long> workstreamOf = new HashMap<>();

  String naming;
  String notNaming;

  @BeforeAll
  void openTwoCases() {
    var everyone = new LinkedHashMap<String, String>();
    for (var role : Role.values()) {
      everyone.put(role.groupId(), role.groupId());
    }
    naming = open("Names every role", everyone);
    notNaming = open("Names nobody", Map.of());
  }

  String open(String title, Map<String, String> namedPeople) {
    var response = hub.post(ADMINISTRATOR, "/api/cases", Map.of("programme", "dental-procurement", "title", title,
        "namedPeople", namedPeople, "details", Map.of("trigger", "access-gap", "area", "Exeter")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    var reference = response.body().get("reference").asText();
    procurement.createLots(reference, List.of(LotPlan.named("Exeter urgent care")), ADMINISTRATOR);
    workstreamOf.put(reference, workstreams.createWorkstreams(reference,
        List.of(new NewWorkstream(null, "Exeter", "Staff transfer", WORKSTREAM_OWNER, null, null)), ADMINISTRATOR)
        .get(0).getId());
    return reference;
  }

  static Stream<String> everyUser() {
    return Stream.concat(Stream.of(Role.values()).map(Role::groupId), Stream.of(ADMINISTRATOR));
  }

  /** What each endpoint answers this user on this case. */
  Map<String, Integer> answers(String user, String reference) {
    var path = "/api/cases/" + reference;
    var answers = new LinkedHashMap<String, Integer>();
    answers.put("read", hub.get(user, path).status());
    answers.put("lots", hub.get(user, path + "/lots").status());
    answers.put("risk", hub.post(user, path + "/risks",
        Map.of("description", "Premises lease ends early", "likelihood", 2, "impact", 3)).status());
    answers.put("milestone", hub.post(user, path + "/milestones",
        Map.of("name", "Contract starts", "targetDate", "2027-10-01")).status());
    answers.put("rag", hub.send(user, "PUT", path + "/rag-rating", Map.of("ragRating", "amber")).status());
    answers.put("details", hub.send(user, "PATCH", path, Map.of("details", Map.of("area", "Exeter"))).status());
    answers.put("representation", hub.post(user, path + "/lots/1/representations",
        Map.of("summary", "A provider questions the scores.")).status());
    answers.put("workstream", hub.send(user, "PATCH", path + "/workstreams/" + workstreamOf.get(reference),
        Map.of("ragRating", "amber")).status());
    return answers;
  }

  static Map<String, Integer> expected(int read, int lots, int change, int representation) {
    return expected(read, lots, change, representation, change == 204 ? 200 : change);
  }

  static Map<String, Integer> expected(int read, int lots, int change, int representation, int workstream) {
    var expected = new LinkedHashMap<String, Integer>();
    expected.put("read", read);
    expected.put("lots", lots);
    expected.put("risk", change == 204 ? 201 : change);
    expected.put("milestone", change == 204 ? 201 : change);
    expected.put("rag", change);
    expected.put("details", change);
    expected.put("representation", representation);
    expected.put("workstream", workstream);
    return expected;
  }

  Map<String, Integer> expectedOnTheCaseThatNamesThem(String user) {
    var representation = REPRESENTATION_TAKERS.contains(user) ? 422 : 403;
    if (user.equals(ADMINISTRATOR) || DENTAL_ROLES.contains(user)) {
      return expected(200, 200, 204, representation);
    }
    if (OUTSIDE.contains(user)) {
      return expected(200, 404, 403, 403);
    }
    if (user.equals(WORKSTREAM_OWNER)) {
      return expected(200, 200, 403, 403, 200);
    }
    return expected(200, 200, 403, 403);
  }

  Map<String, Integer> expectedOnTheCaseThatNamesNobody(String user) {
    if (user.equals(ADMINISTRATOR) || DENTAL_ROLES.contains(user)) {
      return expectedOnTheCaseThatNamesThem(user);
    }
    if (LEADS.contains(user)) {
      return expected(200, 200, 403, 403);
    }
    return expected(404, 404, 404, 404);
  }

  @Test
  void everyRoleOnEveryEndpointOfACaseThatNamesThemAndOneThatDoesNot() {
    var mismatches = new ArrayList<String>();
    everyUser().forEach(user -> {
      var named = answers(user, naming);
      if (!named.equals(expectedOnTheCaseThatNamesThem(user))) {
        mismatches.add(user + " on the case naming them: " + named);
      }
      var unnamed = answers(user, notNaming);
      if (!unnamed.equals(expectedOnTheCaseThatNamesNobody(user))) {
        mismatches.add(user + " on the case naming nobody: " + unnamed);
      }
    });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void listsAndCountsHoldOnlyTheCasesEachUserMaySee() {
    everyUser().forEach(user -> {
      var page = hub.get(user, "/api/cases?size=100").body();
      var references = new ArrayList<String>();
      page.get("content").forEach(summary -> references.add(summary.get("reference").asText()));
      assertThat(references).as(user).contains(naming);
      var seesAll = user.equals(ADMINISTRATOR) || DENTAL_ROLES.contains(user) || LEADS.contains(user);
      if (seesAll) {
        assertThat(references).as(user).contains(notNaming);
      } else {
        assertThat(references).as(user).doesNotContain(notNaming);
        assertThat(page.get("totalElements").asLong()).as(user).isEqualTo(references.size());
      }
    });
  }

  @Test
  void anOutsideBodySeesOnlyItsPartOfACaseThatNamesIt() {
    var partner = hub.get("pcc-representative", "/api/cases/" + naming).body();
    var staff = hub.get("hr-lead", "/api/cases/" + naming).body();

    assertThat(partner.get("title").asText()).isEqualTo("Names every role");
    assertThat(partner.get("events")).isEmpty();
    assertThat(partner.get("risks")).isEmpty();
    assertThat(partner.get("details").isNull()).isTrue();
    assertThat(partner.get("lots")).isEmpty();
    assertThat(partner.get("process").isNull()).isTrue();
    assertThat(fieldNames(partner.get("namedPeople"))).containsExactly("pcc-representative");
    assertThat(staff.get("events")).isNotEmpty();
    assertThat(staff.get("details").get("area").asText()).isEqualTo("Exeter");
    assertThat(staff.get("lots").get(0).get("name").asText()).isEqualTo("Exeter urgent care");
  }

  @Test
  void aRefusedReadLooksExactlyLikeACaseThatDoesNotExist() {
    var refused = hub.get("hr-lead", "/api/cases/" + notNaming);
    var missing = hub.get("hr-lead", "/api/cases/DEN-1999-9999");

    assertThat(refused.status()).isEqualTo(missing.status()).isEqualTo(404);
    assertThat(refused.body().get("title")).isEqualTo(missing.body().get("title"));
    assertThat(refused.body().get("detail").asText()).isEqualTo("No case has the reference " + notNaming);
  }

  static Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names.stream().collect(Collectors.toSet());
  }
}
