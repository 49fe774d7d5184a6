package org.commissioninghub.dental.demo;

import static org.commissioninghub.procurement.demo.ProcurementAnswers.lotIndexOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.demo.CaseKeeping;
import org.commissioninghub.demo.DemoCase;
import org.commissioninghub.demo.OpenTask;
import org.commissioninghub.demo.ProgrammeWalk;
import org.commissioninghub.dental.ContractForm;
import org.commissioninghub.dental.DentalServiceType;
import org.commissioninghub.dental.DentalStage;
import org.commissioninghub.dental.ProcurementTrigger;
import org.commissioninghub.dental.demo.DentalAreas.Area;
import org.commissioninghub.dental.demo.DentalJourney.Route;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.demo.ProcurementAnswers;
import org.commissioninghub.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * How generated dental procurements go: opened by a commissioning manager for a real area and its
 * ICB, one to three lots of real kinds and sizes, and each task answered as the person who holds
 * it would, according to the case's {@link DentalJourney}; its milestones and RAG rating kept as
 * {@link DentalCaseKeeping} says.
 */
@Component
class DentalProcurementWalk implements ProgrammeWalk<DentalJourney> {

  static final String ASSESS_NEEDS = "Task_AssessOralHealthNeeds";
  static final String DESIGN_LOTS = "Task_DesignLots";
  static final String PREPARE_BUSINESS_CASE = "Task_PrepareBusinessCase";
  static final String CHECK_AFFORDABILITY = "Task_CheckAffordability";
  static final String APPROVE_STAGE = "Task_ApproveStage";
  static final String ANSWER_PSR_QUESTIONS = "Task_AnswerPsrQuestions";
  static final String CONFIRM_ROUTE = "Task_ConfirmProcurementRoute";
  static final String ASSESS_PROVIDER = "Task_AssessProvider";
  static final String SET_UP_NHSBSA_CONTRACT = "Task_SetUpNhsbsaContract";

  /** A lot as designed: where, what, on which contract form, how much activity and its value a year. */
  record PlannedLot(String name, String town, DentalServiceType serviceType, ContractForm contractForm,
      Integer contractedUdas, Integer contractedUoas, long annualValue, String incumbent) {}

  private final Clock clock;
  private final ObjectMapper objectMapper;
  private final WorkingDayCalendar workingDays;
  private final DentalCaseKeeping dentalKeeping;
  private final ProcurementAnswers procurementAnswers;

  DentalProcurementWalk(Clock clock, ObjectMapper objectMapper, WorkingDayCalendar workingDays,
      ProcurementAnswers procurementAnswers) {
    this.clock = clock;
    this.objectMapper = objectMapper;
    this.workingDays = workingDays;
    this.dentalKeeping = new DentalCaseKeeping(workingDays);
    this.procurementAnswers = procurementAnswers;
  }

  @Override
  public Programme programme() {
    return Programme.DENTAL_PROCUREMENT;
  }

  @Override
  public List<DentalJourney> journeys() {
    return Arrays.asList(DentalJourney.values());
  }

  @Override
  public String openerRole() {
    return Role.COMMISSIONING_MANAGER.groupId();
  }

  @Override
  public Set<String> roles() {
    return Set.of(Role.COMMISSIONING_MANAGER.groupId(), Role.PROGRAMME_MANAGER.groupId(), Role.FINANCE_LEAD.groupId(),
        Role.HEAD_OF_PRIMARY_CARE.groupId(), Role.PROCUREMENT_LEAD.groupId(), Role.EVALUATION_PANEL.groupId(),
        Role.PRIMARY_CARE_COMMISSIONING_COMMITTEE.groupId(), Role.CONTRACT_MANAGER.groupId(),
        Role.DENTAL_ADVISER.groupId());
  }

