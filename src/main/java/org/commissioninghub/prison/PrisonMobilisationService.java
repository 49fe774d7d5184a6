package org.commissioninghub.prison;

import static org.commissioninghub.prison.PrisonMobilisationVariables.*;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.YesNo;
import org.commissioninghub.workitem.Workstream;
import org.commissioninghub.workitem.WorkstreamService;
import org.commissioninghub.workitem.WorkstreamService.NewWorkstream;
import org.commissioninghub.workitem.WorkstreamService.WorkstreamUpdate;
import org.commissioninghub.workitem.WorkstreamStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a prison healthcare mobilisation: the lots and sites as typed records, what each
 * workstream's answers mean for its site and its workstream, readiness and go/no-go, deferral and
 * urgent award extensions, go-live and the reviews after it. Each {@link RecordsAnswer} method
 * records one form's answers when its task is completed; the order is the diagram's.
 */
@Service
@Transactional
public class PrisonMobilisationService {

  // --- What each form answers ---------------------------------------------------------------

  public record AwardHandover(
      @NotNull @SensibleDate LocalDate contractSignedOn,
      @NotNull @Min(1) @Max(15) Integer termYears,
      @NotNull @PositiveOrZero BigDecimal wholeLifeValue,
      @NotBlank @Size(max = 4000) String awardHandoverNotes) {}

  public record KickOff(
      @NotNull @SensibleDate LocalDate kickOffDate,
      @NotBlank @SingleLine @Size(max = 200) String commissionerBoardMember,
      @NotBlank @SingleLine @Size(max = 200) String providerBoardMember,
      @NotBlank @SingleLine @Size(max = 200) String prisonBoardMember,
      @NotBlank @Size(max = 4000) String boardArrangements) {}

  public record EmployeeLiabilityInformation(
      @NotNull @SensibleDate LocalDate employeeLiabilityReceivedOn,
      @Size(max = 4000) String employeeLiabilityNotes) {}

  public record EmployeeLiabilityChase(@NotBlank @Size(max = 4000) String chaseNotes) {}

  /**
   * What an owner reports on a workstream: where it stands, how confident they are, and the
   * evidence. Each workstream's form has keys of its own ({@code medicinesRag}), so that the
   * site's other workstreams, running beside it, never show its answers.
   */
  record WorkstreamReport(WorkstreamStatus status, RagRating rag, String evidence) {}

  public record MedicinesReport(
      @NotNull WorkstreamStatus medicinesStatus,
      @NotNull RagRating medicinesRag,
      @Size(max = 4000) String medicinesEvidence) {}

  public record EstatesReport(
      @NotNull WorkstreamStatus estatesStatus,
      @NotNull RagRating estatesRag,
      @Size(max = 4000) String estatesEvidence) {}

  public record PathwaysReport(
      @NotNull WorkstreamStatus pathwaysStatus,
      @NotNull RagRating pathwaysRag,
      @Size(max = 4000) String pathwaysEvidence) {}

  public record TupeConsultation(
      @NotNull @SensibleDate LocalDate consultationStartedOn,
      @NotNull @PositiveOrZero @Max(10000) Integer tupeHeadcount,
      @NotNull WorkstreamStatus workforceStatus,
      @NotNull RagRating workforceRag,
      @Size(max = 4000) String workforceEvidence) {}

  public record SecurityVetting(
      @NotNull @PositiveOrZero @Max(10000) Integer staffVetted,
      @NotNull @PositiveOrZero @Max(10000) Integer staffToVet,
      @NotNull RagRating vettingRag,
      @Size(max = 4000) String vettingEvidence) {}

  public record CqcRegistration(
      @NotNull PrisonSite.CqcStatus cqcStatus,
      @NotNull RagRating cqcRag,
      @Size(max = 4000) String cqcEvidence) {}

  public record ClinicalIt(
      @NotNull YesNo systmOneUnitReady,
      @NotNull YesNo recordMigrationReady,
      @NotNull YesNo smartcardsIssued,
      @NotNull YesNo networkReady,
      @NotNull @SensibleDate LocalDate itCutoverDate,
      @NotNull RagRating itRag,
      @Size(max = 4000) String itEvidence) {}

  public record InformationGovernance(
      @NotNull PrisonSite.DsptStatus dsptStatus,
      @NotNull YesNo dataProcessingAgreementsSigned,
      @NotNull YesNo igLeadSignOff,
      @NotNull RagRating igRag,
      @Size(max = 4000) String igEvidence) {}

