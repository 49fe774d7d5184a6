package org.commissioninghub.pcn;

import static org.commissioninghub.pcn.PcnDevelopmentVariables.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.YesNo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of PCN development: the networks and their practices as typed records, registration
 * against the population threshold, the network agreement, the clinical director, DES sign-up, the
 * additional-roles workforce plan and the claims against its allowance and baseline, the support
 * payment, the development review and the yearly cycle. Each {@link RecordsAnswer} method records
 * one form's answers when its task is completed; the order is the diagram's.
 */
@Service
@Transactional
public class PcnDevelopmentService {

  // --- What each form answers ---------------------------------------------------------------

  public record Registration(
      @NotNull @SensibleDate LocalDate registeredOn,
      @NotNull @PositiveOrZero @Max(1000000) Integer weightedPopulation,
      @Size(max = 4000) String registrationNotes) {}

  public record SmallNetwork(
      @NotNull PcnNetwork.SmallNetworkDecision smallNetworkDecision,
      @SingleLine @Size(max = 200) String mergedInto,
      @NotBlank @Size(max = 4000) String smallNetworkReason) {}

  public record Signature(
      @NotBlank @SingleLine @Size(max = 10) String odsCode,
      @NotNull @SensibleDate LocalDate signedOn) {}

  public record NetworkAgreement(@NotEmpty @Size(max = 40) List<@NotNull @Valid Signature> signatures) {}

  public record Nomination(
      @NotBlank @SingleLine @Size(max = 200) String clinicalDirectorName,
      @NotBlank @SingleLine @Size(max = 200) String clinicalDirectorPractice,
      @Size(max = 4000) String nominationNotes) {}

  public record Confirmation(
      @NotNull YesNo clinicalDirectorConfirmed,
      @Size(max = 4000) String confirmationNotes) {}

  public record DesSignUp(
      @NotBlank @SingleLine @Size(max = 200) String nominatedPayee,
      @NotNull @SensibleDate LocalDate desSignedUpOn) {}

