package org.commissioninghub.sarc;

import static org.commissioninghub.sarc.SarcVariables.ACCREDITATION_IN_HAND;
import static org.commissioninghub.sarc.SarcVariables.CONTRACT_ENDS_AT;
import static org.commissioninghub.sarc.SarcVariables.CO_COMMISSIONER_ID;
import static org.commissioninghub.sarc.SarcVariables.LOT_ID;
import static org.commissioninghub.sarc.SarcVariables.LOT_IDS;
import static org.commissioninghub.sarc.SarcVariables.REDESIGN_THERAPEUTIC_SERVICES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.sarc.SarcRecommissioningDetails.AgeScope;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.MoneyAmounts;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.YesNo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a SARC recommissioning: what each stage's answers mean for the case store and the
 * process. Each {@link RecordsAnswer} method records one form's answers when its task is
 * completed; which stage comes next is the diagram's business.
 */
@Service
@Transactional
public class SarcRecommissioningService {

  /** What the needs assessment found and what victims and survivors said. */
  public record NeedsAssessment(
      @NotBlank @Size(max = 4000) String needsSummary,
      @NotBlank @Size(max = 4000) String survivorEngagementSummary) {}

  /** A commissioner's decision notice signing the co-commissioning agreement. */
  public record DecisionNotice(
      @NotBlank @SingleLine @Size(max = 60) String decisionNoticeReference,
      @NotNull @SensibleDate LocalDate decisionNoticeDate) {}

  /** The service specification, and whether therapeutic services are redesigned alongside. */
  public record Specification(
      @NotNull AgeScope ageScope,
      @NotNull YesNo acuteAndNonRecent,
      @NotBlank @Size(max = 4000) String examinerRota,
      @NotNull YesNo isvaInScope,
      @NotNull @Min(1) Integer numberOfSites,
      @NotBlank @Size(max = 4000) String specificationSummary,
      @NotNull YesNo redesignTherapeuticServices) {}

  public record TherapeuticRedesign(@NotBlank @Size(max = 4000) String therapeuticRedesignSummary) {}

  /** Where the provider stands with accreditation as mobilisation begins, and the plan to get or keep it. */
  public record AccreditationPlan(
      @NotNull PlannedStatus accreditationStatus,
      @SingleLine @Size(max = 60) String ukasApplicationReference,
      @SensibleDate LocalDate fsrDeclarationDate,
      @NotBlank @Size(max = 4000) String accreditationPlan) {}

  /** What a provider may be as its accreditation is planned. */
  public enum PlannedStatus implements CodedValue {
    ACCREDITED(AccreditationStatus.ACCREDITED),
    APPLICATION_IN_PROGRESS(AccreditationStatus.APPLICATION_IN_PROGRESS),
    NOT_ACCREDITED(AccreditationStatus.NOT_ACCREDITED);

    private final AccreditationStatus status;

    PlannedStatus(AccreditationStatus status) {
      this.status = status;
    }
  }

  /** What the director of commissioning decides about a provider without accreditation in hand. */
  public record Escalation(@NotNull EscalationAction escalationAction, @NotBlank @Size(max = 4000) String escalationReason) {}

  public enum EscalationAction implements CodedValue {
    /** Forensic medical examinations go to an accredited neighbouring SARC until accreditation is in hand. */
    RESTRICT_FORENSIC_ACTIVITY,
    /** The provider goes live on a remedial plan with dates agreed. */
    REMEDIAL_PLAN
  }

  public record GoLive(@NotNull @SensibleDate LocalDate goLiveDate) {}

  /** A UKAS surveillance visit and the provider's accreditation after it. */
  public record Surveillance(
      @NotNull @SensibleDate LocalDate surveillanceDate,
      @NotNull SurveillanceOutcome surveillanceOutcome,
      @Size(max = 4000) String surveillanceNotes) {}

  public enum SurveillanceOutcome implements CodedValue {
    ACCREDITED(AccreditationStatus.ACCREDITED),
    APPLICATION_IN_PROGRESS(AccreditationStatus.APPLICATION_IN_PROGRESS),
    SUSPENDED(AccreditationStatus.SUSPENDED);

    private final AccreditationStatus status;

    SurveillanceOutcome(AccreditationStatus status) {
      this.status = status;
    }
  }

  private static final String PROCUREMENT_STEP = "Procurement";
  private static final String NHS_ENGLAND_STEP = "NHS England";
  private static final String CO_COMMISSIONERS_STEP = "PCCs and police";