  public record ReadinessAssessment(
      @NotNull RagRating readinessRag,
      @NotBlank @Size(max = 4000) String readinessSummary,
      PrisonSite.CqcStatus cqcStatus) {}

  public record DeferralDecision(
      @NotNull @SensibleDate LocalDate newGoLiveDate,
      @NotNull YesNo urgentExtension,
      @NotBlank @Size(max = 4000) String deferralNotes) {}

  public record UrgentAwardExtension(
      @NotNull @SensibleDate LocalDate extendedUntil,
      @NotNull @PositiveOrZero BigDecimal extensionValue,
      @NotBlank @Size(min = 20, max = 4000) String justification,
      @NotNull @SensibleDate LocalDate awardNoticePublishedOn) {}

  public record PostGoLiveReview(
      @NotNull ReviewOutcome reviewOutcome,
      @NotBlank @Size(max = 4000) String reviewNotes) {}

  public enum ReviewOutcome implements CodedValue {
    ON_TRACK,
    CONCERNS
  }

  public record ContractManagementHandover(@NotBlank @Size(max = 4000) String contractManagementHandoverNotes) {}

  /** The days a site's timers read, as the engine's timers take them. */
  public record SiteDates(Date goLive, Date employeeLiabilityDue, Date vettingWarning) {}

  /** The days a lot's post-go-live reviews fall due. */
  public record ReviewDates(Date firstReview, Date secondReview) {}

  /** What a site's go/no-go chain approves; each sign-off names the site as its item. */
  static final String GO_LIVE_APPROVAL = "Go-live";

  private final CaseStore caseStore;
  private final WorkstreamService workstreams;
  private final PrisonLotRepository lots;
  private final PrisonSiteRepository sites;
  private final UrgentExtensionRepository extensions;
  private final PrisonPolicy policy;
  private final Clock clock;

  PrisonMobilisationService(CaseStore caseStore, WorkstreamService workstreams, PrisonLotRepository lots,
      PrisonSiteRepository sites, UrgentExtensionRepository extensions, PrisonPolicy policy, Clock clock) {
    this.caseStore = caseStore;
    this.workstreams = workstreams;
    this.lots = lots;
    this.sites = sites;
    this.extensions = extensions;
    this.policy = policy;
    this.clock = clock;
  }

  // --- Lots and sites -----------------------------------------------------------------------

  /**
   * Makes the lots and sites of the case's details typed records, once (a retried step finds them
   * made), names each site's governor as taking part in the case, and plans each lot's go-live as
   * a milestone. Answers the lots' ids in lot order.
   */
  public List<Long> registerLotsAndSites(String reference) {
    var commissioningCase = caseStore.get(reference);
    var existing = lots.findByCaseIdOrderByLotNumber(commissioningCase.getId());
    if (!existing.isEmpty()) {
      return existing.stream().map(PrisonLot::getId).toList();
    }
    var details = detailsOf(commissioningCase);
    var ids = new ArrayList<Long>();
    for (int index = 0; index < details.lots().size(); index++) {
      var awarded = details.lots().get(index);
      var lot = lots.save(new PrisonLot(commissioningCase.getId(), index + 1, awarded.name().strip(),
          awarded.primeProvider().strip(), blankToNull(awarded.incumbentProvider()), awarded.goLiveDate(),
          awarded.contractEndDate()));
      for (var site : awarded.sites()) {
        sites.save(new PrisonSite(commissioningCase.getId(), lot, site.name().strip(), site.category(),
            blankToNull(site.healthcareUnit()), site.governor().strip(),
            policy.employeeLiabilityInformationDue(awarded.goLiveDate())));
        caseStore.addParticipant(reference, site.governor().strip(), "Prison governor of " + site.name().strip(),
            CaseStore.SYSTEM_ACTOR);
      }
      caseStore.planMilestone(reference, "Go-live of " + lot.displayName(), awarded.goLiveDate(),
          CaseStore.SYSTEM_ACTOR);
      ids.add(lot.getId());
    }
    return ids;
  }

  /** The ids of a lot's sites, one mobilisation each. */
  @Transactional(readOnly = true)
  public List<Long> siteIdsOf(long lotId) {
    return sites.findByLotIdOrderById(lotId).stream().map(PrisonSite::getId).toList();
  }

  /** The go-live dates of every case's lots, each once: the console counts sites ready for each. */
  @Transactional(readOnly = true)
  public List<LocalDate> goLiveDates() {
    return lots.findGoLiveDates();
  }

