package org.commissioninghub.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.delegation.DelegationSteps;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NHS England's allocation recorded as published from a delegation case's page: by the finance lead
 * or the head of primary care while finance assurance waits for it, which starts finance assurance
 * and is logged; refused to other roles, and refused with the reason while the case is not waiting.
 */
@IntegrationTest
class FinanceAllocationPageIntegrationTests {

  static final String FINANCE = "finance-lead";
  static final String HR = "hr-lead";
  static final String BUTTON = "id=\"record-finance-allocation\"";

  @Autowired
  HubClient hub;

  DelegationSteps steps;

  Tasks tasks;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-16T09:00:00Z")));
    steps = new DelegationSteps(hub, "Allocation page " + Long.toString(System.currentTimeMillis() % 1_000_000, 36));
    tasks = new Tasks(hub);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theFinanceLeadRecordsTheAllocationAsPublishedAndFinanceAssuranceStartsAtOnce() {
    var reference = waitingForTheAllocation("Allocation recorded");
    var finance = PageSession.signIn(hub.baseUrl(), FINANCE);
    assertThat(finance.get("/cases/" + reference).body())
        .contains("Allocation date reached", "waits for NHS England to publish the ICB's allocation", BUTTON);
    assertThat(tasks.find(FINANCE, reference, "Task_AssureFinance")).isEmpty();

    var recorded = finance.submit("/cases/" + reference, "/cases/" + reference + "/finance-allocation", Map.of());

    assertThat(recorded.status()).isEqualTo(302);
    assertThat(recorded.location()).endsWith("/cases/" + reference + "#tasks");
    assertThat(tasks.find(FINANCE, reference, "Task_AssureFinance")).isPresent();
    var page = finance.get("/cases/" + reference).body();
    assertThat(page).contains("Finance allocation recorded as published", "Finance allocation published")
        .doesNotContain(BUTTON);
    assertThat(hub.get("demo", "/api/cases/" + reference).body().toString())
        .contains("FINANCE_ALLOCATION_PUBLISHED");
  }

  @Test
  void theHeadOfPrimaryCareMayRecordItTooButAnotherRoleOfTheProgrammeIsRefusedAndNothingMoves() {
    var reference = waitingForTheAllocation("Allocation by role");

    var hr = PageSession.signIn(hub.baseUrl(), HR);
    var hrPage = hr.get("/cases/" + reference);
    assertThat(hrPage.body()).contains("waits for NHS England to publish the ICB's allocation").doesNotContain(BUTTON);
    var refused = hr.post("/cases/" + reference + "/finance-allocation", hrPage.csrf(), Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("recorded by the finance lead or the head of primary care");
    assertThat(tasks.find(FINANCE, reference, "Task_AssureFinance")).isEmpty();

    var outsider = PageSession.signIn(hub.baseUrl(), "pcn-clinical-director");
    assertThat(outsider.post("/cases/" + reference + "/finance-allocation", outsider.get("/").csrf(),
        Map.of()).status()).isEqualTo(404);

    var head = PageSession.signIn(hub.baseUrl(), DelegationSteps.HEAD);
    assertThat(head.get("/cases/" + reference).body()).contains(BUTTON);
    assertThat(head.submit("/cases/" + reference, "/cases/" + reference + "/finance-allocation", Map.of())
        .status()).isEqualTo(302);
    assertThat(tasks.find(FINANCE, reference, "Task_AssureFinance")).isPresent();
  }

  @Test
  void recordingItBeforeTheCaseWaitsForItIsRefusedWithTheReasonAndNothingIsLogged() {
    var reference = steps.open("Allocation too early");
    var finance = PageSession.signIn(hub.baseUrl(), FINANCE);
    var page = finance.get("/cases/" + reference);
    assertThat(page.body()).doesNotContain(BUTTON);

    var early = finance.post("/cases/" + reference + "/finance-allocation", page.csrf(), Map.of());

    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body()).contains("is not waiting for the finance allocation");
    assertThat(hub.get("demo", "/api/cases/" + reference).body().toString())
        .doesNotContain("FINANCE_ALLOCATION_PUBLISHED");
  }

  private String waitingForTheAllocation(String title) {
    var reference = steps.open(title);
    steps.expressInterest(reference);
    steps.passTheChecklist(reference);
    return reference;
  }
}