  private final CaseStore caseStore;
  private final ProcurementService procurement;
  private final CoCommissionerRepository coCommissioners;
  private final ProviderAccreditationRepository accreditations;
  private final AccreditationDeadlines accreditationDeadlines;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  SarcRecommissioningService(CaseStore caseStore, ProcurementService procurement,
      CoCommissionerRepository coCommissioners, ProviderAccreditationRepository accreditations,
      AccreditationDeadlines accreditationDeadlines, ObjectMapper objectMapper, Clock clock) {
    this.caseStore = caseStore;
    this.procurement = procurement;
    this.coCommissioners = coCommissioners;
    this.accreditations = accreditations;
    this.accreditationDeadlines = accreditationDeadlines;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  /**
   * Keeps each co-commissioner of the case's details as a record of its own, and involves each
   * commissioner's and police force's user in the case so that they see it. Answers the records'
   * ids; a retried step finds them already kept.
   */
  public List<Long> registerCoCommissioners(String reference) {
    var existing = coCommissioners.findByCommissioningCaseReferenceOrderById(reference);
    if (!existing.isEmpty()) {
      return existing.stream().map(CoCommissioner::getId).toList();
    }
    var commissioningCase = caseStore.get(reference);
    var ids = new ArrayList<Long>();
    for (var given : detailsOf(commissioningCase).coCommissioners()) {
      var saved = coCommissioners.save(new CoCommissioner(commissioningCase, given));
      caseStore.addParticipant(reference, saved.getPccUser(), "police and crime commissioner: "
          + saved.getPccOffice(), CaseStore.SYSTEM_ACTOR);
      caseStore.addParticipant(reference, saved.getPoliceForceUser(), "police force: " + saved.getPoliceForce(),
          CaseStore.SYSTEM_ACTOR);
      ids.add(saved.getId());
    }
    return ids;
  }

  @Transactional(readOnly = true)
  public CoCommissioner coCommissioner(long id) {
    return coCommissioners.findById(id)
        .orElseThrow(() -> new IllegalStateException("no co-commissioner " + id));
  }

  @RecordsAnswer("sarc-assess-needs")
  public void recordNeedsAssessment(CompletedTask task, NeedsAssessment assessment) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("needsSummary", assessment.needsSummary());
    fields.put("survivorEngagementSummary", assessment.survivorEngagementSummary());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Needs assessment and engagement recorded");
  }

  /** Records the commissioner's decision notice: their agreement to co-commission and co-fund is signed. */
  @RecordsAnswer("sarc-sign-co-commissioning-agreement")
  public void recordDecisionNotice(CompletedTask task, DecisionNotice notice) {
    var commissioner = coCommissioner(task.longVariable(CO_COMMISSIONER_ID));
    commissioner.sign(notice.decisionNoticeReference().strip(), notice.decisionNoticeDate(), task.actor(),
        Instant.now(clock));
    caseStore.recordDecision(task.caseReference(), SarcStage.CO_COMMISSIONING.label() + ": "
            + commissioner.getPccOffice(), "signed", task.actor(), DecisionChannel.TASKLIST,
        "Decision notice " + commissioner.getDecisionNoticeReference() + " of "
            + UkTime.DAY.format(notice.decisionNoticeDate()) + "; yearly share "
            + MoneyAmounts.format(commissioner.getFundingShare()));
  }

