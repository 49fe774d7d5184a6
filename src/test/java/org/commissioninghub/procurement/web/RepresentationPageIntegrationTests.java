package org.commissioninghub.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A provider's representation entered from the case's pages: taken during the lot's standstill,
 * refused outside it with the reason, every missing field named, and only for those who receive
 * representations (the same rules as the lots API).
 */
@IntegrationTest
class RepresentationPageIntegrationTests {

  static final String LEAD = "procurement-lead";

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;

  @Autowired
  RuntimeService runtime;

  @Test
  void theProcurementLeadEntersARepresentationDuringTheStandstillItsEndShownAndTheAwardWaitsForItsReview() {
    var reference = caseWithOneLot("Representation page: Torquay");
    var lotId = procurement.lotsOf(reference).get(0).getId();
    runtime.startProcessInstanceByKey("StandstillProcess", reference, Map.of("caseReference", reference,
        "caseTitle", "Representation page: Torquay", "lotId", lotId, "preferredProvider", "Bright Teeth CIC"));
    hub.runDueJobs();
    var lead = PageSession.signIn(hub.baseUrl(), LEAD);
    assertThat(lead.get("/cases/" + reference).body()).contains("id=\"enter-representation\"",
        "What the case is waiting for", "Standstill period ended — " + procurement.lotsOf(reference).get(0).displayName()
            + "</span>: <span>midnight at the end of ");

    var entered = lead.submit("/cases/" + reference + "/representation", "/cases/" + reference + "/representation",
        Map.of("lot", "1", "summary", "Smile Dental Ltd questions the quality scores."));

    assertThat(entered.status()).isEqualTo(302);
    assertThat(entered.location()).endsWith("/cases/" + reference + "#events");
    hub.runDueJobs();
    var page = lead.get("/cases/" + reference).body();
    assertThat(page).contains("Representation entered for lot 1", "representation received", "Review representation");
  }

  @Test
  void aRepresentationOutsideTheStandstillIsRefusedWithTheReasonAndMissingFieldsAreNamed() {
    var reference = caseWithOneLot("Representation page: Paignton");
    var lead = PageSession.signIn(hub.baseUrl(), LEAD);
    var form = "/cases/" + reference + "/representation";

    var outside = lead.submit(form, form, Map.of("lot", "1", "summary", "Too late"));
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.body()).contains("There is a problem", "is not in its standstill", "href=\"#representation-lot\"");

    var empty = lead.submit(form, form, Map.of("lot", "", "summary", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("Choose the lot the representation is about", "Enter what the provider says");
    assertThat(hub.get("demo", "/api/cases/" + reference).body().toString()).doesNotContain("REPRESENTATION_RECEIVED");
  }

  @Test
  void onlyThoseWhoReceiveRepresentationsMayEnterOneAndOutsidersDoNotSeeTheCase() {
    var reference = caseWithOneLot("Representation page: Brixham");
    var form = "/cases/" + reference + "/representation";

    var finance = PageSession.signIn(hub.baseUrl(), "finance-lead");
    assertThat(finance.get("/cases/" + reference).body()).doesNotContain("id=\"enter-representation\"");
    assertThat(finance.get(form).status()).isEqualTo(403);
    var refused = finance.post(form, finance.get("/cases/" + reference).csrf(), Map.of("lot", "1", "summary", "x"));
    assertThat(refused.status()).isEqualTo(403);

    assertThat(PageSession.signIn(hub.baseUrl(), "hr-lead").get(form).status()).isEqualTo(404);
  }

  private String caseWithOneLot(String title) {
    var reference = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", title, "details", Map.of("trigger", "access-gap", "area", "Torbay"))).body().get("reference").asText();
    procurement.createLots(reference, List.of(new LotPlan("Torbay general", "general-urgent", "gds", 10_000, null)),
        LEAD);
    return reference;
  }
}