  public record PlannedRole(
      @NotNull AdditionalRole role,
      @NotNull @DecimalMin(value = "0.01") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2) BigDecimal plannedWte,
      @NotNull @DecimalMin("0") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2) BigDecimal baselineWte,
      @NotNull @SensibleDate LocalDate startDate) {}

  public record WorkforcePlan(@NotEmpty @Size(max = 20) List<@NotNull @Valid PlannedRole> roles) {}

  public record WorkforcePlanReview(
      @NotNull YesNo workforcePlanAccepted,
      @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal allowance,
      @NotBlank @Size(max = 4000) String workforceReviewNotes) {}

  public record PaymentAuthorisation(
      @NotNull @SensibleDate LocalDate authorisedOn,
      @Size(max = 4000) String paymentNotes) {}

  public record Claim(
      @NotNull AdditionalRole role,
      @NotNull @SensibleDate LocalDate claimMonth,
      @NotNull @DecimalMin("0.01") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2) BigDecimal wte,
      @NotNull @DecimalMin("0") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2) BigDecimal wteInPost,
      @NotNull @DecimalMin("0.01") @Digits(integer = 9, fraction = 2) BigDecimal amount) {}

  public record Claims(@NotEmpty @Size(max = 40) List<@NotNull @Valid Claim> claims) {}

  public record DevelopmentReview(
      @NotNull RagRating developmentRag,
      @NotBlank @Size(max = 4000) String developmentNotes) {}

  public record DetailsConfirmation(
      @NotNull @SensibleDate LocalDate detailsConfirmedOn,
      @NotBlank @Size(max = 4000) String detailsChanges) {}

  public record OptOut(
      @NotBlank @SingleLine @Size(max = 10) String odsCode,
      @NotNull @SensibleDate LocalDate optedOutOn) {}

  public record OptOuts(@Size(max = 200) List<@NotNull @Valid OptOut> optOuts) {}

  public record ChangesApproval(@NotNull YesNo networkChangesApproved, @NotBlank @Size(max = 4000) String approvalNotes) {}

  public record OdsSubmission(
      @NotNull @SensibleDate LocalDate odsSubmittedOn,
      @NotBlank @SingleLine @Size(max = 100) String odsReference) {}

  /** The days the next yearly cycle's timers wait for, and whether there is one (its contract year is configured). */
  public record Cycle(boolean configured, String contractYear, Date opensOn, Date optOutDeadline) {}

  private final CaseStore caseStore;
  private final PcnNetworkRepository networks;
  private final PcnPracticeRepository practices;
  private final PcnRoleRepository roles;
  private final PcnClaimRepository claims;
  private final PcnSupportPaymentRepository payments;
  private final PcnPolicy policy;
  private final Clock clock;

  PcnDevelopmentService(CaseStore caseStore, PcnNetworkRepository networks, PcnPracticeRepository practices,
      PcnRoleRepository roles, PcnClaimRepository claims, PcnSupportPaymentRepository payments, PcnPolicy policy,
      Clock clock) {
    this.caseStore = caseStore;
    this.networks = networks;
    this.practices = practices;
    this.roles = roles;
    this.claims = claims;
    this.payments = payments;
    this.policy = policy;
    this.clock = clock;
  }

  // --- Networks and practices ---------------------------------------------------------------

  /**
   * Makes the networks and practices of the case's details typed records, once (a retried step
   * finds them made), and names each network's clinical director as taking part in the case.
   * Answers the networks' ids in order.
   */
  public List<Long> registerNetworks(String reference) {
    var commissioningCase = caseStore.get(reference);
    var existing = networks.findByCaseIdOrderById(commissioningCase.getId());
    if (!existing.isEmpty()) {
      return existing.stream().map(PcnNetwork::getId).toList();
    }
    var details = detailsOf(commissioningCase);
    var ids = new ArrayList<Long>();
    for (var given : details.networks()) {
      var population = given.practices().stream().mapToInt(PcnDevelopmentDetails.Practice::listSize).sum();
      var network = networks.save(new PcnNetwork(commissioningCase.getId(), given.name().strip(), given.odsCode().strip(),
          given.place().strip(), given.clinicalDirector().strip(), details.contractYear(), population));
      for (var practice : given.practices()) {
        practices.save(new PcnPractice(commissioningCase.getId(), network.getId(), practice.name().strip(),
            practice.odsCode().strip(), practice.listSize()));
      }
      caseStore.addParticipant(reference, network.getContactUser(), "Clinical director of " + network.getName(),
          CaseStore.SYSTEM_ACTOR);
      ids.add(network.getId());
    }
    return ids;
  }

  /** The user a network's tasks are assigned to: the clinical director the case names for it. */
  @Transactional(readOnly = true)
  public String clinicalDirectorUserOf(long networkId) {
    return networks.findById(networkId).map(PcnNetwork::getContactUser)
        .orElseThrow(() -> new IllegalArgumentException("No network " + networkId));
  }

  @Transactional(readOnly = true)
  public List<PcnNetwork> networksOf(long caseId) {
    return networks.findByCaseIdOrderById(caseId);
  }

  @Transactional(readOnly = true)
  public List<PcnPractice> practicesOf(long caseId) {
    return practices.findByCaseIdOrderByNetworkIdAscIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public List<PcnRole> rolesOf(long caseId) {
    return roles.findByCaseIdOrderByNetworkIdAscIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public List<PcnClaim> claimsOf(long caseId) {
    return claims.findByCaseIdOrderByNetworkIdAscIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public List<PcnSupportPayment> supportPaymentsOf(long caseId) {
    return payments.findByCaseIdOrderByNetworkIdAscIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public Optional<PcnNetwork> findNetwork(long networkId) {
    return networks.findById(networkId);
  }

  // --- Registration -------------------------------------------------------------------------

  /**
   * Registers the network: its raw population is its practices' registered list sizes added up,
   * its weighted population as given. Answers whether it is under the population threshold.
   */
  @RecordsAnswer("pcn-register-network")
  public Map<String, Object> recordRegistration(CompletedTask task, Registration registration) {
    InvalidInputException.refuseFutureDay(registration.registeredOn(), today(), "registeredOn");
    var network = networkOf(task);
    var raw = practices.findByNetworkIdOrderById(network.getId()).stream().mapToInt(PcnPractice::getListSize).sum();
    network.registered(registration.registeredOn(), raw, registration.weightedPopulation());
    var below = raw < policy.populationThreshold();
    if (!below) {
      network.developing();
    }
    caseStore.note(task.caseReference(), task.actor(), "PCN_REGISTERED", network.getName() + " registered with a"
            + " population of " + String.format(Locale.UK, "%,d", raw) + (below ? ", under the threshold of "
            + String.format(Locale.UK, "%,d", policy.populationThreshold()) : ""),
        Map.of("network", network.getName(), "rawPopulation", raw, "weightedPopulation", registration.weightedPopulation()));
    return Map.of(BELOW_POPULATION_THRESHOLD, below);
  }

  /**
   * The commissioner's decision on a network under the threshold: a waiver lets it develop as it
   * is; a merger ends its development here, naming the network it joins.
   */
  @RecordsAnswer("pcn-decide-small-network")
  public Map<String, Object> recordSmallNetworkDecision(CompletedTask task, SmallNetwork decision) {
    var network = networkOf(task);
    var merger = decision.smallNetworkDecision() == PcnNetwork.SmallNetworkDecision.MERGER;
    if (merger && (decision.mergedInto() == null || decision.mergedInto().isBlank())) {
      throw new InvalidInputException(List.of(new FieldProblem("mergedInto", "is required for a merger")));
    }
    network.smallNetwork(decision.smallNetworkDecision(), merger ? decision.mergedInto().strip() : null);
    if (!merger) {
      network.developing();
    }
    caseStore.recordDecision(task.caseReference(), "Population under threshold: " + network.getName(),
        decision.smallNetworkDecision().id(), task.actor(), DecisionChannel.TASKLIST,
        decision.smallNetworkReason());
    return Map.of(SMALL_NETWORK_DECISION, decision.smallNetworkDecision().id());
  }

  /**
   * Every member practice has signed the network agreement: each signature names a member practice
   * once, none is missing and none is in the future. The network signed on the last signature.
   */
  @RecordsAnswer("pcn-record-network-agreement")
  public void recordNetworkAgreement(CompletedTask task, NetworkAgreement agreement) {
    var network = networkOf(task);
    var members = practices.findByNetworkIdOrderById(network.getId()).stream()
        .collect(Collectors.toMap(PcnPractice::getOdsCode, practice -> practice, (a, b) -> a, LinkedHashMap::new));
    var problems = new ArrayList<FieldProblem>();
    var seen = new HashSet<String>();
    for (int row = 0; row < agreement.signatures().size(); row++) {
      var signature = agreement.signatures().get(row);
      var code = signature.odsCode().strip().toUpperCase(Locale.ROOT);
      if (!members.containsKey(code)) {
        problems.add(new FieldProblem("signatures[" + row + "].odsCode", code + " is not a member practice of "
            + network.getName()));
      } else if (!seen.add(code)) {
        problems.add(new FieldProblem("signatures[" + row + "].odsCode", code + " has already signed above"));
      }
      if (signature.signedOn().isAfter(today())) {
        problems.add(new FieldProblem("signatures[" + row + "].signedOn", "cannot be in the future"));
      }
    }
    var unsigned = members.values().stream().filter(practice -> !seen.contains(practice.getOdsCode()))
        .map(practice -> practice.getName() + " (" + practice.getOdsCode() + ")").toList();
    if (!unsigned.isEmpty()) {
      problems.add(new FieldProblem("signatures", "every member practice must sign the network agreement; not yet signed: "
          + String.join(", ", unsigned)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    LocalDate last = null;
    for (var signature : agreement.signatures()) {
      members.get(signature.odsCode().strip().toUpperCase(Locale.ROOT)).agreementSigned(signature.signedOn());
      last = last == null || signature.signedOn().isAfter(last) ? signature.signedOn() : last;
    }
    network.agreementSigned(last);
    caseStore.note(task.caseReference(), task.actor(), "PCN_AGREEMENT_SIGNED", "Network agreement of "
        + network.getName() + " signed by all " + members.size() + " practices", Map.of("network", network.getName()));
  }

  // --- Clinical director, payee and DES sign-up ---------------------------------------------

  @RecordsAnswer("pcn-nominate-clinical-director")
  public void recordNomination(CompletedTask task, Nomination nomination) {
    var network = networkOf(task);
    network.clinicalDirectorNominated(nomination.clinicalDirectorName().strip());
    caseStore.note(task.caseReference(), task.actor(), "PCN_CLINICAL_DIRECTOR_NOMINATED", nomination.clinicalDirectorName()
        .strip() + " nominated clinical director of " + network.getName(), Map.of("network", network.getName()));
  }

  /**
   * The commissioner confirms the nominated clinical director, or says why not; the network then
   * nominates again, on an empty form.
   */
  @RecordsAnswer("pcn-confirm-clinical-director")
  public Map<String, Object> recordConfirmation(CompletedTask task, Confirmation confirmation) {
    var network = networkOf(task);
    var confirmed = confirmation.clinicalDirectorConfirmed().isYes();
    if (!confirmed && (confirmation.confirmationNotes() == null || confirmation.confirmationNotes().isBlank())) {
      throw new InvalidInputException(List.of(new FieldProblem("confirmationNotes",
          "is required when the clinical director is not confirmed: say why")));
    }
    if (confirmed) {
      network.clinicalDirectorConfirmed(today());
    }
    caseStore.recordDecision(task.caseReference(), "Clinical director of " + network.getName(),
        confirmed ? "confirmed" : "not confirmed", task.actor(),
        DecisionChannel.TASKLIST, confirmation.confirmationNotes());
    var variables = new HashMap<String, Object>();
    variables.put(CLINICAL_DIRECTOR_CONFIRMED, confirmed);
    if (!confirmed) {
      variables.put("clinicalDirectorName", null);
      variables.put("clinicalDirectorPractice", null);
      variables.put("nominationNotes", null);
      variables.put("clinicalDirectorConfirmed", null);
      variables.put("confirmationNotes", null);
    }
    return variables;
  }

  @RecordsAnswer("pcn-sign-up-to-des")
  public void recordDesSignUp(CompletedTask task, DesSignUp signUp) {
    InvalidInputException.refuseFutureDay(signUp.desSignedUpOn(), today(), "desSignedUpOn");
    var network = networkOf(task);
    network.signedUp(signUp.nominatedPayee().strip(), signUp.desSignedUpOn());
    caseStore.note(task.caseReference(), task.actor(), "PCN_DES_SIGNED_UP", network.getName() + " signed up to the"
        + " Network Contract DES, paid through " + network.getNominatedPayee(), Map.of("network", network.getName()));
  }

  // --- Additional roles ---------------------------------------------------------------------

  /** The network's additional-roles workforce plan: each role once. A plan made again replaces the last. */
  @RecordsAnswer("pcn-plan-additional-roles")
  public void recordWorkforcePlan(CompletedTask task, WorkforcePlan plan) {
    var network = networkOf(task);
    var problems = new ArrayList<FieldProblem>();
    var seen = new HashSet<AdditionalRole>();
    for (int row = 0; row < plan.roles().size(); row++) {
      if (!seen.add(plan.roles().get(row).role())) {
        problems.add(new FieldProblem("roles[" + row + "].role", plan.roles().get(row).role().label()
            + " is already planned above"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    roles.deleteAll(roles.findByNetworkIdOrderById(network.getId()));
    roles.flush();
    for (var role : plan.roles()) {
      roles.save(new PcnRole(network.getCaseId(), network.getId(), role.role(), role.plannedWte(), role.baselineWte(),
          role.startDate()));
    }
    var total = plan.roles().stream().map(PlannedRole::plannedWte).reduce(BigDecimal.ZERO, BigDecimal::add);
    caseStore.note(task.caseReference(), task.actor(), "PCN_WORKFORCE_PLANNED", network.getName() + " plans "
        + total.toPlainString() + " WTE of additional roles", Map.of("network", network.getName()));
  }

  /** The commissioner accepts the plan with the network's allowance, or sends it back saying why. */
  @RecordsAnswer("pcn-review-workforce-plan")
  public Map<String, Object> recordWorkforcePlanReview(CompletedTask task, WorkforcePlanReview review) {
    var network = networkOf(task);
    var accepted = review.workforcePlanAccepted().isYes();
    if (accepted && review.allowance() == null) {
      throw new InvalidInputException(List.of(new FieldProblem("allowance",
          "is required when the plan is accepted: the network's additional-roles allowance for the year")));
    }
    if (accepted) {
      network.allowance(review.allowance().setScale(2));
    }
    caseStore.recordDecision(task.caseReference(), "Additional-roles workforce plan of " + network.getName(),
        accepted ? "accepted" : "returned", task.actor(),
        DecisionChannel.TASKLIST, review.workforceReviewNotes());
    var variables = new HashMap<String, Object>();
    variables.put(WORKFORCE_PLAN_ACCEPTED, accepted);
    if (!accepted) {
      variables.put("workforcePlanAccepted", null);
      variables.put("allowance", null);
    }
    return variables;
  }

  /**
   * Checks each claim against the network's plan, baseline and allowance, and records it: accepted,
   * or refused with the reason. An accepted claim counts towards the role's recruited WTE.
   */
  @RecordsAnswer("pcn-claim-additional-roles")
  public void recordClaims(CompletedTask task, Claims submitted) {
    var network = networkOf(task);
    var year = ContractYears.of(network.getContractYear());
    var refused = 0;
    for (var claim : submitted.claims()) {
      var month = claim.claimMonth().withDayOfMonth(1);
      var planned = roles.findByNetworkIdOrderById(network.getId()).stream()
          .filter(role -> role.getRole() == claim.role()).findFirst();
      var acceptedThisMonth = claims.findByNetworkIdAndRoleAndClaimMonthAndStatus(network.getId(), claim.role(), month,
          PcnClaim.Status.ACCEPTED).stream().map(PcnClaim::getWte).reduce(BigDecimal.ZERO, BigDecimal::add);
      var acceptedInYear = claims.findByNetworkIdOrderById(network.getId()).stream()
          .filter(earlier -> earlier.getStatus() == PcnClaim.Status.ACCEPTED && year.contains(earlier.getClaimMonth()))
          .map(PcnClaim::getAmountGbp).reduce(BigDecimal.ZERO, BigDecimal::add);
      var refusal = ClaimCheck.refusal(network.getContractYear(), year.contains(month), planned.orElse(null),
          acceptedThisMonth, claim.wte(), claim.wteInPost(), claim.amount(), network.getAllowanceGbp(), acceptedInYear);
      claims.saveAndFlush(new PcnClaim(network.getCaseId(), network.getId(), claim.role(), month, claim.wte(),
          claim.wteInPost(), claim.amount().setScale(2), refusal.orElse(null), task.actor(), Instant.now(clock)));
      if (refusal.isPresent()) {
        refused++;
      } else {
        var recruited = acceptedThisMonth.add(claim.wte());
        planned.filter(role -> recruited.compareTo(role.getRecruitedWte()) > 0).ifPresent(role -> role.recruited(recruited));
      }
    }
    caseStore.note(task.caseReference(), task.actor(), "PCN_CLAIMS_CHECKED", network.getName() + ": "
        + (submitted.claims().size() - refused) + " additional-roles claims accepted, " + refused + " refused",
        Map.of("network", network.getName()));
  }

  // --- Support payment and development review -----------------------------------------------

  /**
   * Computes the network's support payment for its contract year: the year's rate per head times
   * its registered (raw) population, to the penny. Computed once a year (a retried step finds it).
   */
  public PcnSupportPayment computeSupportPayment(String reference, long networkId) {
    var network = networkOf(reference, networkId);
    var existing = payments.findByNetworkIdAndContractYear(networkId, network.getContractYear());
    if (existing.isPresent()) {
      return existing.get();
    }
    var rate = policy.contractYear(network.getContractYear()).orElseThrow(() -> new IllegalStateException(
        "hub.pcn.contract-years has no " + network.getContractYear())).supportPaymentPerHead();
    var amount = PcnPolicy.supportPayment(rate, network.getRawPopulation());
    var payment = payments.save(new PcnSupportPayment(network.getCaseId(), networkId, network.getContractYear(), rate,
        network.getRawPopulation(), amount));
    caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "PCN_SUPPORT_PAYMENT_COMPUTED", "Support payment of "
        + network.getName() + " for " + network.getContractYear() + ": " + money(amount) + " (" + money(rate)
        + " a head for " + String.format(Locale.UK, "%,d", network.getRawPopulation()) + ")",
        Map.of("network", network.getName(), "amountGbp", amount.toPlainString()));
    return payment;
  }

  @RecordsAnswer("pcn-authorise-support-payment")
  public void recordPaymentAuthorisation(CompletedTask task, PaymentAuthorisation authorisation) {
    InvalidInputException.refuseFutureDay(authorisation.authorisedOn(), today(), "authorisedOn");
    var network = networkOf(task);
    var payment = payments.findByNetworkIdAndContractYear(network.getId(), network.getContractYear())
        .orElseThrow(() -> new IllegalStateException(network.getName() + " has no support payment to authorise"));
    payment.authorised(task.actor(), authorisation.authorisedOn());
    caseStore.recordDecision(task.caseReference(), "Support payment of " + network.getName(),
        "authorised " + money(payment.getAmountGbp()), task.actor(), DecisionChannel.TASKLIST,
        authorisation.paymentNotes());
  }

  @RecordsAnswer("pcn-hold-development-review")
  public void recordDevelopmentReview(CompletedTask task, DevelopmentReview review) {
    var network = networkOf(task);
    network.reviewed(review.developmentRag(), today());
    caseStore.recordDecision(task.caseReference(), "Development review of " + network.getName(),
        review.developmentRag().id(), task.actor(), DecisionChannel.TASKLIST, review.developmentNotes());
  }

  // --- Yearly cycle -------------------------------------------------------------------------

  /**
   * The yearly cycle after the one named (the case's own contract year at first): its contract
   * year, the day it opens and its opt-out deadline, if that year is configured.
   */
  @Transactional(readOnly = true)
  public Cycle nextCycle(String reference, String afterContractYear) {
    var after = afterContractYear != null ? afterContractYear : detailsOf(caseStore.get(reference)).contractYear();
    return policy.nextContractYear(after)
        .map(year -> {
          var settings = policy.contractYear(year).orElseThrow();
          return new Cycle(true, year, UkTime.startOfAsDate(settings.cycleOpensOn()),
              UkTime.startOfAsDate(settings.optOutDeadline()));
        })
        .orElse(new Cycle(false, null, null, null));
  }

  @RecordsAnswer("pcn-confirm-network-details")
  public void recordDetailsConfirmation(CompletedTask task, DetailsConfirmation confirmation) {
    caseStore.updateDetails(task.caseReference(), Map.of("detailsConfirmedOn", confirmation.detailsConfirmedOn(),
        "detailsChanges", confirmation.detailsChanges()), task.actor(),
        "Network details confirmed for " + task.textVariable(CYCLE_CONTRACT_YEAR));
  }

  /**
   * The practices that gave notice to leave the DES by the deadline: each a member practice of the
   * case, once, and not after the deadline. Their list sizes no longer count as covered.
   */
  @RecordsAnswer("pcn-record-practice-opt-outs")
  public void recordOptOuts(CompletedTask task, OptOuts optOuts) {
    var commissioningCase = caseStore.get(task.caseReference());
    var byCode = practices.findByCaseIdOrderByNetworkIdAscIdAsc(commissioningCase.getId()).stream()
        .collect(Collectors.toMap(PcnPractice::getOdsCode, practice -> practice));
    var deadline = policy.contractYear(task.textVariable(CYCLE_CONTRACT_YEAR)).orElseThrow().optOutDeadline();
    var rows = optOuts.optOuts() == null ? List.<OptOut>of() : optOuts.optOuts();
    var problems = new ArrayList<FieldProblem>();
    var seen = new HashSet<String>();
    for (int row = 0; row < rows.size(); row++) {
      var code = rows.get(row).odsCode().strip().toUpperCase(Locale.ROOT);
      if (!byCode.containsKey(code)) {
        problems.add(new FieldProblem("optOuts[" + row + "].odsCode", code + " is not a member practice of the case's networks"));
      } else if (!seen.add(code)) {
        problems.add(new FieldProblem("optOuts[" + row + "].odsCode", code + " is already listed above"));
      }
      if (rows.get(row).optedOutOn().isAfter(deadline)) {
        problems.add(new FieldProblem("optOuts[" + row + "].optedOutOn", "is after the opt-out deadline of " + day(deadline)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    for (var optOut : rows) {
      var practice = byCode.get(optOut.odsCode().strip().toUpperCase(Locale.ROOT));
      practice.optedOut(optOut.optedOutOn());
      caseStore.note(task.caseReference(), task.actor(), "PCN_PRACTICE_OPTED_OUT", practice.getName() + " opted out of"
          + " the Network Contract DES", Map.of("practice", practice.getOdsCode()));
    }
  }

  /**
   * The commissioner's decision on the year's network changes, with their notes: approved, the
   * ODS change follows; sent back, the networks confirm their details again.
   */
  @RecordsAnswer("pcn-approve-network-changes")
  public Map<String, Object> recordChangesApproval(CompletedTask task, ChangesApproval approval) {
    var approved = approval.networkChangesApproved().isYes();
    caseStore.recordDecision(task.caseReference(), "Network changes for " + task.textVariable(CYCLE_CONTRACT_YEAR),
        approved ? "approved" : "sent back", task.actor(), DecisionChannel.TASKLIST, approval.approvalNotes());
    return Map.of(NETWORK_CHANGES_APPROVED, approved);
  }

  /** The ODS change is submitted: the networks move into the cycle's contract year. */
  @RecordsAnswer("pcn-submit-ods-change")
  public void recordOdsSubmission(CompletedTask task, OdsSubmission submission) {
    InvalidInputException.refuseFutureDay(submission.odsSubmittedOn(), today(), "odsSubmittedOn");
    var year = task.textVariable(CYCLE_CONTRACT_YEAR);
    var commissioningCase = caseStore.get(task.caseReference());
    networks.findByCaseIdOrderById(commissioningCase.getId()).stream()
        .filter(network -> network.getStatus() != PcnNetwork.Status.MERGED)
        .forEach(network -> network.contractYear(year));
    caseStore.note(task.caseReference(), task.actor(), "PCN_ODS_CHANGE_SUBMITTED", "ODS change for " + year
        + " submitted (" + submission.odsReference().strip() + ")", Map.of("contractYear", year));
  }

  /** No further contract year is configured: the programme's case is closed. */
  public void close(String reference) {
    caseStore.end(reference, CaseStatus.CLOSED, "every network is developed and its yearly cycles are done",
        CaseStore.SYSTEM_ACTOR);
  }

  // --- Helpers ------------------------------------------------------------------------------

  private PcnNetwork networkOf(CompletedTask task) {
    return networkOf(task.caseReference(), task.longVariable(NETWORK_ID));
  }

  private PcnNetwork networkOf(String reference, long networkId) {
    var caseId = caseStore.get(reference).getId();
    return networks.findById(networkId).filter(network -> network.getCaseId().equals(caseId))
        .orElseThrow(() -> new IllegalArgumentException(reference + " has no network " + networkId));
  }

  private PcnDevelopmentDetails detailsOf(CommissioningCase commissioningCase) {
    return caseStore.detailsOf(commissioningCase, PcnDevelopmentDetails.class);
  }

  private LocalDate today() {
    return UkTime.today(clock);
  }

  private static String day(LocalDate day) {
    return UkTime.DAY.format(day);
  }

  static String money(BigDecimal amount) {
    return amount == null ? "none" : String.format(Locale.UK, "£%,.2f", amount);
  }
}
