package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening a case from the hub's pages: the same rules and roles as the API, each mistake named. */
@IntegrationTest
class CaseOpeningPageIntegrationTests {

  private static final String MANAGER = "commissioning-manager";
  private static final String DENTAL_FORM = "/cases/new?programme=dental-procurement";

  @Autowired
  HubClient hub;

  private long cases() {
    return hub.get("demo", "/api/cases?size=1").body().get("totalElements").asLong();
  }

  private Map<String, String> dentalCase() {
    var form = new LinkedHashMap<String, String>();
    form.put("programme", "dental-procurement");
    form.put("title", "Pages: Cornwall urgent dental care");
    form.put("detail.trigger", "contract-ending");
    form.put("detail.area", "Cornwall");
    form.put("detail.currentContractEndDate", "31/03/2027");
    form.put("commissioner", "NHS England South West");
    form.put("integratedCareSystem", "Cornwall and the Isles of Scilly");
    form.put("valueGbp", "£2,400,000");
    form.put("targetStartDate", "1/4/2027");
    form.put("targetEndDate", "31/03/2032");
    return form;
  }

  @Test
  void aCommissioningManagerChoosesTheProgrammeThenOpensACaseAndLandsOnItsPage() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);
    assertThat(manager.get("/cases").body()).contains("href=\"/cases/new\"");
    assertThat(manager.get("/cases/new").body()).contains("Open a case", "Dental procurement", "Continue");
    assertThat(manager.get(DENTAL_FORM).body()).contains("Reason the procurement starts", "Contract ending",
        "End date of the current contract (optional)", "Day/month/year");

    var opened = manager.submit(DENTAL_FORM, "/cases/new", dentalCase());

    assertThat(opened.status()).isEqualTo(302);
    assertThat(opened.location()).contains("/cases/DEN-");
    var reference = opened.location().substring(opened.location().lastIndexOf('/') + 1);
    assertThat(manager.get("/cases/" + reference).body()).contains("Case " + reference + " opened");
    var json = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(json.get("title").asText()).isEqualTo("Pages: Cornwall urgent dental care");
    assertThat(json.get("details").get("currentContractEndDate").asText()).isEqualTo("2027-03-31");
    assertThat(json.get("details").get("trigger").asText()).isEqualTo("contract-ending");
    assertThat(json.get("valueGbp").decimalValue()).isEqualByComparingTo("2400000");
    assertThat(json.get("targetStartDate").asText()).isEqualTo("2027-04-01");
    assertThat(json.get("createdBy").asText()).isEqualTo(MANAGER);
    hub.runDueJobs();
    assertThat(new Tasks(hub).find(MANAGER, reference, "Task_AssessOralHealthNeeds")).isPresent();
  }

  @Test
  void aFormWithMistakesNamesEachAndOpensNothing() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);
    var before = cases();
    var form = dentalCase();
    form.put("title", "");
    form.put("detail.area", "");
    form.put("detail.currentContractEndDate", "31/02/2027");
    form.put("valueGbp", "two million");

    var refused = manager.submit(DENTAL_FORM, "/cases/new", form);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("There is a problem", "href=\"#open-title\"", "Enter the title",
        "href=\"#open-detail-area\"", "Enter the area",
        "href=\"#open-detail-current-contract-end-date\"", "must be a real date",
        "href=\"#open-value-gbp\"", "The value must be an amount in pounds", "value=\"two million\"");
    // the error summary lists the fields in the form's order
    assertThat(refused.body().indexOf("href=\"#open-title\"")).isLessThan(refused.body().indexOf("href=\"#open-detail-area\""));
    assertThat(refused.body().indexOf("href=\"#open-detail-area\"")).isLessThan(refused.body().indexOf("href=\"#open-value-gbp\""));
    assertThat(cases()).isEqualTo(before);

    var datesOutOfOrder = dentalCase();
    datesOutOfOrder.put("targetStartDate", "01/04/2032");
    var refusedDates = manager.submit(DENTAL_FORM, "/cases/new", datesOutOfOrder);
    assertThat(refusedDates.status()).isEqualTo(400);
    assertThat(refusedDates.body()).contains("The target end date must not be before the target start date");

    var noEndDate = dentalCase();
    noEndDate.remove("detail.currentContractEndDate");
    var refusedRule = manager.submit(DENTAL_FORM, "/cases/new", noEndDate);
    assertThat(refusedRule.status()).isEqualTo(400);
    assertThat(refusedRule.body()).contains("href=\"#open-detail-current-contract-end-date\"");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aRoleThatDoesNotOpenCasesIsRefusedAndOfferedNoLink() {
    var finance = PageSession.signIn(hub.baseUrl(), "finance-lead");
    var before = cases();

    assertThat(finance.get("/cases").body()).doesNotContain("href=\"/cases/new\"");
    assertThat(finance.get("/cases/new").status()).isEqualTo(403);
    var posted = finance.submit("/cases", "/cases/new", dentalCase());

    assertThat(posted.status()).isEqualTo(403);
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aProgrammeTheHubDoesNotRunIsNamed() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);

    var page = manager.get("/cases/new?programme=weather-forecasting");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("Choose a programme from the list");
  }

  @Test
  void aProgrammeWhoseDetailsAreListsIsNotOfferedOnThePageButPointedToTheApiAndOpensNothing() {
    var manager = PageSession.signIn(hub.baseUrl(), MANAGER);
    var before = cases();

    var choice = manager.get("/cases/new");
    var asked = manager.get("/cases/new?programme=prison-healthcare-mobilisation");
    var posted = manager.submit("/cases/new", "/cases/new",
        Map.of("programme", "sarc-recommissioning", "title", "Avon and Somerset SARC"));

    assertThat(choice.body()).contains("<option value=\"dental-procurement\"")
        .doesNotContain("<option value=\"prison-healthcare-mobilisation\"",
            "<option value=\"sarc-recommissioning\"", "<option value=\"pcn-development\"",
            "<option value=\"delegation-due-diligence\"")
        .contains("Prison healthcare contract mobilisation, SARC recommissioning, PCN development and Delegation due"
            + " diligence</span>",
            "cases are opened through the case API");
    assertThat(asked.status()).isEqualTo(400);
    assertThat(asked.body()).contains("Prison healthcare contract mobilisation cases are opened through the case API");
    assertThat(posted.status()).isEqualTo(400);
    assertThat(posted.body()).contains("SARC recommissioning cases are opened through the case API");
    assertThat(cases()).isEqualTo(before);
  }
}