  /**
   * Records the specification and creates the lots, one for each area the co-commissioners name,
   * in the order first named: each is procured on its own.
   */
  @RecordsAnswer("sarc-write-service-specification")
  public Map<String, Object> recordSpecification(CompletedTask task, Specification specification) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("ageScope", specification.ageScope());
    fields.put("acuteAndNonRecent", specification.acuteAndNonRecent().isYes());
    fields.put("examinerRota", specification.examinerRota());
    fields.put("isvaInScope", specification.isvaInScope().isYes());
    fields.put("numberOfSites", specification.numberOfSites());
    fields.put("specificationSummary", specification.specificationSummary());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Service specification recorded");
    var areas = new LinkedHashSet<String>();
    coCommissioners.findByCommissioningCaseReferenceOrderById(task.caseReference())
        .forEach(commissioner -> areas.add(commissioner.getArea()));
    var lotIds = procurement.createLots(task.caseReference(), areas.stream().map(LotPlan::named).toList(),
        task.actor());
    var variables = new LinkedHashMap<String, Object>();
    variables.put(LOT_IDS, new ArrayList<>(lotIds));
    variables.put(REDESIGN_THERAPEUTIC_SERVICES, specification.redesignTherapeuticServices().isYes());
    return variables;
  }

  @RecordsAnswer("sarc-redesign-therapeutic-services")
  public void recordTherapeuticRedesign(CompletedTask task, TherapeuticRedesign redesign) {
    caseStore.updateDetails(task.caseReference(),
        Map.of("therapeuticRedesignSummary", redesign.therapeuticRedesignSummary()), task.actor(),
        "Redesign of therapeutic services recorded");
  }

  /**
   * The approval chain of a lot's award, as ApprovalChainProcess reads it: procurement, then NHS
   * England, then every police and crime commissioner of the lot's area and each one's police force
   * at once, each party named by the user who acts for it. All must approve.
   */
  @Transactional(readOnly = true)
  public String awardApprovalSteps(long lotId) {
    var lot = procurement.lot(lotId);
    var parties = new ArrayList<Map<String, String>>();
    for (var commissioner : coCommissioners.findByCommissioningCaseIdOrderById(lot.getCommissioningCase().getId())) {
      if (commissioner.getArea().equals(lot.getName())) {
        parties.add(Map.of("name", commissioner.getPccOffice(), "role", Role.PCC_REPRESENTATIVE.groupId(),
            "user", commissioner.getPccUser()));
        parties.add(Map.of("name", commissioner.getPoliceForce(), "role", Role.POLICE_FORCE.groupId(),
            "user", commissioner.getPoliceForceUser()));
      }
    }
    var steps = List.of(
        Map.of("name", PROCUREMENT_STEP, "role", Role.PROCUREMENT_LEAD.groupId()),
        Map.of("name", NHS_ENGLAND_STEP, "role", Role.DIRECTOR_OF_COMMISSIONING.groupId()),
        Map.of("name", CO_COMMISSIONERS_STEP, "role", Role.PCC_REPRESENTATIVE.groupId(), "parties", parties));
    try {
      return objectMapper.writeValueAsString(steps);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the approval steps of lot " + lotId, e);
    }
  }

  /**
   * Starts an accreditation record for each lot awarded, for its provider, and answers their ids:
   * each is mobilised on its own. With none awarded, the case is cancelled.
   */
  public List<Long> recordAwards(String reference) {
    var commissioningCase = caseStore.get(reference);
    var awarded = procurement.lotsOf(reference).stream().filter(lot -> lot.getStatus() == Lot.Status.AWARDED)
        .toList();
    for (var lot : awarded) {
      if (accreditations.findByLotId(lot.getId()).isEmpty()) {
        accreditations.save(new ProviderAccreditation(commissioningCase, lot.getId(), lot.getName(),
            lot.getAwardedTo(), CaseStore.SYSTEM_ACTOR, Instant.now(clock)));
      }
    }
    if (awarded.isEmpty()) {
      caseStore.end(reference, CaseStatus.CANCELLED, "no SARC lot was awarded", CaseStore.SYSTEM_ACTOR);
    }
    return awarded.stream().map(Lot::getId).toList();
  }

  /**
   * Records the lot's accreditation plan and answers whether accreditation is in hand: the
   * provider is accredited, or holds a UKAS application and the deadline has not passed. When it is
   * not, the case gets a risk for the escalation to address.
   */
  @RecordsAnswer("sarc-plan-accreditation")
  public Map<String, Object> recordAccreditationPlan(CompletedTask task, AccreditationPlan plan) {
    if (plan.accreditationStatus() == PlannedStatus.APPLICATION_IN_PROGRESS
        && (plan.ukasApplicationReference() == null || plan.ukasApplicationReference().isBlank())) {
      throw new IllegalArgumentException("UKAS application reference is required when an application is in progress");
    }
    var accreditation = accreditationOf(task);
    accreditation.plan(plan.accreditationStatus().status, blankToNull(plan.ukasApplicationReference()),
        plan.fsrDeclarationDate(), plan.accreditationPlan(), task.actor(), Instant.now(clock));
    var deadline = accreditationDeadlines.of(detailsOf(caseStore.get(task.caseReference())));
    var inHand = inHand(accreditation.getStatus(), deadline, UkTime.today(clock));
    caseStore.note(task.caseReference(), task.actor(), "ACCREDITATION_PLANNED", accreditation.getArea() + ": "
        + accreditation.getProvider() + " is " + plan.accreditationStatus().id().replace('-', ' '),
        Map.of("lotId", accreditation.getLotId(), "status", accreditation.getStatus().id()));
    if (!inHand) {
      caseStore.addRisk(task.caseReference(), accreditation.getArea() + ": " + accreditation.getProvider()
              + " is neither accredited nor holding a UKAS application before the deadline of "
              + UkTime.DAY.format(deadline), 4, 4, Role.DIRECTOR_OF_COMMISSIONING.displayName(),
          "Escalated to the director of commissioning", task.actor());
    }
    return Map.of(ACCREDITATION_IN_HAND, inHand);
  }

  /** Accredited, or holding an application made before the deadline passed. */
  static boolean inHand(AccreditationStatus status, LocalDate deadline, LocalDate today) {
    return status == AccreditationStatus.ACCREDITED
        || status == AccreditationStatus.APPLICATION_IN_PROGRESS && !today.isAfter(deadline);
  }

  @RecordsAnswer("sarc-escalate-missing-accreditation")
  public void recordEscalation(CompletedTask task, Escalation escalation) {
    var accreditation = accreditationOf(task);
    caseStore.recordDecision(task.caseReference(), SarcStage.ACCREDITATION_ESCALATION.label() + ": "
        + accreditation.getArea(), escalation.escalationAction().id(), task.actor(), DecisionChannel.TASKLIST,
        escalation.escalationReason());
  }

  /**
   * Records the lot's go-live; the contract runs the case's term from it. Answers when the contract
   * ends, at the start of the day after its last: the surveillance of accreditation stops then.
   */
  @RecordsAnswer("sarc-confirm-go-live")
  public Map<String, Object> recordGoLive(CompletedTask task, GoLive goLive) {
    var accreditation = accreditationOf(task);
    var termYears = detailsOf(caseStore.get(task.caseReference())).termYears();
    var contractEnd = goLive.goLiveDate().plusYears(termYears).minusDays(1);
    accreditation.goLive(goLive.goLiveDate(), contractEnd, task.actor(), Instant.now(clock));
    caseStore.note(task.caseReference(), task.actor(), "SARC_LIVE", accreditation.getArea() + ": "
        + accreditation.getProvider() + " live from " + UkTime.DAY.format(goLive.goLiveDate()),
        Map.of("lotId", accreditation.getLotId(), "goLiveDate", goLive.goLiveDate(), "contractEndDate", contractEnd));
    return Map.of(CONTRACT_ENDS_AT, UkTime.startOfAsDate(contractEnd.plusDays(1)));
  }

  @RecordsAnswer("sarc-record-accreditation-surveillance")
  public void recordSurveillance(CompletedTask task, Surveillance surveillance) {
    var accreditation = accreditationOf(task);
    accreditation.surveyed(surveillance.surveillanceDate(), surveillance.surveillanceOutcome().status, task.actor(),
        Instant.now(clock));
    caseStore.note(task.caseReference(), task.actor(), "ACCREDITATION_SURVEILLED", accreditation.getArea()
            + ": UKAS surveillance visit " + accreditation.getSurveillanceVisits() + " on "
            + UkTime.DAY.format(surveillance.surveillanceDate()) + ", "
            + surveillance.surveillanceOutcome().id().replace('-', ' '),
        Map.of("lotId", accreditation.getLotId(), "status", accreditation.getStatus().id()));
  }

  /** Every SARC contract of the case has reached the end of its term: the case is closed. */
  public void closeAfterContracts(String reference) {
    caseStore.end(reference, CaseStatus.CLOSED, "every SARC contract awarded has reached the end of its term",
        CaseStore.SYSTEM_ACTOR);
  }

  @Transactional(readOnly = true)
  public List<CoCommissioner> coCommissionersOf(long caseId) {
    return coCommissioners.findByCommissioningCaseIdOrderById(caseId);
  }

  @Transactional(readOnly = true)
  public List<ProviderAccreditation> accreditationsOf(long caseId) {
    return accreditations.findByCommissioningCaseIdOrderById(caseId);
  }

  private ProviderAccreditation accreditationOf(CompletedTask task) {
    var lotId = task.longVariable(LOT_ID);
    return accreditations.findByLotId(lotId)
        .orElseThrow(() -> new IllegalStateException("lot " + lotId + " has no accreditation record"));
  }

  private SarcRecommissioningDetails detailsOf(CommissioningCase commissioningCase) {
    return caseStore.detailsOf(commissioningCase, SarcRecommissioningDetails.class);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
