package org.commissioninghub.dental.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dental contract for one lot of a real case, through the real HTTP stack: every task submitted
 * as Tasklist submits it and recorded by the hub, timers run on the engine clock, and the contract
 * read back from {@code GET /api/cases/{reference}/contracts} by a role that may read the case and
 * refused to one that may not.
 */
@IntegrationTest
class DentalContractIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  static final String CONTRACTS = "contract-manager";
  static final String ADVISER = "dental-adviser";

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;

  @Autowired
  RuntimeService runtimeService;

  Tasks tasks;
  String reference;

  @BeforeEach
  void openACaseWithALotOf10000Udas() {
    tasks = new Tasks(hub);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 3, 10)));
    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Torbay contracts " + System.nanoTime(),
        "details", Map.of("trigger", "access-gap", "area", "Torbay")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    reference = response.body().get("reference").asText();
    var lotId = procurement.createLots(reference,
        List.of(new LotPlan("Torbay general", "general-urgent", "gds", 10_000, null)), MANAGER).get(0);
    runtimeService.startProcessInstanceByKey(DentalContractVariables.PROCESS_KEY, reference,
        Map.of("caseReference", reference, "caseTitle", "Torbay contracts", "lotId", lotId));
    hub.runDueJobs();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldKeepTwoContractYearsAClawbackAndAVariationWithItsTransparencyNotice() {
    mobiliseAndHandOver();

    // 2027/28: 9,000 of 10,000 UDAs, 90%: clawed back at 30 a UDA
    passMidYear(LocalDate.of(2027, 10, 2));
    reachYearEnd(LocalDate.of(2028, 4, 2));
    tasks.complete(CONTRACTS, reference, "Task_ReconcileYearEndDelivery",
        Map.of("deliveredUnits", 9_000, "variationProposal", "no"));
    var noPlan = submit(MANAGER, "Task_ChooseUnderDeliveryRemedy", Map.of("underDeliveryRemedy", "recovery-plan"));
    assertThat(noPlan.status()).as(noPlan.body().toString()).isEqualTo(400);
    tasks.complete(MANAGER, reference, "Task_ChooseUnderDeliveryRemedy", Map.of("underDeliveryRemedy", "clawback"));

    // 2028/29: 9,800 UDAs, 98%; a variation of 600,000 waits for its transparency notice
    passMidYear(LocalDate.of(2028, 10, 2));
    reachYearEnd(LocalDate.of(2029, 4, 2));
    tasks.complete(CONTRACTS, reference, "Task_ReconcileYearEndDelivery",
        Map.of("deliveredUnits", 9_800, "variationProposal", "yes"));
    tasks.complete(CONTRACTS, reference, "Task_RecordContractVariation", Map.of("variationDescription",
        "Add 2,000 UDAs for the new surgery", "variationValue", 600_000, "variationEffectiveDate", "2029-05-01"));
    var proposed = contractAs(MANAGER).get("variations").get(0);
    assertThat(proposed.get("status").asText()).isEqualTo("proposed");
    assertThat(proposed.get("transparencyNoticeRequired").asBoolean()).isTrue();
    tasks.complete(CONTRACTS, reference, "Task_PublishTransparencyNotice", Map.of(
        "transparencyNoticeReference", "FTS-2029-001", "transparencyNoticePublishedOn", "2029-04-10"));
    tasks.complete(MANAGER, reference, "Task_DecideWhetherToProcureAgain", Map.of("recommissioning", "yes",
        "recommissioningNotes", "Demand is still rising"));

    var contract = contractAs(MANAGER);
    assertThat(contract.get("status").asText()).isEqualTo("ended");
    assertThat(contract.get("annualContractValue").decimalValue()).isEqualByComparingTo("300000");
    assertThat(contract.get("endDate").asText()).isEqualTo("2029-03-31");
    var first = contract.get("years").get(0);
    assertThat(first.get("deliveryPercent").decimalValue()).isEqualByComparingTo("90.00");
    assertThat(first.get("outcome").asText()).isEqualTo("under-delivered");
    assertThat(first.get("remedy").asText()).isEqualTo("clawback");
    assertThat(first.get("clawbackValue").decimalValue()).isEqualByComparingTo("30000.00");
    var second = contract.get("years").get(1);
    assertThat(second.get("deliveryPercent").decimalValue()).isEqualByComparingTo("98.00");
    assertThat(second.get("outcome").asText()).isEqualTo("within-tolerance");
    assertThat(second.get("carriedForwardUnits").asInt()).isEqualTo(200);
    assertThat(second.get("broughtForwardUnits").asInt()).as("nothing after a year clawed back").isZero();
    assertThat(second.get("remedy").isNull()).isTrue();
    var variation = contract.get("variations").get(0);
    assertThat(variation.get("value").decimalValue()).isEqualByComparingTo("600000");
    assertThat(variation.get("transparencyNoticeReference").asText()).isEqualTo("FTS-2029-001");
    assertThat(variation.get("status").asText()).isEqualTo("in-effect");

    // the end of the term opened a new procurement of the service, triggered by the contract ending
    var successor = contract.get("successorCaseReference").asText();
    var opened = hub.get(MANAGER, "/api/cases/" + successor);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body().at("/details/trigger").asText()).isEqualTo("contract-ending");
    assertThat(opened.body().at("/details/currentContractEndDate").asText()).isEqualTo("2029-03-31");
    var log = hub.get(MANAGER, "/api/cases/" + reference).body().get("events").toString();
    assertThat(log).contains("CONTRACT_RECONCILED", "CONTRACT_VARIED", "CONTRACT_RECOMMISSIONED", "CONTRACT_ENDED");
  }

  @Test
  void shouldKeepTheNoticesOfAConcernNotRemediedAndCarryOverDeliveryForward() {
    mobiliseAndHandOver(1);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 10, 2)));
    hub.runDueJobs();
    tasks.complete(CONTRACTS, reference, "Task_ReviewMidYearDelivery", Map.of("deliveredToDate", 3_100,
        "contractConcern", "yes", "concernSummary", "Urgent sessions stopped in August"));
    var pastDeadline = submit(CONTRACTS, "Task_IssueRemedialNotice", Map.of("remedialAction",
        "Open the Saturday urgent sessions again", "remedialDeadline", "2027-10-01"));
    assertThat(pastDeadline.status()).as(pastDeadline.body().toString()).isEqualTo(400);
    tasks.complete(CONTRACTS, reference, "Task_IssueRemedialNotice", Map.of("remedialAction",
        "Open the Saturday urgent sessions again", "remedialDeadline", "2027-11-30"));
    assertThat(tasks.find(CONTRACTS, reference, "Task_CheckRemedialAction")).isEmpty();
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 12, 2)));
    hub.runDueJobs();
    tasks.complete(CONTRACTS, reference, "Task_CheckRemedialAction", Map.of("remedialActionTaken", "no"));
    tasks.complete(MANAGER, reference, "Task_IssueBreachNotice", Map.of("breachSummary",
        "Urgent sessions not restored", "breachNoticeReference", "BN-2027-01"));
    reachYearEnd(LocalDate.of(2028, 4, 2));
    tasks.complete(CONTRACTS, reference, "Task_ReconcileYearEndDelivery",
        Map.of("deliveredUnits", 10_150, "variationProposal", "no"));

    var contract = contractAs(MANAGER);
    var notices = contract.get("notices");
    assertThat(notices).hasSize(2);
    assertThat(notices.get(0).get("type").asText()).isEqualTo("remedial");
    assertThat(notices.get(0).get("deadline").asText()).isEqualTo("2027-11-30");
    assertThat(notices.get(0).get("remedied").asBoolean()).isFalse();
    assertThat(notices.get(0).get("summary").asText()).isEqualTo("Urgent sessions stopped in August");
    assertThat(notices.get(1).get("type").asText()).isEqualTo("breach");
    assertThat(notices.get(1).get("reference").asText()).isEqualTo("BN-2027-01");
    var year = contract.get("years").get(0);
    assertThat(year.get("outcome").asText()).isEqualTo("over-delivered");
    assertThat(year.get("deliveryPercent").decimalValue()).isEqualByComparingTo("101.50");
    assertThat(year.get("carriedForwardUnits").asInt()).isEqualTo(150);
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("events").toString())
        .contains("CONTRACT_OVER_PERFORMANCE", "carried forward");
    assertThat(tasks.find(MANAGER, reference, "Task_DecideWhetherToProcureAgain")).isPresent();
  }

  @Test
  void shouldShowTheContractsToWhoWorksTheCaseAndToNoOneElse() {
    mobiliseAndHandOver();

    var allowed = hub.get(CONTRACTS, "/api/cases/" + reference + "/contracts");
    var refused = hub.get("health-and-justice-commissioner", "/api/cases/" + reference + "/contracts");
    var anonymous = hub.get(null, "/api/cases/" + reference + "/contracts");

    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.body()).hasSize(1);
    assertThat(allowed.body().get(0).get("lotName").asText()).isEqualTo("Torbay general");
    assertThat(allowed.body().get(0).get("years")).hasSize(2);
    assertThat(refused.status()).isEqualTo(404);
    // the case shows its contracts too, in short
    var shown = hub.get(CONTRACTS, "/api/cases/" + reference).body().get("contracts");
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).get("lotName").asText()).isEqualTo("Torbay general");
    assertThat(shown.get(0).get("status").asText()).isEqualTo("active");
    assertThat(shown.get(0).get("endDate").asText()).isEqualTo("2029-03-31");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void shouldFixTheServiceStartAndAchieveTheGoLiveWhenAContractIsHandedOverOnOrAfterItsStart() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 4, 6)));

    mobiliseAndHandOver();

    var handedOver = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(handedOver.get("actualStartDate").asText()).isEqualTo("2027-04-01");
    var goLive = handedOver.get("milestones").get(0);
    assertThat(goLive.get("name").asText()).isEqualTo("Lot 1 Torbay general: contract starts (go-live)");
    assertThat(goLive.get("targetDate").asText()).isEqualTo("2027-04-01");
    assertThat(goLive.get("actualDate").asText()).isEqualTo("2027-04-01");
    assertThat(goLive.get("status").asText()).isEqualTo("ACHIEVED");
    assertThat(handedOver.get("events").toString())
        .contains("KEY_DATE_FIXED", "Service start date fixed: Thursday 1 April 2027", "MILESTONE_ACHIEVED");
  }

  @Test
  void shouldPlanTheGoLiveWhenAContractIsHandedOverBeforeItsStart() {
    mobiliseAndHandOver();

    var handedOver = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(handedOver.get("actualStartDate").asText()).isEqualTo("2027-04-01");
    var goLive = handedOver.get("milestones").get(0);
    assertThat(goLive.get("targetDate").asText()).isEqualTo("2027-04-01");
    assertThat(goLive.get("actualDate").isNull()).isTrue();
    assertThat(goLive.get("status").asText()).isEqualTo("PLANNED");
    assertThat(handedOver.get("milestones")).hasSize(1);
  }

  void mobiliseAndHandOver() {
    mobiliseAndHandOver(2);
  }

  void mobiliseAndHandOver(int termYears) {
    tasks.complete(CONTRACTS, reference, "Task_ConfirmPremises", Map.of("premisesAddress", "1 Harbour Street, Torquay"));
    tasks.complete(ADVISER, reference, "Task_CheckPerformerList", Map.of("performersChecked", "A. Dentist (GDC 12345)",
        "performerListCheckedOn", "2027-03-12"));
    tasks.complete(CONTRACTS, reference, "Task_ConfirmCqcRegistration", Map.of("cqcProviderId", "1-1234567"));
    tasks.complete(CONTRACTS, reference, "Task_SetUpNhsbsaContract", Map.of("nhsbsaContractNumber", "123456/0001",
        "annualContractValue", 300_000, "termYears", termYears));
    tasks.complete(CONTRACTS, reference, "Task_HandOverToContractManagement", Map.of("contractStartDate",
        "2027-04-01", "handoverNotes", "Reconciled through NHSBSA year-end data"));
  }

  void passMidYear(LocalDate after) {
    ClockUtil.setCurrentTime(at(after));
    hub.runDueJobs();
    tasks.complete(CONTRACTS, reference, "Task_ReviewMidYearDelivery", Map.of("deliveredToDate", 4_600,
        "contractConcern", "no"));
  }

  void reachYearEnd(LocalDate after) {
    assertThat(tasks.find(CONTRACTS, reference, "Task_ReconcileYearEndDelivery")).isEmpty();
    ClockUtil.setCurrentTime(at(after));
    hub.runDueJobs();
  }

  HubClient.Response submit(String user, String taskDefinitionKey, Map<String, ?> values) {
    var task = tasks.find(user, reference, taskDefinitionKey).orElseThrow();
    return tasks.submit(user, task.get("id").asText(), values);
  }

  JsonNode contractAs(String user) {
    var response = hub.get(user, "/api/cases/" + reference + "/contracts");
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response.body().get(0);
  }

  static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant());
  }
}