  /** The names of every case's sites, each once: the console counts workstreams by site. */
  @Transactional(readOnly = true)
  public List<String> siteNames() {
    return sites.findSiteNames();
  }

  @Transactional(readOnly = true)
  public List<PrisonLot> lotsOf(long caseId) {
    return lots.findByCaseIdOrderByLotNumber(caseId);
  }

  @Transactional(readOnly = true)
  public List<PrisonSite> sitesOf(long caseId) {
    return sites.findByCaseIdOrderByLotLotNumberAscIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public List<UrgentExtension> urgentExtensionsOf(long caseId) {
    return extensions.findByCaseIdOrderById(caseId);
  }

  @Transactional(readOnly = true)
  public Optional<PrisonSite> findSite(long siteId) {
    return sites.findById(siteId);
  }

  /** The site as people know it, with its lot: "HMP Portland (Lot 3: Dorset)". */
  @Transactional(readOnly = true)
  public Optional<String> siteName(long siteId) {
    return sites.findById(siteId).map(PrisonSite::displayName);
  }

  /** The lot as people know it: "Lot 3: Dorset". */
  @Transactional(readOnly = true)
  public Optional<String> lotName(long lotId) {
    return lots.findById(lotId).map(PrisonLot::displayName);
  }

  /**
   * Creates the site's workstreams, each owned by its role and due by the site's go-live, and
   * answers the days the site's timers wait for.
   */
  public SiteDates setUpSite(String reference, long siteId) {
    var site = siteOf(reference, siteId);
    var wanted = Arrays.stream(SiteWorkstream.values())
        .map(workstream -> new NewWorkstream(null, site.getName(), workstream.title(), workstream.owner().groupId(),
            null, site.getGoLiveDate()))
        .toList();
    workstreams.createWorkstreams(reference, wanted, CaseStore.SYSTEM_ACTOR);
    return new SiteDates(UkTime.startOfAsDate(site.getGoLiveDate()),
        UkTime.startOfAsDate(site.getEmployeeLiabilityDueDate()),
        UkTime.startOfAsDate(policy.vettingWarningDate(site.getGoLiveDate())));
  }

  // --- Contract award handover and kick-off -------------------------------------------------

  @RecordsAnswer("prison-hand-over-contract-award")
  public void recordAwardHandover(CompletedTask task, AwardHandover handover) {
    InvalidInputException.refuseFutureDay(handover.contractSignedOn(), today(), "contractSignedOn");
    var fields = new LinkedHashMap<String, Object>();
    fields.put("contractSignedOn", handover.contractSignedOn());
    fields.put("termYears", handover.termYears());
    fields.put("wholeLifeValue", handover.wholeLifeValue());
    fields.put("awardHandoverNotes", handover.awardHandoverNotes());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Contract award handed over");
    caseStore.updateValue(task.caseReference(), handover.wholeLifeValue(), task.actor());
  }

  @RecordsAnswer("prison-kick-off-mobilisation")
  public void recordKickOff(CompletedTask task, KickOff kickOff) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("kickOffDate", kickOff.kickOffDate());
    fields.put("commissionerBoardMember", kickOff.commissionerBoardMember());
    fields.put("providerBoardMember", kickOff.providerBoardMember());
    fields.put("prisonBoardMember", kickOff.prisonBoardMember());
    fields.put("boardArrangements", kickOff.boardArrangements());
    caseStore.updateDetails(task.caseReference(), fields, task.actor(), "Mobilisation kicked off and board set up");
  }

  // --- Workforce and TUPE -------------------------------------------------------------------

  /**
   * Records when the outgoing employer's employee liability information arrived: on or before its
   * due day the workstream stays as its owner rated it, later it is rated amber at best.
   */
  @RecordsAnswer("prison-record-employee-liability-information")
  public void recordEmployeeLiabilityInformation(CompletedTask task, EmployeeLiabilityInformation information) {
    InvalidInputException.refuseFutureDay(information.employeeLiabilityReceivedOn(), today(),
        "employeeLiabilityReceivedOn");
    var site = siteOf(task);
    site.employeeLiabilityInformationReceived(information.employeeLiabilityReceivedOn());
    var onTime = !information.employeeLiabilityReceivedOn().isAfter(site.getEmployeeLiabilityDueDate());
    var evidence = "Employee liability information received on " + day(information.employeeLiabilityReceivedOn())
        + (onTime ? ", on time" : ", after it was due on " + day(site.getEmployeeLiabilityDueDate()))
        + withNotes(information.employeeLiabilityNotes());
    workstreams.update(task.caseReference(), workstreamOf(task.caseReference(), site, SiteWorkstream.WORKFORCE).getId(),
        new WorkstreamUpdate(WorkstreamStatus.IN_PROGRESS, onTime ? RagRating.GREEN : RagRating.AMBER, evidence),
        task.actor());
  }

