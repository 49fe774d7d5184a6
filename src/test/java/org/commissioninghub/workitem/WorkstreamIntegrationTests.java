package org.commissioninghub.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.workitem.WorkstreamService.NewWorkstream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's workstreams: created once from a process's typed records, shown with the case, and
 * reported on through the case API by their owners and those who work the case, every change in
 * the case's log with who made it.
 */
@IntegrationTest
class WorkstreamIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  static final String HR_OWNER = "hr.owner";

  @Autowired
  HubClient hub;

  @Autowired
  WorkstreamService workstreams;

  @Autowired
  ProcurementService procurement;

  String reference;
  long lotId;

  @BeforeEach
  void openACaseWithOneLot() {
    hub.ensureUser(HR_OWNER, "hr-lead");
    reference = open(Map.of());
    lotId = procurement.createLots(reference, List.of(LotPlan.named("North Devon")), MANAGER).get(0);
  }

  String open(Map<String, String> namedPeople) {
    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Mobilised " + System.nanoTime(), "namedPeople", namedPeople,
        "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    return response.body().get("reference").asText();
  }

  List<NewWorkstream> plan() {
    return List.of(
        new NewWorkstream(lotId, "North Devon", "Premises", "contract-manager", null, LocalDate.of(2027, 9, 1)),
        new NewWorkstream(null, "Whole area", "Staff transfer", "hr-lead", HR_OWNER, LocalDate.of(2027, 8, 3)));
  }

  JsonNode caseAs(String user) {
    var response = hub.get(user, "/api/cases/" + reference);
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  HubClient.Response patch(String user, long workstreamId, Map<String, ?> body) {
    return hub.send(user, "PATCH", "/api/cases/" + reference + "/workstreams/" + workstreamId, body);
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  @Test
  void workstreamsAreCreatedOnceAndShownWithTheCase() {
    var created = workstreams.createWorkstreams(reference, plan(), MANAGER);
    var again = workstreams.createWorkstreams(reference, plan(), MANAGER);

    assertThat(again).extracting(Workstream::getId).isEqualTo(created.stream().map(Workstream::getId).toList());
    var detail = caseAs(MANAGER);
    var shown = detail.get("workstreams");
    assertThat(texts(shown, "name")).containsExactly("Premises", "Staff transfer");
    assertThat(texts(shown, "lotNumber")).containsExactly("1", "null");
    assertThat(texts(shown, "item")).containsExactly("North Devon", "Whole area");
    assertThat(texts(shown, "ownerRole")).containsExactly("contract-manager", "hr-lead");
    assertThat(texts(shown, "ownerUser")).containsExactly("null", HR_OWNER);
    assertThat(texts(shown, "status")).containsOnly("not-started");
    assertThat(texts(shown, "dueDate")).containsExactly("2027-09-01", "2027-08-03");
    assertThat(texts(detail.get("events"), "type")).containsOnlyOnce("WORKSTREAMS_CREATED");
    // the named owner now sees the case, as the people it names do
    assertThat(texts(caseAs(HR_OWNER).get("workstreams"), "name")).containsExactly("Premises", "Staff transfer");
  }

  @Test
  void workstreamsBreakingARuleAreRefusedNamingEveryBadFieldAndNoneIsCreated() {
    var otherLot = procurement.createLots(open(Map.of()), List.of(LotPlan.named("Elsewhere")), MANAGER).get(0);

    var refused = catchThrowableOfType(InvalidInputException.class, () -> workstreams.createWorkstreams(reference,
        List.of(new NewWorkstream(lotId, "North Devon", " ", "contract-manager", null, null),
            new NewWorkstream(otherLot, "North Devon", "Keys training", "gardener", null, null),
            new NewWorkstream(null, "Whole area", "IT cut-over", "ig-lead", HR_OWNER, LocalDate.of(1999, 1, 1)),
            new NewWorkstream(null, "Whole area", "IT cut-over", "ig-lead", "nobody.here", null)),
        MANAGER));

    assertThat(refused.getProblems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
        "workstreams[0].name", "workstreams[1].lotId", "workstreams[1].ownerRole", "workstreams[2].dueDate",
        "workstreams[2].ownerUser", "workstreams[3].ownerUser", "workstreams[3].name");
    assertThat(caseAs(MANAGER).get("workstreams")).isEmpty();
  }

  @Test
  void theNamedOwnerReportsProgressAndTheChangeIsLoggedWithWhoMadeIt() {
    var staffTransfer = workstreams.createWorkstreams(reference, plan(), MANAGER).get(1);

    var reported = patch(HR_OWNER, staffTransfer.getId(),
        Map.of("status", "in-progress", "ragRating", "amber", "evidence", "Employee liability information requested"));

    assertThat(reported.status()).as(reported.body().toString()).isEqualTo(200);
    assertThat(reported.body().get("status").asText()).isEqualTo("in-progress");
    assertThat(reported.body().get("ragRating").asText()).isEqualTo("amber");
    assertThat(reported.body().get("updatedBy").asText()).isEqualTo(HR_OWNER);
    var events = caseAs(MANAGER).get("events");
    var last = events.get(events.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("WORKSTREAM_UPDATED");
    assertThat(last.get("actor").asText()).isEqualTo(HR_OWNER);
    assertThat(last.get("after").get("changes").get("status").get("from").asText()).isEqualTo("not-started");
    assertThat(last.get("after").get("changes").get("status").get("to").asText()).isEqualTo("in-progress");

    // reporting the same again changes nothing and logs nothing
    assertThat(patch(HR_OWNER, staffTransfer.getId(), Map.of("ragRating", "amber")).status()).isEqualTo(200);
    assertThat(caseAs(MANAGER).get("events")).hasSameSizeAs(events);
  }

  @Test
  void theOwnerRoleAndTheRolesThatWorkTheCaseMayUpdateALeadMayNot() {
    var premises = workstreams.createWorkstreams(reference, plan(), MANAGER).get(0);

    // the owner role, which works dental cases
    assertThat(patch("contract-manager", premises.getId(), Map.of("status", "in-progress")).status()).isEqualTo(200);
    // a role that works the case without owning the workstream
    assertThat(patch("dental-adviser", premises.getId(), Map.of("ragRating", "green")).status()).isEqualTo(200);
    // a lead sees every case but neither owns the workstream nor works the case
    var lead = patch("director-of-commissioning", premises.getId(), Map.of("ragRating", "red"));
    assertThat(lead.status()).isEqualTo(403);
    // to whoever does not see the case, neither it nor its workstream exists
    assertThat(patch("pcc-representative", premises.getId(), Map.of("ragRating", "red")).status()).isEqualTo(404);
    assertThat(caseAs(MANAGER).get("workstreams").get(0).get("ragRating").asText()).isEqualTo("green");
  }

  @Test
  void aMemberOfTheOwnerRoleTheCaseNamesMayUpdateOnlyTheWorkstreamsOfTheirRole() {
    reference = open(Map.of("hr-lead", "hr-lead"));
    var created = workstreams.createWorkstreams(reference,
        List.of(new NewWorkstream(null, "Whole area", "Staff transfer", "hr-lead", null, null),
            new NewWorkstream(null, "Whole area", "Premises", "contract-manager", null, null)), MANAGER);

    assertThat(patch("hr-lead", created.get(0).getId(), Map.of("status", "in-progress")).status()).isEqualTo(200);
    assertThat(patch("hr-lead", created.get(1).getId(), Map.of("status", "in-progress")).status()).isEqualTo(403);
  }

  @Test
  void aBadUpdateIsRefusedNamingEachBadFieldAndChangesNothing() {
    var premises = workstreams.createWorkstreams(reference, plan(), MANAGER).get(0);
    var before = caseAs(MANAGER);

    var doneWithoutEvidence = patch(MANAGER, premises.getId(), Map.of("status", "done", "ragRating", "green"));
    var tooLong = patch(MANAGER, premises.getId(), Map.of("status", "done", "evidence", "x".repeat(4001)));
    var unknownStatus = patch(MANAGER, premises.getId(), Map.of("status", "finished"));
    var unknownWorkstream = patch(MANAGER, 999_999, Map.of("status", "done"));

    assertThat(doneWithoutEvidence.status()).isEqualTo(400);
    assertThat(doneWithoutEvidence.problemFields()).containsExactly("evidence");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.problemFields()).containsExactly("evidence");
    assertThat(unknownStatus.status()).isEqualTo(400);
    assertThat(unknownStatus.problemFields()).containsExactly("status");
    assertThat(unknownWorkstream.status()).isEqualTo(404);
    var after = caseAs(MANAGER);
    assertThat(after.get("workstreams")).isEqualTo(before.get("workstreams"));
    assertThat(after.get("events")).isEqualTo(before.get("events"));
  }
}
