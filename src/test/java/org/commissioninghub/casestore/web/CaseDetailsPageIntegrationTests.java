package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting a case's programme details from its pages ({@code /cases/{reference}/details}) through
 * the real HTTP stack: the form starts from the details as they are, a correction is written and
 * logged, mistakes are each named with nothing changed, and only the roles that work the case may.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDetailsPageIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  /** A lead reads every case but changes none. */
  static final String LEAD = "programme-lead";

  @Autowired
  HubClient hub;

  String reference;

  @BeforeAll
  void openACase() {
    var response = hub.post("demo", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Details: Torbay urgent dental care", "namedPeople", Map.of("programme-lead", LEAD),
        "details", Map.of("trigger", "contract-ending", "area", "Torbay", "currentContractEndDate", "2027-03-31",
            "incumbentContractNumber", "TOR-0042")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    reference = response.body().get("reference").asText();
    hub.runDueJobs();
  }

  private String detailsPage() {
    return "/cases/" + reference + "/details";
  }

  private Map<String, String> form(String area, String endDate, String contractNumber) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("detail.trigger", "contract-ending");
    fields.put("detail.area", area);
    fields.put("detail.currentContractEndDate", endDate);
    fields.put("detail.incumbentContractNumber", contractNumber);
    return fields;
  }

  private com.fasterxml.jackson.databind.JsonNode details() {
    return hub.get("demo", "/api/cases/" + reference).body().get("details");
  }

  @Test
  void theFormStartsFromTheDetailsAsTheyAreWithDatesWrittenDayMonthYear() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);

    assertThat(manager.get("/cases/" + reference).body()).contains("href=\"/cases/" + reference + "/details\"");
    var page = manager.get(detailsPage());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Correct the case", "value=\"Torbay\"", "value=\"31/03/2027\"",
        "value=\"TOR-0042\"", "<option value=\"contract-ending\" selected=\"selected\"");
  }

  @Test
  void aCorrectedEndDateIsWrittenAndLoggedAndAClearedOptionalFieldIsRemoved() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);

    var saved = manager.submit(detailsPage(), detailsPage(), form("Torbay", "30/06/2027", ""));

    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/cases/" + reference + "#details");
    assertThat(details().get("currentContractEndDate").asText()).isEqualTo("2027-06-30");
    assertThat(details().path("incumbentContractNumber").isNull() || details().path("incumbentContractNumber").isMissingNode())
        .as("the cleared contract number").isTrue();
    assertThat(manager.get("/cases/" + reference).body()).contains("Details saved", "Details corrected", "30 June 2027");
  }

  @Test
  void everyMistakeIsNamedBesideItsFieldAndNothingChanges() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);
    var before = details();

    var refused = manager.submit(detailsPage(), detailsPage(), form("", "31/02/2027", "TOR-0042"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("There is a problem", "href=\"#details-area\"", "Enter the area",
        "href=\"#details-current-contract-end-date\"",
        "The end date of the current contract must be a real date, written as day/month/year");
    assertThat(refused.body()).as("what was typed is kept").contains("value=\"31/02/2027\"");
    assertThat(details()).isEqualTo(before);
  }

  @Test
  void theProgrammesOwnRuleIsNamedBesideItsField() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);
    var before = details();

    var refused = manager.submit(detailsPage(), detailsPage(), form("Torbay", "", "TOR-0042"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("href=\"#details-current-contract-end-date\"",
        "The end date of the current contract is required unless an access gap starts the procurement");
    assertThat(details()).isEqualTo(before);
  }

  @Test
  void aLeadWhoReadsTheCaseIsNeitherOfferedTheFormNorAllowedToPostIt() {
    var lead = PageSession.signIn(hub.baseUrl(), LEAD);
    var before = details();

    assertThat(lead.get("/cases/" + reference).body()).contains("Details: Torbay urgent dental care")
        .doesNotContain("/details\"");
    assertThat(lead.get(detailsPage()).status()).isEqualTo(403);
    var casePage = lead.get("/cases/" + reference);
    var refused = lead.post(detailsPage(), casePage.csrf(), form("Elsewhere", "30/06/2027", ""));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(details()).isEqualTo(before);
  }
}