  /**
   * The employee liability information is overdue: a risk goes on the case for the Health and
   * Justice commissioner, and the site's workforce workstream is rated red.
   */
  public void raiseLateEmployeeLiabilityRisk(String reference, long siteId) {
    var site = siteOf(reference, siteId);
    var description = "Employee liability information for " + site.getName() + " was due on "
        + day(site.getEmployeeLiabilityDueDate()) + " and has not arrived: TUPE consultation and the transfer of staff"
        + " on " + day(site.getGoLiveDate()) + " are at risk";
    if (hasOpenRisk(reference, description)) {
      return;
    }
    caseStore.addRisk(reference, description, 4, 4, Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId(),
        "Chase the outgoing employer; escalate through the mobilisation board", CaseStore.SYSTEM_ACTOR);
    workstreams.update(reference, workstreamOf(reference, site, SiteWorkstream.WORKFORCE).getId(),
        new WorkstreamUpdate(null, RagRating.RED, null), CaseStore.SYSTEM_ACTOR);
  }

  @RecordsAnswer("prison-chase-employee-liability-information")
  public void recordEmployeeLiabilityChase(CompletedTask task, EmployeeLiabilityChase chase) {
    var site = siteOf(task);
    caseStore.note(task.caseReference(), task.actor(), "EMPLOYEE_LIABILITY_CHASED",
        "Employee liability information chased for " + site.getName(),
        Map.of("site", site.getName(), "notes", chase.chaseNotes()));
  }

  @RecordsAnswer("prison-confirm-tupe-consultation")
  public void recordTupeConsultation(CompletedTask task, TupeConsultation consultation) {
    InvalidInputException.refuseFutureDay(consultation.consultationStartedOn(), today(), "consultationStartedOn");
    var site = siteOf(task);
    site.tupeConsultation(consultation.consultationStartedOn(), consultation.tupeHeadcount());
    report(task, site, SiteWorkstream.WORKFORCE,
        new WorkstreamReport(consultation.workforceStatus(), consultation.workforceRag(), consultation.workforceEvidence()));
  }

  // --- Security vetting ---------------------------------------------------------------------

  /**
   * Records staff cleared of those to clear; the workstream is done when all are cleared. Answers
   * whether they are, for the diagram to ask again until then.
   */
  @RecordsAnswer("prison-report-security-vetting")
  public Map<String, Object> recordSecurityVetting(CompletedTask task, SecurityVetting vetting) {
    if (vetting.staffVetted() > vetting.staffToVet()) {
      throw new InvalidInputException(List.of(new FieldProblem("staffVetted",
          "cannot be more than the staff to vet (" + vetting.staffToVet() + ")")));
    }
    var site = siteOf(task);
    site.vetting(vetting.staffVetted(), vetting.staffToVet());
    var allVetted = vetting.staffVetted().equals(vetting.staffToVet());
    var evidence = vetting.staffVetted() + " of " + vetting.staffToVet() + " staff cleared"
        + withNotes(vetting.vettingEvidence());
    report(task, site, SiteWorkstream.VETTING, new WorkstreamReport(
        allVetted ? WorkstreamStatus.DONE : WorkstreamStatus.IN_PROGRESS, vetting.vettingRag(), evidence));
    return Map.of(ALL_STAFF_VETTED, allVetted);
  }

  /**
   * Go-live is nearer than vetting can take and staff are still to be cleared: a risk goes on the
   * case (once), and the vetting workstream is rated red.
   */
  public void warnVettingTimeShort(String reference, long siteId) {
    var site = siteOf(reference, siteId);
    var description = "Security vetting at " + site.getName() + " takes " + policy.vettingWeeksShortest() + " to "
        + policy.vettingWeeksLongest() + " weeks a person and staff are still to be cleared less than "
        + policy.vettingWeeksLongest() + " weeks before go-live on " + day(site.getGoLiveDate());
    if (hasOpenRisk(reference, description)) {
      return;
    }
    caseStore.addRisk(reference, description, 4, 4, Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId(),
        "Prioritise clearances with the prison; consider an urgent award extension of the incumbent",
        CaseStore.SYSTEM_ACTOR);
    workstreams.update(reference, workstreamOf(reference, site, SiteWorkstream.VETTING).getId(),
        new WorkstreamUpdate(null, RagRating.RED, null), CaseStore.SYSTEM_ACTOR);
  }

