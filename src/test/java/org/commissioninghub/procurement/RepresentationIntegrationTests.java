package org.commissioninghub.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A provider's representation during a lot's standstill, as the commissioner who received it enters it. */
@IntegrationTest
class RepresentationIntegrationTests {

  private static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;

  @Autowired
  RuntimeService runtime;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theRepresentationsEventNamesThePersonWhoEnteredItNotTheHub() {
    var reference = caseInStandstill();

    var entered = hub.post(MANAGER, "/api/cases/" + reference + "/lots/1/representations",
        Map.of("summary", "Smile Dental Ltd questions the quality scores."));
    assertThat(entered.status()).as(entered.body().toString()).isEqualTo(202);
    hub.runDueJobs();

    var received = events(reference, "REPRESENTATION_RECEIVED");
    assertThat(received).singleElement().satisfies(event -> {
      assertThat(event.get("actor").asText()).isEqualTo(MANAGER);
      assertThat(event.get("after").get("summary").asText()).isEqualTo("Smile Dental Ltd questions the quality scores.");
    });
  }

  @Test
  void someoneWhoDoesNotReceiveRepresentationsCannotEnterOneAndNothingIsRecorded() {
    var reference = caseInStandstill();

    var refused = hub.post("finance-lead", "/api/cases/" + reference + "/lots/1/representations",
        Map.of("summary", "Entered by the wrong person."));
    hub.runDueJobs();

    assertThat(refused.status()).isIn(403, 404);
    assertThat(events(reference, "REPRESENTATION_RECEIVED")).isEmpty();
  }

  /** A dental case whose one lot is in its standstill. */
  private String caseInStandstill() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-24T10:00:00Z")));
    var reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
            "title", "Representation test", "details", Map.of("trigger", "access-gap", "area", "Torbay")))
        .body().get("reference").asText();
    var lotId = procurement.createLots(reference,
        List.of(new LotPlan("Torbay general", "general-urgent", "gds", 10_000, null)), MANAGER).get(0);
    runtime.startProcessInstanceByKey("StandstillProcess", reference, Map.of(
        "caseReference", reference, "caseTitle", "Representation test", "lotId", lotId,
        "preferredProvider", "Bright Teeth CIC"));
    hub.runDueJobs();
    return reference;
  }

  private List<JsonNode> events(String reference, String type) {
    var matching = new ArrayList<JsonNode>();
    hub.get(MANAGER, "/api/cases/" + reference).body().get("events").forEach(event -> {
      if (type.equals(event.get("type").asText())) {
        matching.add(event);
      }
    });
    return matching;
  }
}