  @Override
  public OpenCaseRequest opening(DemoCase<DentalJourney> demoCase) {
    var area = areaOf(demoCase);
    var lots = lotsOf(demoCase);
    var trigger = triggerOf(demoCase);
    var random = demoCase.random("opening");
    var details = new LinkedHashMap<String, Object>();
    details.put("trigger", trigger.id());
    details.put("area", area.name());
    LocalDate targetStart;
    if (trigger == ProcurementTrigger.ACCESS_GAP) {
      targetStart = YearMonth.from(today()).plusMonths(12 + random.nextInt(6)).atDay(1);
    } else {
      // some procurements start late, with the current contract ending within months: the console's
      // forecasts then have cases to flag
      var contractEnd = YearMonth.from(today()).plusMonths(3 + random.nextInt(22)).atEndOfMonth();
      details.put("currentContractEndDate", contractEnd.toString());
      details.put("incumbentContractNumber", String.format("%06d/%04d", random.nextInt(1_000_000), 1 + random.nextInt(9)));
      targetStart = contractEnd.plusDays(1);
    }
    details.put("serviceTypes", lots.stream().map(lot -> lot.serviceType().id()).distinct().toList());
    var namedPeople = new LinkedHashMap<String, String>();
    var financeLeads = demoCase.membersOf(Role.FINANCE_LEAD.groupId());
    if (random.nextBoolean() && !financeLeads.isEmpty()) {
      namedPeople.put(Role.FINANCE_LEAD.groupId(), demoCase.pick(financeLeads, "named finance lead"));
    }
    return new OpenCaseRequest(Programme.DENTAL_PROCUREMENT, titleOf(lots), area.commissioner(),
        area.integratedCareSystem(), null, targetStart, null, namedPeople, objectMapper.valueToTree(details));
  }

  @Override
  public Map<String, Object> answers(DemoCase<DentalJourney> demoCase, OpenTask task) {
    var journey = demoCase.journey();
    return switch (task.taskDefinitionKey()) {
      case ASSESS_NEEDS -> needsAssessment(demoCase);
      case DESIGN_LOTS -> lotDesign(demoCase);
      case PREPARE_BUSINESS_CASE -> businessCase(demoCase, task.round());
      case CHECK_AFFORDABILITY -> financeCheck(demoCase, task.round());
      case APPROVE_STAGE -> DentalStage.BUSINESS_CASE_APPROVAL.id().equals(task.caseStage())
          ? businessCaseDecision(journey, task.round())
          : awardDecision(journey);
      case ANSWER_PSR_QUESTIONS -> psrAnswers(demoCase, lotIndexOf(task));
      case CONFIRM_ROUTE -> routeConfirmation(demoCase, task);
      case ASSESS_PROVIDER -> providerAssessment(demoCase, lotIndexOf(task));
      case "Task_ConfirmPremises" -> premises(demoCase, lotIndexOf(task));
      case "Task_CheckPerformerList" -> Map.of(
          "performersChecked", "Every performer on the NHS England performers list; GDC registration confirmed.",
          "performerListCheckedOn", today().toString());
      case "Task_ConfirmCqcRegistration" -> Map.of("cqcProviderId",
          "1-" + (100_000_000 + demoCase.random("cqc", lotIndexOf(task)).nextInt(900_000_000)));
      case SET_UP_NHSBSA_CONTRACT -> nhsbsaContract(demoCase, lotIndexOf(task));
      case "Task_HandOverToContractManagement" -> Map.of(
          "contractStartDate", YearMonth.from(laterOf(today(), asOfDay(demoCase))).plusMonths(2).atDay(1).toString(),
          "handoverNotes", "Mid-year review due six months into the contract year; quarterly contract meetings agreed.");
      default -> {
        if (!procurementAnswers.answers(task.taskDefinitionKey())) {
          throw new IllegalStateException("the dental walk does not answer " + task.taskDefinitionKey());
        }
        var lotIndex = lotIndexOf(task);
        yield procurementAnswers.of(demoCase, task, lotIndex, lotsOf(demoCase).get(lotIndex).name()
            + ": NHS dental care for adults and children, with urgent slots every weekday and access for patients"
            + " with additional needs.");
      }
    };
  }

  @Override
  public void stageReached(DemoCase<DentalJourney> demoCase, String stage, CaseKeeping caseKeeping) {
    dentalKeeping.stageReached(demoCase, stage, caseKeeping);
  }

  @Override
  public void walkStopped(DemoCase<DentalJourney> demoCase, String stage, CaseKeeping caseKeeping) {
    dentalKeeping.walkStopped(demoCase, stage, caseKeeping);
  }

  // --- what the case is about -----------------------------------------------------------------

  static Area areaOf(DemoCase<DentalJourney> demoCase) {
    return demoCase.pick(DentalAreas.AREAS, "area");
  }

  private static ProcurementTrigger triggerOf(DemoCase<DentalJourney> demoCase) {
    return demoCase.pick(List.of(ProcurementTrigger.CONTRACT_ENDING, ProcurementTrigger.CONTRACT_ENDING,
        ProcurementTrigger.CONTRACT_HANDED_BACK, ProcurementTrigger.ACCESS_GAP), "trigger");
  }

  /** Whether the case's needs assessment finds (or will find) an access gap, as its answers say. */
  static boolean accessGapFound(DemoCase<DentalJourney> demoCase) {
    return Boolean.TRUE.equals(needsAssessment(demoCase).get("accessGapIdentified"));
  }

