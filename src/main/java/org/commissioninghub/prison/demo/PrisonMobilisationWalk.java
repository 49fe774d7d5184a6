package org.commissioninghub.prison.demo;

import static org.commissioninghub.prison.demo.SiteProgress.Tasks.AGREE_PATHWAYS;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.APPROVE_GO_LIVE;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.ASSESS_READINESS;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.CHASE_EMPLOYEE_LIABILITY;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.CONFIRM_CQC;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.CONFIRM_TUPE_CONSULTATION;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.HAND_OVER_AWARD;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.KICK_OFF;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.PREPARE_CLINICAL_IT;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.PREPARE_ESTATES;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.PREPARE_MEDICINES;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.RECORD_EMPLOYEE_LIABILITY;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.REPORT_VETTING;
import static org.commissioninghub.prison.demo.SiteProgress.Tasks.SIGN_OFF_IG;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
import org.commissioninghub.prison.PrisonMobilisationService;
import org.commissioninghub.prison.PrisonMobilisationVariables;
import org.commissioninghub.prison.PrisonSite;
import org.commissioninghub.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The demo's one prison healthcare mobilisation: the South West's 11 prisons in 4 lots
 * ({@link SouthWestPrisons}), with the record's dates moved so that the first go-live falls three
 * weeks after the demo data is generated, opened by a programme manager five months before it. Every
 * task is answered as the person holding it would, each site getting as far as {@link SiteProgress}
 * says: most workstreams done and green, some amber, one site's employee liability information late
 * (its timer raised the risk), vetting part-cleared at three sites, one site waiting for its CQC
 * registration, one site approved to go live and waiting for its date. No site has gone live.
 */
@Component
class PrisonMobilisationWalk implements ProgrammeWalk<PrisonJourney> {

  /** How long after the demo data is generated the first lots go live. */
  static final int FIRST_GO_LIVE_AFTER_DAYS = 21;
  /** How long before the first go-live the mobilisation case opens, once the contracts are awarded. */
  static final int OPENED_BEFORE_FIRST_GO_LIVE_DAYS = 150;

  static final Map<String, SiteProgress> PROGRESS = Map.ofEntries(
      Map.entry("HMP Bristol", SiteProgress.READY),
      Map.entry("HMP Ashfield", SiteProgress.ASSESSING),
      Map.entry("HMP Erlestoke", SiteProgress.INFORMATION_LATE),
      Map.entry("HMP Leyhill", SiteProgress.AWAITING_GO_NO_GO),
      Map.entry("HMP Eastwood Park", SiteProgress.AWAITING_CQC),
      Map.entry("HMP Guys Marsh", SiteProgress.VETTING),
      Map.entry("HMP Portland", SiteProgress.WORKING),
      Map.entry("HMP The Verne", SiteProgress.VETTING),
      Map.entry("HMP Exeter", SiteProgress.VETTING),
      Map.entry("HMP Channings Wood", SiteProgress.ASSESSING),
      Map.entry("HMP Dartmoor", SiteProgress.WORKING));

  private static final Set<String> WORKSTREAM_TASKS = Set.of(RECORD_EMPLOYEE_LIABILITY, CONFIRM_TUPE_CONSULTATION,
      REPORT_VETTING, CONFIRM_CQC, PREPARE_CLINICAL_IT, SIGN_OFF_IG, PREPARE_MEDICINES, PREPARE_ESTATES, AGREE_PATHWAYS);

  private final ObjectMapper objectMapper;
  private final PrisonMobilisationService prisonMobilisation;

  PrisonMobilisationWalk(ObjectMapper objectMapper, PrisonMobilisationService prisonMobilisation) {
    this.objectMapper = objectMapper;
    this.prisonMobilisation = prisonMobilisation;
  }