  // --- CQC, clinical IT, information governance and the other workstreams -------------------

  /** The provider's CQC registration for the site: done once registered, blocked until applied for. */
  @RecordsAnswer("prison-confirm-cqc-registration")
  public void recordCqcRegistration(CompletedTask task, CqcRegistration registration) {
    var site = siteOf(task);
    site.cqc(registration.cqcStatus());
    report(task, site, SiteWorkstream.CQC, new WorkstreamReport(cqcWorkstreamStatus(registration.cqcStatus()),
        registration.cqcRag(), describe(registration.cqcStatus(), registration.cqcEvidence())));
  }

  private static WorkstreamStatus cqcWorkstreamStatus(PrisonSite.CqcStatus status) {
    return switch (status) {
      case REGISTERED -> WorkstreamStatus.DONE;
      case APPLIED -> WorkstreamStatus.IN_PROGRESS;
      case NOT_APPLIED -> WorkstreamStatus.BLOCKED;
    };
  }

  /** Clinical IT is done when the SystmOne unit, record migration, smartcards and network are all ready. */
  @RecordsAnswer("prison-prepare-clinical-it")
  public void recordClinicalIt(CompletedTask task, ClinicalIt it) {
    var site = siteOf(task);
    if (it.itCutoverDate().isAfter(site.getGoLiveDate())) {
      throw new InvalidInputException(List.of(new FieldProblem("itCutoverDate",
          "must be on or before the site's go-live date, " + day(site.getGoLiveDate()))));
    }
    site.clinicalIt(it.itCutoverDate());
    var ready = it.systmOneUnitReady().isYes() && it.recordMigrationReady().isYes() && it.smartcardsIssued().isYes()
        && it.networkReady().isYes();
    var evidence = "SystmOne unit " + yesNo(it.systmOneUnitReady()) + ", record migration " + yesNo(it.recordMigrationReady())
        + ", smartcards " + yesNo(it.smartcardsIssued()) + ", network " + yesNo(it.networkReady()) + "; cut-over on "
        + day(it.itCutoverDate()) + withNotes(it.itEvidence());
    report(task, site, SiteWorkstream.CLINICAL_IT,
        new WorkstreamReport(ready ? WorkstreamStatus.DONE : WorkstreamStatus.IN_PROGRESS, it.itRag(), evidence));
  }