  /** The case's lots, the same every time they are asked for. */
  static List<PlannedLot> lotsOf(DemoCase<DentalJourney> demoCase) {
    var journey = demoCase.journey();
    var random = demoCase.random("lots");
    var count = journey.fewestLots() + random.nextInt(journey.mostLots() - journey.fewestLots() + 1);
    var towns = new ArrayList<>(areaOf(demoCase).towns());
    var lots = new ArrayList<PlannedLot>();
    var udaValue = udaValueOf(demoCase);
    for (int i = 0; i < count; i++) {
      var town = towns.remove(random.nextInt(towns.size()));
      var serviceType = List.of(DentalServiceType.GENERAL_URGENT, DentalServiceType.GENERAL_URGENT,
          DentalServiceType.GENERAL_URGENT, DentalServiceType.ORTHODONTIC, DentalServiceType.SPECIAL_CARE,
          DentalServiceType.ORAL_SURGERY).get(random.nextInt(6));
      Integer udas = null;
      Integer uoas = null;
      long value;
      var form = ContractForm.PDS;
      switch (serviceType) {
        case GENERAL_URGENT -> {
          udas = 20_000 + random.nextInt(141) * 500;
          value = Math.round(udas * udaValue.doubleValue());
          form = List.of(ContractForm.GDS, ContractForm.PDS, ContractForm.PDS_PLUS).get(random.nextInt(3));
        }
        case ORTHODONTIC -> {
          uoas = 2_000 + random.nextInt(101) * 100;
          value = (long) uoas * (70 + random.nextInt(16));
        }
        case SPECIAL_CARE -> value = 450_000 + random.nextInt(76) * 10_000L;
        default -> value = 600_000 + random.nextInt(121) * 10_000L;
      }
      lots.add(new PlannedLot(town + " " + phraseOf(serviceType), town, serviceType, form, udas, uoas, value,
          DentalAreas.PROVIDERS.get(random.nextInt(DentalAreas.PROVIDERS.size()))));
    }
    return lots;
  }

  private static BigDecimal udaValueOf(DemoCase<DentalJourney> demoCase) {
    return BigDecimal.valueOf(2_800 + demoCase.random("uda value").nextInt(801), 2);
  }

  private static String phraseOf(DentalServiceType serviceType) {
    return switch (serviceType) {
      case GENERAL_URGENT -> "urgent dental care";
      case ORTHODONTIC -> "orthodontics";
      case SPECIAL_CARE -> "special care dentistry";
      case ORAL_SURGERY -> "tier 2 oral surgery";
    };
  }

  private static String titleOf(List<PlannedLot> lots) {
    var first = lots.get(0);
    if (lots.size() == 1) {
      return first.name();
    }
    var towns = lots.stream().map(PlannedLot::town).toList();
    var services = lots.stream().map(lot -> phraseOf(lot.serviceType())).distinct().toList();
    return String.join(", ", towns.subList(0, towns.size() - 1)) + " and " + towns.get(towns.size() - 1) + " "
        + (services.size() == 1 ? services.get(0) : "dental services");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static LocalDate asOfDay(DemoCase<DentalJourney> demoCase) {
    return LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON);
  }

  private static LocalDate laterOf(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }

  // --- how long it takes ----------------------------------------------------------------------

  @Override
  public int daysOpen(DemoCase<DentalJourney> demoCase) {
    var daysOpen = demoCase.journey().daysOpen();
    return daysOpen.fewest() + demoCase.random("days open").nextInt(daysOpen.most() - daysOpen.fewest() + 1);
  }

  @Override
  public int workingDays(DemoCase<DentalJourney> demoCase, OpenTask task) {
    var key = task.taskDefinitionKey();
    var lot = task.variable("lotId") == null ? -1 : lotIndexOf(task);
    var random = demoCase.random("working days", key, task.caseStage(), task.round(), lot);
    var days = switch (key) {
      case ASSESS_NEEDS -> 10 + random.nextInt(11);
      case DESIGN_LOTS, ASSESS_PROVIDER, SET_UP_NHSBSA_CONTRACT -> 5 + random.nextInt(6);
      case PREPARE_BUSINESS_CASE -> task.round() == 0 ? 5 + random.nextInt(6) : 3 + random.nextInt(4);
      case CHECK_AFFORDABILITY -> 5 + random.nextInt(6);
      case APPROVE_STAGE -> 1 + random.nextInt(10);
      case ANSWER_PSR_QUESTIONS -> 2 + random.nextInt(4);
      case CONFIRM_ROUTE -> 1 + random.nextInt(3);
      case "Task_HandOverToContractManagement" -> 2 + random.nextInt(3);
      case "Task_ConfirmPremises" -> 5 + random.nextInt(11);
      case "Task_CheckPerformerList", "Task_ConfirmCqcRegistration" -> 3 + random.nextInt(6);
      default -> procurementAnswers.workingDays(key, random)
          .orElseGet(() -> ProgrammeWalk.super.workingDays(demoCase, task));
    };
    if (demoCase.journey() == DentalJourney.STANDSTILL && APPROVE_STAGE.equals(key)
        && DentalStage.PROCUREMENT.id().equals(task.caseStage())) {
      // the committee decides within the last days before the generation began, so that the
      // standstill, eight working days from the decision, is still running
      var opened = LocalDate.ofInstant(task.openedAt(), EngineClock.LONDON);
      var untilAsOf = opened.isBefore(asOfDay(demoCase)) ? workingDays.workingDaysBetween(opened, asOfDay(demoCase)) : 0;
      days = Math.max(days, untilAsOf - 1 - random.nextInt(5));
    }
    return days;
  }

