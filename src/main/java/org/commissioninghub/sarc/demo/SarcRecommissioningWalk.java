package org.commissioninghub.sarc.demo;

import static org.commissioninghub.procurement.demo.ProcurementAnswers.lotIndexOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.demo.CaseKeeping;
import org.commissioninghub.demo.DemoCase;
import org.commissioninghub.demo.OpenTask;
import org.commissioninghub.demo.ProgrammeWalk;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.demo.ProcurementAnswers;
import org.commissioninghub.sarc.SarcStage;
import org.commissioninghub.sarc.SarcVariables;
import org.commissioninghub.sarc.demo.SouthWestSarcs.Area;
import org.commissioninghub.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The demo's one SARC recommissioning: the South West's three areas ({@link SouthWestSarcs}), opened
 * by the Health and Justice commissioner some eight months before the demo data is generated, with
 * the contracts to start on the first 1 October at least ten months after it (as the seed's started
 * in October). Every task is answered as the person holding it would: needs assessed with victims
 * and survivors, every commissioner's decision notice recorded, the service specified with the
 * therapeutic services redesigned alongside, and each area's lot procured through the shared
 * competitive procurement as far as its area says ({@link Area#stopsAt()}). No lot has had its bids.
 */
@Component
class SarcRecommissioningWalk implements ProgrammeWalk<SarcJourney> {

  static final String ASSESS_NEEDS = "Task_AssessNeedsAndEngageSurvivors";
  static final String SIGN_AGREEMENT = "Task_SignCoCommissioningAgreement";
  static final String WRITE_SPECIFICATION = "Task_WriteServiceSpecification";
  static final String REDESIGN_THERAPEUTIC_SERVICES = "Task_RedesignTherapeuticServices";

  static final String AGREEMENTS_SIGNED = "Co-commissioning agreements signed";
  static final String TENDERS_PUBLISHED = "Every lot's tender published";
  static final String SERVICES_LIVE = "SARC services live";

  private static final String COMMISSIONER = Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId();

  private final ObjectMapper objectMapper;
  private final ProcurementAnswers procurementAnswers;

  SarcRecommissioningWalk(ObjectMapper objectMapper, ProcurementAnswers procurementAnswers) {
    this.objectMapper = objectMapper;
    this.procurementAnswers = procurementAnswers;
  }

  /** The day the contracts start: the first 1 October at least ten months after the demo data is generated. */
  static LocalDate contractsStart(DemoCase<?> demoCase) {
    var earliest = LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON).plusMonths(10);
    var october = LocalDate.of(earliest.getYear(), 10, 1);
    return october.isBefore(earliest) ? october.plusYears(1) : october;
  }

  @Override
  public Programme programme() {
    return Programme.SARC_RECOMMISSIONING;
  }

  @Override
  public List<SarcJourney> journeys() {
    return List.of(SarcJourney.values());
  }

  @Override
  public boolean eachJourneyOnce() {
    return true;
  }

  @Override
  public String openerRole() {
    return COMMISSIONER;
  }

  @Override
  public Set<String> roles() {
    return Stream.of(Role.HEALTH_AND_JUSTICE_COMMISSIONER, Role.CLINICAL_LEAD, Role.PROCUREMENT_LEAD,
            Role.EVALUATION_PANEL, Role.PCC_REPRESENTATIVE, Role.POLICE_FORCE)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The three areas' commissioners and forces, each acted for by the demo's police and crime
   * commissioner representative and police force user: the only ones there are.
   */
  @Override
  public OpenCaseRequest opening(DemoCase<SarcJourney> demoCase) {
    var pccUser = demoCase.membersOf(Role.PCC_REPRESENTATIVE.groupId()).get(0);
    var policeForceUser = demoCase.membersOf(Role.POLICE_FORCE.groupId()).get(0);
    var coCommissioners = new ArrayList<Map<String, Object>>();
    for (var area : SouthWestSarcs.AREAS) {
      for (var commissioner : area.commissioners()) {
        var row = new LinkedHashMap<String, Object>();
        row.put("area", area.name());
        row.put("pccOffice", commissioner.pccOffice());
        row.put("pccUser", pccUser);
        row.put("policeForce", commissioner.policeForce());
        row.put("policeForceUser", policeForceUser);
        row.put("fundingShare", commissioner.fundingShare());
        coCommissioners.add(row);
      }
    }
    var contractsStart = contractsStart(demoCase);
    var details = new LinkedHashMap<String, Object>();
    details.put("coCommissioners", coCommissioners);
    details.put("annualContractValue", SouthWestSarcs.ANNUAL_CONTRACT_VALUE);
    details.put("nhsEnglandFunding", SouthWestSarcs.nhsEnglandFunding());
    details.put("termYears", 7);
    // accredited, or holding a UKAS application, from the day the contracts start
    details.put("accreditationDeadline", contractsStart.toString());
    return new OpenCaseRequest(Programme.SARC_RECOMMISSIONING,
        "South West SARCs: Gloucestershire and Wiltshire, Avon and Somerset, Devon and Cornwall",
        "NHS England South West", null, null, contractsStart, null, Map.of(), objectMapper.valueToTree(details));
  }

  @Override
  public Map<String, Object> answers(DemoCase<SarcJourney> demoCase, OpenTask task) {
    var key = task.taskDefinitionKey();
    return switch (key) {
      case ASSESS_NEEDS -> Map.of(
          "needsSummary", "The 2020 needs assessment, refreshed: acute forensic demand steady across the three areas,"
              + " non-recent referrals and paediatric examinations rising, and long travel times in Cornwall, the"
              + " Isles of Scilly and rural Wiltshire.",
          "survivorEngagementSummary", "Survivors' panels in Bristol, Exeter and Swindon, with ISVA services and"
              + " specialist charities: they asked for one named worker, self-referral without police involvement,"
              + " and therapy offered without a long wait.");
      case SIGN_AGREEMENT -> decisionNotice(demoCase, task);
      case WRITE_SPECIFICATION -> Map.of(
          "ageScope", "adults-and-children",
          "acuteAndNonRecent", "yes",
          "examinerRota", "Forensic physicians and sexual offence examiners on call 24 hours a day, every day, in"
              + " each area; paediatric examinations in the daytime, with a paediatrician.",
          "isvaInScope", "no",
          "numberOfSites", 5,
          "specificationSummary", "One lot for each of the three areas: a combined SARC and sexual offence examiner"
              + " service for adults and children, acute and non-recent, accredited to ISO 15189 and the Forensic"
              + " Science Regulator's code; ISVAs interfaced, not in scope.",
          "redesignTherapeuticServices", "yes");
      case REDESIGN_THERAPEUTIC_SERVICES -> Map.of("therapeuticRedesignSummary",
          "Trauma-informed therapy for adults and children redesigned alongside, starting in Avon and Somerset: the"
              + " SARCs refer directly, with a first appointment offered within four weeks.");
      default -> {
        if (!procurementAnswers.answers(key)) {
          throw new IllegalStateException("the SARC walk does not answer " + key);
        }
        var lotIndex = lotIndexOf(task);
        yield procurementAnswers.of(demoCase, task, lotIndex, SouthWestSarcs.AREAS.get(lotIndex).name()
            + ": combined SARC and sexual offence examiner service for adults and children, acute and non-recent,"
            + " with forensic examinations at any hour and accreditation to ISO 15189 by the contracts' start.");
      }
    };
  }

  /** Each lot is left at its area's task; nothing else is left open. */
  @Override
  public boolean leavesOpen(DemoCase<SarcJourney> demoCase, OpenTask task) {
    return task.variable("lotId") != null && task.variable("lotIds") != null
        && SouthWestSarcs.AREAS.get(lotIndexOf(task)).stopsAt().equals(task.taskDefinitionKey());
  }

  /** The decision notice by which the task's commissioner signs, recorded on the day it is given. */
  private static Map<String, Object> decisionNotice(DemoCase<SarcJourney> demoCase, OpenTask task) {
    var today = LocalDate.now(EngineClock.INSTANCE);
    return Map.of("decisionNoticeReference", String.format("PCC decision %03d/%d",
            1 + demoCase.random("decision notice", coCommissionerRowOf(task)).nextInt(150), today.getYear()),
        "decisionNoticeDate", today.toString());
  }

  /**
   * Which of the case's co-commissioners a task is about: its row in the case's details, from 0,
   * or -1 for a task about none. Not its record's id, which differs from run to run.
   */
  private static int coCommissionerRowOf(OpenTask task) {
    var id = task.variable(SarcVariables.CO_COMMISSIONER_ID);
    if (id == null) {
      return -1;
    }
    var ids = (List<?>) task.variable(SarcVariables.CO_COMMISSIONER_IDS);
    for (int row = 0; row < ids.size(); row++) {
      if (((Number) ids.get(row)).longValue() == ((Number) id).longValue()) {
        return row;
      }
    }
    throw new IllegalStateException("co-commissioner " + id + " is not one of the case's " + ids);
  }

  // --- how long it takes ----------------------------------------------------------------------

  /** Between 225 and 240 days: long enough for every lot to reach its task, not so long that it waits there for months. */
  @Override
  public int daysOpen(DemoCase<SarcJourney> demoCase) {
    return 225 + demoCase.random("days open").nextInt(16);
  }

  @Override
  public int workingDays(DemoCase<SarcJourney> demoCase, OpenTask task) {
    var key = task.taskDefinitionKey();
    var lot = task.variable("lotId") == null ? -1 : lotIndexOf(task);
    var random = demoCase.random("working days", key, task.caseStage(), task.round(), lot,
        coCommissionerRowOf(task));
    return switch (key) {
      case ASSESS_NEEDS -> 30 + random.nextInt(11);
      // a commissioner's decision notice waits for their next decision meeting
      case SIGN_AGREEMENT -> 15 + random.nextInt(16);
      case WRITE_SPECIFICATION, REDESIGN_THERAPEUTIC_SERVICES -> 15 + random.nextInt(6);
      default -> procurementAnswers.workingDays(key, random)
          .orElseGet(() -> ProgrammeWalk.super.workingDays(demoCase, task));
    };
  }

  // --- what people keep on the case -----------------------------------------------------------

  /**
   * The commissioner plans the agreements, the tenders and go-live when the case opens, and marks
   * each achieved as the case gets past it.
   */
  @Override
  public void stageReached(DemoCase<SarcJourney> demoCase, String stage, CaseKeeping keeping) {
    // planned once, at the first look
    keeping.planMilestone(COMMISSIONER, AGREEMENTS_SIGNED, keeping.today().plusMonths(4));
    keeping.planMilestone(COMMISSIONER, TENDERS_PUBLISHED, keeping.today().plusMonths(8));
    keeping.planMilestone(COMMISSIONER, SERVICES_LIVE, contractsStart(demoCase));
    var reached = Arrays.stream(SarcStage.values()).filter(each -> each.id().equals(stage)).findFirst();
    if (reached.isPresent() && reached.get().compareTo(SarcStage.CO_COMMISSIONING) > 0) {
      keeping.achieveMilestone(COMMISSIONER, AGREEMENTS_SIGNED);
    }
  }

  /** Amber: two lots' tenders not yet out, against contracts that must start accredited. */
  @Override
  public void walkStopped(DemoCase<SarcJourney> demoCase, String stage, CaseKeeping keeping) {
    keeping.rate(COMMISSIONER, RagRating.AMBER, "Avon and Somerset's tender is out; Gloucestershire and Wiltshire's"
        + " is ready to publish and Devon and Cornwall's criteria are still being set, with the contracts to start"
        + " accredited on " + UkTime.DAY.format(contractsStart(demoCase)) + ".");
  }
}
