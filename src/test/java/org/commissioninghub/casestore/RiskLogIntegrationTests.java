package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's risk log on the NHS 5×5 matrix: banded, re-scored, closed, and weighed against a green rating. */
@IntegrationTest
class RiskLogIntegrationTests {

  private static final String MANAGER = "commissioning-manager";
  private static final String PROGRAMME_MANAGER = "programme-manager";

  @Autowired
  HubClient hub;

  @Test
  void aRiskIsStoredWithItsBandAndTheLogFiltersByBandAndStatus() {
    var reference = openCase("Banded");
    addRisk(reference, "Incumbent hands back early", 5, 5);
    addRisk(reference, "Premises lease ends", 2, 3);
    addRisk(reference, "Performer list delays", 3, 4);

    var all = hub.get(MANAGER, risks(reference)).body();
    assertThat(texts(all, "band")).containsExactly("extreme", "high", "moderate");
    assertThat(texts(all, "bandName")).containsExactly("Extreme", "High", "Moderate");
    assertThat(texts(hub.get(MANAGER, risks(reference) + "?band=extreme").body(), "description"))
        .containsExactly("Incumbent hands back early");
    assertThat(hub.get(MANAGER, risks(reference) + "?band=severe").problemFields()).containsExactly("band");
    assertThat(hub.get(MANAGER, risks(reference) + "?status=closed").body()).isEmpty();
  }

  @Test
  void aLikelihoodThatIsNotAWholeNumberIsRefusedNotRoundedDown() {
    var reference = openCase("Fractions");

    var response = hub.post(MANAGER, risks(reference), Map.of("description", "Half likely", "likelihood", 2.5,
        "impact", 3));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactly("likelihood");
    assertThat(response.body().toString()).contains("must be a whole number");
    assertThat(hub.get(MANAGER, risks(reference)).body()).isEmpty();
  }

  @Test
  void aRiskIsReScoredAndClosedWithItsHistoryInTheEventLog() {
    var reference = openCase("Re-scored");
    var id = addRisk(reference, "Incumbent hands back early", 4, 4).get("id").asLong();

    var rescored = hub.send(PROGRAMME_MANAGER, "PATCH", risks(reference) + "/" + id,
        Map.of("likelihood", 2, "mitigation", "Interim contract agreed", "reason", "Interim arrangement signed"));
    assertThat(rescored.status()).isEqualTo(200);
    assertThat(rescored.body().get("score").asInt()).isEqualTo(8);
    assertThat(rescored.body().get("band").asText()).isEqualTo("high");

    var closed = hub.send(PROGRAMME_MANAGER, "PATCH", risks(reference) + "/" + id,
        Map.of("status", "closed", "reason", "New contract started"));
    assertThat(closed.body().get("status").asText()).isEqualTo("closed");

    var updates = new ArrayList<JsonNode>();
    hub.get(MANAGER, "/api/cases/" + reference).body().get("events").forEach(event -> {
      if (event.get("type").asText().equals("RISK_UPDATED")) {
        updates.add(event);
      }
    });
    assertThat(updates).hasSize(2);
    assertThat(updates.get(0).get("actor").asText()).isEqualTo(PROGRAMME_MANAGER);
    assertThat(updates.get(0).get("before").get("score").asInt()).isEqualTo(16);
    assertThat(updates.get(0).get("before").get("band").asText()).isEqualTo("extreme");
    assertThat(updates.get(0).get("after").get("band").asText()).isEqualTo("high");
    assertThat(updates.get(0).get("after").get("reason").asText()).isEqualTo("Interim arrangement signed");
    assertThat(updates.get(0).get("after").has("description")).isFalse();
    assertThat(updates.get(1).get("after").get("status").asText()).isEqualTo("closed");
  }

  @Test
  void aBadUpdateIsRefusedNamingEachFieldAndChangesNothing() {
    var reference = openCase("Bad update");
    var id = addRisk(reference, "Premises lease ends", 2, 3).get("id").asLong();

    var response = hub.send(MANAGER, "PATCH", risks(reference) + "/" + id, Map.of("likelihood", 6, "impact", 0));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.problemFields()).containsExactlyInAnyOrder("likelihood", "impact");
    assertThat(hub.get(MANAGER, risks(reference)).body().get(0).get("score").asInt()).isEqualTo(6);
    assertThat(hub.send(MANAGER, "PATCH", risks(reference) + "/999999", Map.of("likelihood", 1)).status())
        .isEqualTo(404);
  }

  @Test
  void aCaseWithAnOpenExtremeRiskIsRatedGreenOnlyWithAReason() {
    var reference = openCase("Green with care");
    var id = addRisk(reference, "Incumbent hands back early", 5, 4).get("id").asLong();

    var refused = rate(reference, Map.of("ragRating", "green"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemFields()).containsExactly("reason");
    assertThat(refused.body().toString()).contains("Incumbent hands back early");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("ragRating").isNull()).isTrue();

    assertThat(rate(reference, Map.of("ragRating", "amber")).status()).isEqualTo(204);
    assertThat(rate(reference, Map.of("ragRating", "green", "reason", "The board accepts the risk")).status())
        .isEqualTo(204);
    var detail = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(detail.get("ragRating").asText()).isEqualTo("green");
    var events = detail.get("events");
    assertThat(events.get(events.size() - 1).get("after").get("reason").asText()).isEqualTo("The board accepts the risk");

    // once the risk is closed, green needs no reason
    hub.send(MANAGER, "PATCH", risks(reference) + "/" + id, Map.of("status", "closed"));
    assertThat(rate(reference, Map.of("ragRating", "red")).status()).isEqualTo(204);
    assertThat(rate(reference, Map.of("ragRating", "green")).status()).isEqualTo(204);
  }

  @Test
  void aLeadReadsTheRiskLogButOnlyThoseWhoWorkTheCaseChangeIt() {
    var reference = openCase("Lead reads");
    var id = addRisk(reference, "Premises lease ends", 2, 3).get("id").asLong();

    assertThat(hub.get("programme-lead", risks(reference)).status()).isEqualTo(200);
    assertThat(hub.send("programme-lead", "PATCH", risks(reference) + "/" + id, Map.of("status", "closed")).status())
        .isEqualTo(403);
    assertThat(hub.get(MANAGER, risks(reference)).body().get(0).get("status").asText()).isEqualTo("open");
  }

  private String openCase(String title) {
    return hub.post(MANAGER, "/api/cases", CaseApiIntegrationTests.dentalCase(title)).body().get("reference").asText();
  }

  private JsonNode addRisk(String reference, String description, int likelihood, int impact) {
    var response = hub.post(MANAGER, risks(reference), Map.of("description", description, "likelihood", likelihood,
        "impact", impact));
    assertThat(response.status()).isEqualTo(201);
    return response.body();
  }

  private HubClient.Response rate(String reference, Map<String, String> body) {
    return hub.send(MANAGER, "PUT", "/api/cases/" + reference + "/rag-rating", body);
  }

  private static String risks(String reference) {
    return "/api/cases/" + reference + "/risks";
  }

  private static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }
}