  // --- the answers of each form ---------------------------------------------------------------

  private static Map<String, Object> needsAssessment(DemoCase<DentalJourney> demoCase) {
    var trigger = triggerOf(demoCase);
    var random = demoCase.random("needs");
    var area = areaOf(demoCase).name();
    var summary = switch (trigger) {
      case CONTRACT_ENDING -> "The current contracts end; demand for NHS dentistry in " + area
          + " stays high and access must continue without a gap.";
      case CONTRACT_HANDED_BACK -> "The provider has handed back its contract; patients in " + area
          + " are without a regular NHS dentist and urgent slots are full.";
      case ACCESS_GAP -> "The oral health needs assessment found access in " + area
          + " well below need, with the longest waits in the most deprived wards.";
    };
    var answers = new LinkedHashMap<String, Object>();
    answers.put("needsSummary", summary);
    answers.put("populationCovered", 80_000 + random.nextInt(113) * 10_000);
    answers.put("accessGapIdentified", trigger == ProcurementTrigger.ACCESS_GAP || random.nextBoolean());
    answers.put("needsOutcome", demoCase.journey() == DentalJourney.NOT_NEEDED ? "no-procurement" : "procure");
    return answers;
  }

  private static Map<String, Object> lotDesign(DemoCase<DentalJourney> demoCase) {
    var lots = lotsOf(demoCase);
    var rows = new ArrayList<Map<String, Object>>();
    for (var lot : lots) {
      var row = new LinkedHashMap<String, Object>();
      row.put("name", lot.name());
      row.put("serviceType", lot.serviceType().id());
      row.put("contractForm", lot.contractForm().id());
      if (lot.contractedUdas() != null) {
        row.put("contractedUdas", lot.contractedUdas());
      }
      if (lot.contractedUoas() != null) {
        row.put("contractedUoas", lot.contractedUoas());
      }
      rows.add(row);
    }
    var summary = lots.size() == 1 ? "One lot covering " + lots.get(0).town() + "."
        : lots.size() + " lots by geography: " + lots.stream().map(PlannedLot::name).collect(Collectors.joining("; ")) + ".";
    return Map.of("lots", rows, "lotDesignSummary", summary);
  }

  /** The business case; a revision (after finance or the approver asked for one) trims the value. */
  private static Map<String, Object> businessCase(DemoCase<DentalJourney> demoCase, int round) {
    var lots = lotsOf(demoCase);
    var annual = lots.stream().mapToLong(PlannedLot::annualValue).sum();
    if (round > 0) {
      annual = annual * 92 / 100;
    }
    var random = demoCase.random("business case");
    var term = random.nextBoolean() ? 5 : 7;
    var answers = new LinkedHashMap<String, Object>();
    answers.put("annualContractValue", Math.round(annual / 1000.0) * 1000);
    answers.put("termYears", term);
    answers.put("extensionYears", 2 + random.nextInt(2));
    if (lots.stream().anyMatch(lot -> lot.contractedUdas() != null)) {
      answers.put("udaValue", udaValueOf(demoCase).doubleValue());
    }
    answers.put("businessCaseSummary", (round > 0 ? "Revised: activity phased in over the first year. " : "")
        + "Procure " + lots.size() + (lots.size() == 1 ? " lot" : " lots") + " for " + term
        + " years to secure access across " + areaOf(demoCase).name() + ".");
    return answers;
  }