  /** The first go-live, moved from the record's 1 October to three weeks after the demo data is generated. */
  static LocalDate firstGoLive(DemoCase<?> demoCase) {
    return LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON).plusDays(FIRST_GO_LIVE_AFTER_DAYS);
  }

  @Override
  public Programme programme() {
    return Programme.PRISON_HEALTHCARE_MOBILISATION;
  }

  @Override
  public List<PrisonJourney> journeys() {
    return List.of(PrisonJourney.values());
  }

  @Override
  public boolean eachJourneyOnce() {
    return true;
  }

  @Override
  public String openerRole() {
    return Role.PROGRAMME_MANAGER.groupId();
  }

  @Override
  public Set<String> roles() {
    return Stream.of(Role.PROGRAMME_MANAGER, Role.PROCUREMENT_LEAD, Role.HR_LEAD, Role.CONTRACT_MANAGER, Role.IG_LEAD,
            Role.CLINICAL_LEAD, Role.HEALTH_AND_JUSTICE_COMMISSIONER, Role.PRISON_GOVERNOR,
            Role.DIRECTOR_OF_COMMISSIONING)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  /** Each prison's governor is the demo's prison governor: the only one there is. */
  @Override
  public OpenCaseRequest opening(DemoCase<PrisonJourney> demoCase) {
    var firstGoLive = firstGoLive(demoCase);
    var governor = demoCase.membersOf(Role.PRISON_GOVERNOR.groupId()).get(0);
    var lots = SouthWestPrisons.LOTS.stream().map(lot -> {
      var fields = new LinkedHashMap<String, Object>();
      fields.put("name", lot.name());
      fields.put("primeProvider", lot.primeProvider());
      fields.put("goLiveDate", SouthWestPrisons.goLiveOf(lot, firstGoLive).toString());
      fields.put("contractEndDate", SouthWestPrisons.contractEnd(firstGoLive).toString());
      fields.put("sites", lot.sites().stream().map(site -> Map.of("name", site.name(),
          "category", site.category().id(), "governor", governor)).toList());
      return fields;
    }).toList();
    var details = Map.of("termYears", SouthWestPrisons.TERM_YEARS, "lots", lots);
    return new OpenCaseRequest(Programme.PRISON_HEALTHCARE_MOBILISATION, "South West prison healthcare mobilisation",
        "NHS England South West", null, null, firstGoLive, SouthWestPrisons.contractEnd(firstGoLive), Map.of(),
        objectMapper.valueToTree(details));
  }

  @Override
  public int daysOpen(DemoCase<PrisonJourney> demoCase) {
    return OPENED_BEFORE_FIRST_GO_LIVE_DAYS - FIRST_GO_LIVE_AFTER_DAYS;
  }

  /**
   * A workstream's report takes two to eight weeks of work, the employee liability information and
   * the TUPE consultation one to three; anything else the default.
   */
  @Override
  public int workingDays(DemoCase<PrisonJourney> demoCase, OpenTask task) {
    var site = task.variable(PrisonMobilisationVariables.SITE_ID) instanceof Number ? siteOf(task).getName() : "";
    var random = demoCase.random("working days", task.taskDefinitionKey(), site, task.round());
    return switch (task.taskDefinitionKey()) {
      case RECORD_EMPLOYEE_LIABILITY, CONFIRM_TUPE_CONSULTATION -> 5 + random.nextInt(11);
      case REPORT_VETTING, CONFIRM_CQC, PREPARE_CLINICAL_IT, SIGN_OFF_IG, PREPARE_MEDICINES, PREPARE_ESTATES,
           AGREE_PATHWAYS -> 10 + random.nextInt(31);
      default -> ProgrammeWalk.super.workingDays(demoCase, task);
    };
  }

  @Override
  public boolean leavesOpen(DemoCase<PrisonJourney> demoCase, OpenTask task) {
    if (APPROVE_GO_LIVE.equals(task.taskDefinitionKey())) {
      // the approval is named after its site: "Approve stage — HMP Leyhill (Lot 1: …)"
      return PROGRESS.entrySet().stream().anyMatch(site -> task.name().contains(site.getKey())
          && site.getValue().leavesOpen(APPROVE_GO_LIVE, false));
    }
    if (!WORKSTREAM_TASKS.contains(task.taskDefinitionKey()) && !ASSESS_READINESS.equals(task.taskDefinitionKey())
        && !CHASE_EMPLOYEE_LIABILITY.equals(task.taskDefinitionKey())) {
      return false;
    }
    var site = siteOf(task);
    return progressOf(site).leavesOpen(task.taskDefinitionKey(), site.getStaffVetted() != null);
  }

  @Override
  public Map<String, Object> answers(DemoCase<PrisonJourney> demoCase, OpenTask task) {
    var today = LocalDate.now(EngineClock.INSTANCE);
    return switch (task.taskDefinitionKey()) {
      case HAND_OVER_AWARD -> Map.of("contractSignedOn", today.minusDays(7).toString(),
          "termYears", SouthWestPrisons.TERM_YEARS, "wholeLifeValue", SouthWestPrisons.WHOLE_LIFE_VALUE,
          "awardHandoverNotes", "Eleven prisons in four lots, one prime provider a lot, seven-year contracts with no"
              + " extensions, all ending on " + UkTime.DAY.format(SouthWestPrisons.contractEnd(firstGoLive(demoCase)))
              + ". Mobilisation plans as in the bids.");
      case KICK_OFF -> Map.of("kickOffDate", today.toString(),
          "commissionerBoardMember", "Health and Justice team, NHS England South West",
          "providerBoardMember", "Each prime provider's mobilisation lead",
          "prisonBoardMember", "Each prison's head of healthcare",
          "boardArrangements", "Fortnightly mobilisation board; every site's workstreams reported by status and RAG.");
      case APPROVE_GO_LIVE -> Map.of("approvalOutcome", "approved", "approvalComment", "Ready to go live.");
      case CHASE_EMPLOYEE_LIABILITY -> Map.of("chaseNotes",
          "Chased the outgoing employer; the information is promised within the week.");
      default -> siteAnswers(demoCase, task, siteOf(task), today);
    };
  }

  private static Map<String, Object> siteAnswers(DemoCase<PrisonJourney> demoCase, OpenTask task, PrisonSite site,
      LocalDate today) {
    var progress = progressOf(site);
    var random = demoCase.random("answers", site.getName(), task.taskDefinitionKey());
    return switch (task.taskDefinitionKey()) {
      case RECORD_EMPLOYEE_LIABILITY -> Map.of("employeeLiabilityReceivedOn", today.toString());
      case CONFIRM_TUPE_CONSULTATION -> Map.of("consultationStartedOn", today.minusDays(1 + random.nextInt(5)).toString(),
          "tupeHeadcount", 20 + random.nextInt(41), "workforceStatus", "done", "workforceRag", "green",
          "workforceEvidence", "Measures letter issued; consultation meetings held with the staff transferring.");
      case REPORT_VETTING -> vetting(progress, demoCase.random("staff to vet", site.getName()).nextInt(25, 61));
      case CONFIRM_CQC -> progress == SiteProgress.AWAITING_CQC
          ? Map.of("cqcStatus", "applied", "cqcRag", "amber",
              "cqcEvidence", "Application to add the location submitted; CQC's registration assessment is booked.")
          : Map.of("cqcStatus", "registered", "cqcRag", "green",
              "cqcEvidence", "Location added to the provider's registration.");
      case PREPARE_CLINICAL_IT -> Map.of("systmOneUnitReady", "yes", "recordMigrationReady", "yes",
          "smartcardsIssued", "yes", "networkReady", "yes",
          "itCutoverDate", site.getGoLiveDate().minusDays(1).toString(), "itRag", "green",
          "itEvidence", "Cut-over rehearsed with the outgoing provider.");
      case SIGN_OFF_IG -> Map.of("dsptStatus", "standards-met", "dataProcessingAgreementsSigned", "yes",
          "igLeadSignOff", "yes", "igRag", "green", "igEvidence", "Toolkit published at Standards Met.");
      case PREPARE_MEDICINES -> progress == SiteProgress.ASSESSING
          ? Map.of("medicinesStatus", "done", "medicinesRag", "amber",
              "medicinesEvidence", "Controlled drugs licence granted late; stock transfer planned for go-live weekend.")
          : Map.of("medicinesStatus", "done", "medicinesRag", "green", "medicinesEvidence", "Supply contract signed.");
      case PREPARE_ESTATES -> progress == SiteProgress.ASSESSING
          ? Map.of("estatesStatus", "done", "estatesRag", "amber",
              "estatesEvidence", "Dental chair replaced; the treatment room passed inspection at the second visit.")
          : Map.of("estatesStatus", "done", "estatesRag", "green", "estatesEvidence", "Rooms and equipment audited.");
      case AGREE_PATHWAYS -> progress == SiteProgress.VETTING || progress == SiteProgress.WORKING
          ? Map.of("pathwaysStatus", "in-progress", "pathwaysRag", "amber",
              "pathwaysEvidence", "Substance misuse subcontract still under negotiation.")
          : Map.of("pathwaysStatus", "done", "pathwaysRag", "green", "pathwaysEvidence", "Subcontracts in place.");
      case ASSESS_READINESS -> Map.of("readinessRag", "green",
          "readinessSummary", "Every workstream done and rated green.");
      default -> throw new IllegalArgumentException("the prison mobilisation walk does not know " + task.name());
    };
  }

  /** Every member of staff cleared at once, or, where vetting is behind, about half of them so far. */
  private static Map<String, Object> vetting(SiteProgress progress, int staffToVet) {
    if (progress == SiteProgress.VETTING) {
      return Map.of("staffVetted", staffToVet / 2, "staffToVet", staffToVet, "vettingRag", "amber",
          "vettingEvidence", "Clearances slower than planned; keys training booked for those cleared.");
    }
    return Map.of("staffVetted", staffToVet, "staffToVet", staffToVet, "vettingRag", "green",
        "vettingEvidence", "Every member of staff cleared; keys training done.");
  }

  /**
   * Where things stand the working day before the demo data is generated: the programme manager
   * rates the mobilisation amber for its late information, its missing registration and its vetting.
   */
  @Override
  public void walkStopped(DemoCase<PrisonJourney> demoCase, String stage, CaseKeeping keeping) {
    keeping.rate(Role.PROGRAMME_MANAGER.groupId(), RagRating.AMBER, "Employee liability information for "
        + sitesAt(SiteProgress.INFORMATION_LATE) + " is late; " + sitesAt(SiteProgress.AWAITING_CQC)
        + " awaits its CQC registration; vetting is behind at " + sitesAt(SiteProgress.VETTING) + ".");
  }

  private static String sitesAt(SiteProgress progress) {
    return PROGRESS.entrySet().stream().filter(site -> site.getValue() == progress).map(Map.Entry::getKey).sorted()
        .collect(Collectors.joining(", "));
  }

  private PrisonSite siteOf(OpenTask task) {
    if (!(task.variable(PrisonMobilisationVariables.SITE_ID) instanceof Number siteId)) {
      throw new IllegalStateException(task.name() + " names no prison site");
    }
    return prisonMobilisation.findSite(siteId.longValue())
        .orElseThrow(() -> new IllegalStateException(task.name() + " names a prison site that is not there"));
  }

  private static SiteProgress progressOf(PrisonSite site) {
    var progress = PROGRESS.get(site.getName());
    if (progress == null) {
      throw new IllegalStateException("the prison mobilisation walk has no plan for " + site.getName());
    }
    return progress;
  }
}