  /**
   * The IG lead signs off only a provider whose toolkit is "Standards Met" (a contractual
   * requirement) with its data processing agreements signed; the workstream is then done.
   */
  @RecordsAnswer("prison-sign-off-information-governance")
  public void recordInformationGovernance(CompletedTask task, InformationGovernance governance) {
    var problems = new ArrayList<FieldProblem>();
    if (governance.igLeadSignOff().isYes() && governance.dsptStatus() != PrisonSite.DsptStatus.STANDARDS_MET) {
      problems.add(new FieldProblem("igLeadSignOff",
          "cannot be yes unless the Data Security and Protection Toolkit shows Standards Met"));
    }
    if (governance.igLeadSignOff().isYes() && !governance.dataProcessingAgreementsSigned().isYes()) {
      problems.add(new FieldProblem("igLeadSignOff", "cannot be yes until the data processing agreements are signed"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var site = siteOf(task);
    site.informationGovernance(governance.dsptStatus());
    var evidence = "Toolkit " + governance.dsptStatus().id() + ", data processing agreements "
        + (governance.dataProcessingAgreementsSigned().isYes() ? "signed" : "not signed") + ", IG lead "
        + (governance.igLeadSignOff().isYes() ? "signed off" : "not signed off")
        + withNotes(governance.igEvidence());
    report(task, site, SiteWorkstream.INFORMATION_GOVERNANCE, new WorkstreamReport(
        governance.igLeadSignOff().isYes() ? WorkstreamStatus.DONE : WorkstreamStatus.IN_PROGRESS,
        governance.igRag(), evidence));
  }

  @RecordsAnswer("prison-prepare-medicines-and-pharmacy")
  public void recordMedicinesAndPharmacy(CompletedTask task, MedicinesReport report) {
    report(task, siteOf(task), SiteWorkstream.MEDICINES,
        new WorkstreamReport(report.medicinesStatus(), report.medicinesRag(), report.medicinesEvidence()));
  }

  @RecordsAnswer("prison-prepare-estates-and-equipment")
  public void recordEstatesAndEquipment(CompletedTask task, EstatesReport report) {
    report(task, siteOf(task), SiteWorkstream.ESTATES,
        new WorkstreamReport(report.estatesStatus(), report.estatesRag(), report.estatesEvidence()));
  }

  @RecordsAnswer("prison-agree-clinical-pathways")
  public void recordClinicalPathways(CompletedTask task, PathwaysReport report) {
    report(task, siteOf(task), SiteWorkstream.CLINICAL_PATHWAYS,
        new WorkstreamReport(report.pathwaysStatus(), report.pathwaysRag(), report.pathwaysEvidence()));
  }

  // --- Readiness, go/no-go and deferral -----------------------------------------------------

  /**
   * Records the site's readiness and asks for its go/no-go: the Health and Justice commissioner,
   * then (when configured) the site's prison governor. A site is rated green only when every
   * workstream is done. A CQC status given here is the registration as it stands now.
   */
  @RecordsAnswer("prison-assess-site-readiness")
  public Map<String, Object> recordReadiness(CompletedTask task, ReadinessAssessment assessment) {
    var site = siteOf(task);
    if (assessment.cqcStatus() != null) {
      site.cqc(assessment.cqcStatus());
      workstreams.update(task.caseReference(), workstreamOf(task.caseReference(), site, SiteWorkstream.CQC).getId(),
          new WorkstreamUpdate(cqcWorkstreamStatus(assessment.cqcStatus()), null,
              describe(assessment.cqcStatus(), "Confirmed at the readiness assessment")), task.actor());
    }
    if (assessment.readinessRag() == RagRating.GREEN) {
      var unfinished = siteWorkstreams(task.caseReference(), site).stream()
          .filter(workstream -> workstream.getStatus() != WorkstreamStatus.DONE)
          .map(Workstream::getName).toList();
      if (!unfinished.isEmpty()) {
        throw new InvalidInputException(List.of(new FieldProblem("readinessRag",
            "cannot be green while these workstreams are not done: " + String.join(", ", unfinished))));
      }
    }
    site.readiness(assessment.readinessRag(), assessment.readinessSummary());
    caseStore.note(task.caseReference(), task.actor(), "SITE_READINESS_ASSESSED",
        "Readiness of " + site.getName() + " assessed as " + assessment.readinessRag().id(),
        Map.of("site", site.getName(), "readinessRag", assessment.readinessRag().id()));
    var steps = new ArrayList<Map<String, Object>>();
    steps.add(Map.of("name", "Health and Justice commissioner", "role", Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId()));
    if (policy.governorApprovesGoLive()) {
      steps.add(Map.of("name", "Prison governor", "role", Role.PRISON_GOVERNOR.groupId(), "user",
          site.getGovernorUser()));
    }
    var variables = new HashMap<String, Object>();
    variables.put(GO_LIVE_STAGE, GO_LIVE_APPROVAL);
    variables.put(APPROVAL_STEPS, steps);
    variables.put(APPROVAL_SUMMARY, "Go-live of " + site.displayName() + " with " + site.getLot().getPrimeProvider()
        + " on " + day(site.getGoLiveDate()) + ". Readiness " + assessment.readinessRag().id() + ": "
        + assessment.readinessSummary());
    return variables;
  }

  /** Go-live approved: the site waits for its date. */
  public void recordGoDecision(String reference, long siteId) {
    var site = siteOf(reference, siteId);
    site.decided(PrisonSite.GoNoGo.GO);
    caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "SITE_GO_LIVE_APPROVED",
        site.getName() + " approved to go live on " + day(site.getGoLiveDate()), Map.of("site", site.getName()));
  }

  /** No go-live without CQC registration: whether the site's provider holds it. */
  @Transactional(readOnly = true)
  public boolean cqcRegistered(String reference, long siteId) {
    return siteOf(reference, siteId).getCqcStatus() == PrisonSite.CqcStatus.REGISTERED;
  }

  /**
   * The site cannot go live on its date, because the go/no-go did not approve it or its CQC
   * registration is not in hand: it is deferred, a risk goes on the case and its readiness is red.
   */
  public void defer(String reference, long siteId, String goNoGoOutcome, String goNoGoComment, boolean cqcRegistered) {
    var site = siteOf(reference, siteId);
    var reason = APPROVED.equals(goNoGoOutcome) && !cqcRegistered
        ? "its CQC registration is not in hand on its go-live date"
        : "its go-live was not approved" + (goNoGoComment == null || goNoGoComment.isBlank() ? "" : ": " + goNoGoComment);
    site.decided(PrisonSite.GoNoGo.NO_GO);
    site.readiness(RagRating.RED, "Deferred: " + reason);
    caseStore.addRisk(reference, site.getName() + " cannot go live on " + day(site.getGoLiveDate()) + ": " + reason, 5, 4,
        Role.DIRECTOR_OF_COMMISSIONING.groupId(), "Set a new go-live date; consider an urgent award extension of "
            + (site.getLot().getIncumbentProvider() == null ? "the incumbent" : site.getLot().getIncumbentProvider()),
        CaseStore.SYSTEM_ACTOR);
  }

  /**
   * The Director of Commissioning's decision on a deferred site: its new go-live date, within the
   * contract and not in the past, and whether the incumbent is kept on by an urgent award.
   */
  @RecordsAnswer("prison-decide-deferred-go-live")
  public Map<String, Object> recordDeferral(CompletedTask task, DeferralDecision decision) {
    var site = siteOf(task);
    var problems = new ArrayList<FieldProblem>();
    if (decision.newGoLiveDate().isBefore(today())) {
      problems.add(new FieldProblem("newGoLiveDate", "cannot be in the past"));
    }
    if (!decision.newGoLiveDate().isBefore(site.getLot().getContractEndDate())) {
      problems.add(new FieldProblem("newGoLiveDate", "must be before the contract ends on "
          + day(site.getLot().getContractEndDate())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    site.deferredTo(decision.newGoLiveDate());
    caseStore.recordDecision(task.caseReference(), "Deferred go-live of " + site.getName(),
        decision.urgentExtension().isYes() ? "deferred with urgent award extension" : "deferred",
        task.actor(), DecisionChannel.TASKLIST, decision.deferralNotes());
    return Map.of(SITE_GO_LIVE_DATE, UkTime.startOfAsDate(decision.newGoLiveDate()),
        URGENT_EXTENSION_NEEDED, decision.urgentExtension().isYes());
  }

  /**
   * Records an urgent award (PSR regulation 14) keeping the incumbent on at the site: it must
   * cover the site until the day before its new go-live, with its justification and the award
   * notice already published.
   */
  @RecordsAnswer("prison-record-urgent-award-extension")
  public void recordUrgentExtension(CompletedTask task, UrgentAwardExtension extension) {
    var site = siteOf(task);
    var problems = new ArrayList<FieldProblem>();
    if (site.getLot().getIncumbentProvider() == null) {
      problems.add(new FieldProblem("extendedUntil", site.getLot().displayName()
          + " has no incumbent provider to extend"));
    }
    if (extension.extendedUntil().isBefore(site.getGoLiveDate().minusDays(1))) {
      problems.add(new FieldProblem("extendedUntil", "must cover the site until its new go-live on "
          + day(site.getGoLiveDate())));
    }
    if (extension.awardNoticePublishedOn().isAfter(today())) {
      problems.add(new FieldProblem("awardNoticePublishedOn", "cannot be in the future: record the notice once published"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var saved = extensions.save(new UrgentExtension(site.getCaseId(), site.getId(), site.getLot().getIncumbentProvider(),
        extension.extendedUntil(), extension.extensionValue(), extension.justification().strip(),
        extension.awardNoticePublishedOn(), task.actor(), Instant.now(clock)));
    caseStore.recordDecision(task.caseReference(), "Urgent award extension at " + site.getName(),
        "extended to " + day(saved.getExtendedUntil()), task.actor(), DecisionChannel.TASKLIST, saved.getJustification());
  }

  /** The site's new provider has started on its go-live date. */
  public void recordSiteLive(String reference, long siteId) {
    var site = siteOf(reference, siteId);
    site.liveOn(today());
    caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "SITE_LIVE", site.getName() + " went live with "
        + site.getLot().getPrimeProvider(), Map.of("site", site.getName(), "liveOn", today().toString()));
  }

  /**
   * Every site of the lot is live: the lot is live, its go-live milestone achieved, and its reviews
   * fall due the configured days after the last of its sites went live.
   */
  public ReviewDates recordLotLive(String reference, long lotId) {
    var lot = lots.findById(lotId).filter(found -> found.getCaseId().equals(caseStore.get(reference).getId()))
        .orElseThrow(() -> new IllegalArgumentException(reference + " has no prison lot " + lotId));
    lot.goneLive();
    var lastLive = sites.findByLotIdOrderById(lotId).stream().map(PrisonSite::getLiveOn)
        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(today());
    caseStore.achieveMilestone(reference, "Go-live of " + lot.displayName(), lastLive, CaseStore.SYSTEM_ACTOR);
    return new ReviewDates(UkTime.startOfAsDate(policy.firstReviewDate(lastLive)),
        UkTime.startOfAsDate(policy.secondReviewDate(lastLive)));
  }

  /** Records a review of the lot's service; the next review's form starts empty. */
  @RecordsAnswer("prison-hold-post-go-live-review")
  public Map<String, Object> recordPostGoLiveReview(CompletedTask task, PostGoLiveReview review) {
    var lot = lots.findById(task.longVariable(LOT_ID)).orElseThrow();
    caseStore.recordDecision(task.caseReference(), reviewName(task.taskDefinitionKey()) + " of " + lot.displayName(),
        review.reviewOutcome().id(), task.actor(), DecisionChannel.TASKLIST, review.reviewNotes());
    var cleared = new HashMap<String, Object>();
    cleared.put("reviewOutcome", null);
    cleared.put("reviewNotes", null);
    return cleared;
  }

  private String reviewName(String taskDefinitionKey) {
    return "Task_HoldFirstPostGoLiveReview".equals(taskDefinitionKey)
        ? "Review " + policy.firstReviewDays() + " days after go-live"
        : "Review " + policy.secondReviewDays() + " days after go-live";
  }

  @RecordsAnswer("prison-hand-over-to-contract-management")
  public void recordContractManagementHandover(CompletedTask task, ContractManagementHandover handover) {
    caseStore.updateDetails(task.caseReference(),
        Map.of("contractManagementHandoverNotes", handover.contractManagementHandoverNotes()), task.actor(),
        "Handed over to contract management");
  }

  /** Every lot is live and reviewed and contract management has taken over: the case is closed. */
  public void close(String reference) {
    caseStore.end(reference, CaseStatus.CLOSED, "every site is live and handed over to contract management",
        CaseStore.SYSTEM_ACTOR);
  }

  // --- Helpers ------------------------------------------------------------------------------

  private void report(CompletedTask task, PrisonSite site, SiteWorkstream which, WorkstreamReport report) {
    workstreams.update(task.caseReference(), workstreamOf(task.caseReference(), site, which).getId(),
        new WorkstreamUpdate(report.status(), report.rag(), report.evidence() == null ? "" : report.evidence()),
        task.actor());
  }

  private List<Workstream> siteWorkstreams(String reference, PrisonSite site) {
    return workstreams.workstreamsOf(caseStore.get(reference)).stream()
        .filter(workstream -> workstream.getItem().equals(site.getName())).toList();
  }

  private Workstream workstreamOf(String reference, PrisonSite site, SiteWorkstream which) {
    return siteWorkstreams(reference, site).stream().filter(workstream -> workstream.getName().equals(which.title()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(site.getName() + " has no workstream " + which.title()));
  }

  private boolean hasOpenRisk(String reference, String description) {
    return caseStore.get(reference).getRisks().stream()
        .anyMatch(risk -> risk.getStatus() == org.commissioninghub.casestore.Risk.Status.OPEN && description.equals(risk.getDescription()));
  }

  private PrisonSite siteOf(CompletedTask task) {
    return siteOf(task.caseReference(), task.longVariable(SITE_ID));
  }

  private PrisonSite siteOf(String reference, long siteId) {
    var caseId = caseStore.get(reference).getId();
    return sites.findById(siteId).filter(site -> site.getCaseId().equals(caseId))
        .orElseThrow(() -> new IllegalArgumentException(reference + " has no prison site " + siteId));
  }

  private PrisonMobilisationDetails detailsOf(CommissioningCase commissioningCase) {
    return caseStore.detailsOf(commissioningCase, PrisonMobilisationDetails.class);
  }

  private LocalDate today() {
    return UkTime.today(clock);
  }

  private static String describe(PrisonSite.CqcStatus status, String evidence) {
    var text = switch (status) {
      case REGISTERED -> "CQC registration in hand";
      case APPLIED -> "CQC registration applied for";
      case NOT_APPLIED -> "CQC registration not yet applied for";
    };
    return evidence == null || evidence.isBlank() ? text : text + ". " + evidence.strip();
  }

  private static String withNotes(String notes) {
    return notes == null || notes.isBlank() ? "" : ". " + notes.strip();
  }

  /** A day as people read it: "Saturday 1 October 2022". */
  private static String day(LocalDate day) {
    return UkTime.DAY.format(day);
  }

  private static String yesNo(YesNo answer) {
    return answer.isYes() ? "ready" : "not ready";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