  private static Map<String, Object> financeCheck(DemoCase<DentalJourney> demoCase, int round) {
    var journey = demoCase.journey();
    var revise = round == 0 && (journey == DentalJourney.FINANCE_RECHECK || demoCase.random("finance").nextInt(4) == 0);
    return Map.of("financeOutcome", revise ? "revise" : "affordable",
        "budgetCode", "DEN-" + (100 + demoCase.random("budget").nextInt(900)),
        "financeComments", revise ? "Over the dental allocation for next year: phase the activity in and resubmit."
            : "Within the ring-fenced dental allocation.");
  }

  private static Map<String, Object> businessCaseDecision(DentalJourney journey, int round) {
    if (journey == DentalJourney.BUSINESS_CASE_REJECTED) {
      return Map.of("approvalOutcome", "rejected",
          "approvalComment", "Not now: the area is to be covered by the county-wide contract from next April.");
    }
    if (journey == DentalJourney.PSR_ROUTE && round == 0) {
      return Map.of("approvalOutcome", "changes-requested",
          "approvalComment", "Show how the lots reach the most deprived wards, then resubmit.");
    }
    return Map.of("approvalOutcome", "approved", "approvalComment", "Approved.");
  }

  private static Map<String, Object> awardDecision(DentalJourney journey) {
    if (journey == DentalJourney.AWARD_REJECTED) {
      return Map.of("approvalOutcome", "rejected",
          "approvalComment", "The assessment does not show the provider can meet the new access targets.");
    }
    return Map.of("approvalOutcome", "approved", "approvalComment", "Approved by the committee.");
  }

  private static Map<String, Object> psrAnswers(DemoCase<DentalJourney> demoCase, int lotIndex) {
    var route = demoCase.journey().routeOfLot(lotIndex);
    var lot = lotsOf(demoCase).get(lotIndex);
    var answers = new LinkedHashMap<String, Object>();
    answers.put("newService", "no");
    answers.put("onlyOneCapableProvider", route == Route.DIRECT_AWARD_A ? "yes" : "no");
    answers.put("patientChoiceAllQualifying", "no");
    answers.put("incumbentPerforming", route == Route.COMPETITIVE ? "no" : "yes");
    answers.put("materiallyDifferentInCharacter", "no");
    answers.put("mostSuitableProviderIdentifiable", "no");
    answers.put("existingValue", lot.annualValue());
    answers.put("changeValue", route == Route.DIRECT_AWARD_C
        ? lot.annualValue() * demoCase.random("change", lotIndex).nextInt(9) / 100 : 0);
    return answers;
  }

  private static Map<String, Object> routeConfirmation(DemoCase<DentalJourney> demoCase, OpenTask task) {
    var route = demoCase.journey().routeOfLot(lotIndexOf(task));
    var recommended = task.variable("recommendedRoute");
    if (!route.id.equals(recommended)) {
      throw new IllegalStateException("the answers led to " + recommended + ", not " + route.id);
    }
    return Map.of("confirmedRoute", route.id, "routeReason", switch (route) {
      case COMPETITIVE -> "The current provider is not meeting the contract; the market can offer better access.";
      case DIRECT_AWARD_A -> "Only one provider can deliver the service in this area.";
      case DIRECT_AWARD_C -> "The current provider performs well and the change is below the threshold.";
    });
  }

  private static Map<String, Object> providerAssessment(DemoCase<DentalJourney> demoCase, int lotIndex) {
    var lot = lotsOf(demoCase).get(lotIndex);
    return Map.of("providerName", lot.incumbent(),
        "providerAssessment", lot.incumbent() + " meets the key criteria: quality good (CQC), delivery above 96% of"
            + " contracted activity for three years, value assured, integrated with local urgent care.",
        "conflictsOfInterest", "None declared",
        "decisionMakers", "Head of Primary Care; Primary Care Commissioning Committee");
  }

  private static Map<String, Object> premises(DemoCase<DentalJourney> demoCase, int lotIndex) {
    var random = demoCase.random("premises", lotIndex);
    var lot = lotsOf(demoCase).get(lotIndex);
    return Map.of("premisesAddress", (1 + random.nextInt(120)) + " "
            + DentalAreas.STREETS.get(random.nextInt(DentalAreas.STREETS.size())) + ", " + lot.town(),
        "premisesNotes", "Three surgeries, ground-floor access, decontamination room compliant with HTM 01-05.");
  }

  private static Map<String, Object> nhsbsaContract(DemoCase<DentalJourney> demoCase, int lotIndex) {
    SplittableRandom random = demoCase.random("nhsbsa", lotIndex);
    return Map.of("nhsbsaContractNumber", String.format("%06d/%04d", random.nextInt(1_000_000), 1 + random.nextInt(9)),
        "annualContractValue", lotsOf(demoCase).get(lotIndex).annualValue(),
        "termYears", 5);
  }
}
