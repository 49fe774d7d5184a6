package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bids and scores are read by the evaluation panel of the lot, the procurement lead and the
 * approvers of the award; a panel member reads only their own scores until moderation begins.
 */
@IntegrationTest
class EvaluationAccessIntegrationTests {

  static final String PROCUREMENT_LEAD = "procurement-lead";
  static final String PANEL_A = "panel.alpha";
  static final String PANEL_B = "panel.bravo";
  static final String AWARD_APPROVERS = "primary-care-commissioning-committee";

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;


  String reference;
  long lotId;
  List<Long> bidIds;

  @BeforeEach
  void scoreOneLotWithTwoPanelMembers() {
    hub.ensureUser(PANEL_A, "evaluation-panel");
    hub.ensureUser(PANEL_B, "evaluation-panel");
    reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Evaluated " + System.nanoTime(), "details", Map.of("trigger", "access-gap", "area", "Plymouth")))
        .body().get("reference").asText();
    lotId = procurement.createLots(reference, List.of(LotPlan.named("Plymouth urgent care")), PROCUREMENT_LEAD).get(0);
    var weights = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
    for (var criterion : KeyCriterion.values()) {
      weights.put(criterion, 20);
    }
    var now = Instant.now();
    procurement.planTender(lotId, weights, now.plus(10, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS),
        List.of(PANEL_A, PANEL_B), AWARD_APPROVERS, PROCUREMENT_LEAD);
    bidIds = procurement.recordBids(lotId, List.of("Smile Dental Ltd", "Bright Teeth CIC"), PROCUREMENT_LEAD);
    for (var bidId : bidIds) {
      procurement.recordScores(bidId, PANEL_A, false, scores(4), "Strong");
      procurement.recordScores(bidId, PANEL_B, false, scores(2), "Weak");
    }
  }

  static Map<KeyCriterion, Integer> scores(int each) {
    var scores = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
    for (var criterion : KeyCriterion.values()) {
      scores.put(criterion, each);
    }
    return scores;
  }

  JsonNode lot(String user) {
    var response = hub.get(user, "/api/cases/" + reference + "/lots");
    assertThat(response.status()).as(user).isEqualTo(200);
    return response.body().get(0);
  }

  static List<String> evaluators(JsonNode lot) {
    var evaluators = new ArrayList<String>();
    lot.get("bids").forEach(bid -> bid.get("scores").forEach(score -> evaluators.add(score.get("evaluator").asText())));
    return evaluators.stream().distinct().toList();
  }

  List<String> eventTypes(String user) {
    var types = new ArrayList<String>();
    hub.get(user, "/api/cases/" + reference).body().get("events").forEach(event -> types.add(event.get("type").asText()));
    return types;
  }

  @Test
  void theProcurementLeadAndTheAwardApproversReadEveryBidAndScore() {
    for (var user : List.of(PROCUREMENT_LEAD, AWARD_APPROVERS, "demo")) {
      var lot = lot(user);
      assertThat(lot.get("bids")).as(user).hasSize(2);
      assertThat(evaluators(lot)).as(user).containsExactlyInAnyOrder(PANEL_A, PANEL_B);
      assertThat(eventTypes(user)).as(user).contains("BIDS_RECEIVED", "BID_EVALUATED");
    }
  }

  @Test
  void othersWorkingTheCaseSeeTheLotWithoutItsBidsOrScores() {
    for (var user : List.of("finance-lead", "programme-manager", "programme-lead")) {
      var lot = lot(user);
      assertThat(lot.get("name").asText()).isEqualTo("Plymouth urgent care");
      assertThat(lot.get("bids")).as(user).isEmpty();
      assertThat(eventTypes(user)).as(user).contains("TENDER_PLANNED")
          .doesNotContain("BIDS_RECEIVED", "BID_EVALUATED");
    }
  }

  @Test
  void aPanelMemberReadsOnlyTheirOwnScoresUntilModerationBegins() {
    var before = lot(PANEL_A);
    assertThat(before.get("bids")).hasSize(2);
    assertThat(evaluators(before)).containsExactly(PANEL_A);
    assertThat(before.get("bids").get(0).get("rank").isNull()).isTrue();
    assertThat(hub.get(PANEL_A, "/api/cases/" + reference).body().get("events").toString())
        .contains("scored by " + PANEL_A).doesNotContain("scored by " + PANEL_B);

    procurement.recordScores(bidIds.get(0), PROCUREMENT_LEAD, true, scores(3), "Agreed at moderation");

    assertThat(evaluators(lot(PANEL_A))).contains(PANEL_A, PANEL_B);
    assertThat(hub.get(PANEL_A, "/api/cases/" + reference).body().get("events").toString())
        .contains("scored by " + PANEL_B);
  }

  @Test
  void thePanelSeesTheCaseOnlyThroughItsLotAndMayNotChangeIt() {
    assertThat(hub.get(PANEL_B, "/api/cases/" + reference).status()).isEqualTo(200);
    assertThat(hub.send(PANEL_B, "PUT", "/api/cases/" + reference + "/rag-rating", Map.of("ragRating", "red"))
        .status()).isEqualTo(403);
    assertThat(hub.get("hr-lead", "/api/cases/" + reference + "/lots").status()).isEqualTo(404);
  }
}
