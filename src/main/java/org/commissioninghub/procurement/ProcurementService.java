package org.commissioninghub.procurement;

import static org.commissioninghub.procurement.ProcurementVariables.*;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.NotFoundException;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.system.UnprocessableException;
import org.commissioninghub.workflow.AsHub;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.TaskItems;
import org.commissioninghub.workflow.YesNo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of procurement under the Provider Selection Regime, shared by every programme: lots,
 * evaluation criteria and their weights, bids, compliance, scores, ranking, exclusions, notices,
 * the standstill and the award. Every change is written to the case's event log.
 */
@Service
@Transactional
public class ProcurementService {

  public static final int TOTAL_WEIGHT = 100;

  /** The stages at which an award is approved (the stage names the route processes pass to the approval). */
  public static final List<String> AWARD_APPROVAL_STAGES = List.of("Award recommendation", "Award decision");

  /** Whether a decision is an award approval: its stage is one of them, for one lot ("Award decision — Lot 1: …"). */
  public static boolean isAwardApproval(String decisionStage) {
    return decisionStage != null && AWARD_APPROVAL_STAGES.stream()
        .anyMatch(stage -> decisionStage.equals(stage) || decisionStage.startsWith(stage + TaskItems.SEPARATOR));
  }

  /** The ranking of a lot's bids still in the running; the first is the preferred bidder. */
  public record Ranking(List<RankedBid> bids) {
    public Optional<RankedBid> preferred() {
      return bids.stream().findFirst();
    }

    public String summary() {
      return bids.stream()
          .map(bid -> bid.rank() + ". " + bid.bidder() + " (" + bid.weightedScore().toPlainString() + ")")
          .collect(Collectors.joining("\n"));
    }
  }

  public record RankedBid(long bidId, String bidder, BigDecimal weightedScore, int rank) {}

  private final LotRepository lots;
  private final BidRepository bids;
  private final EvaluationScoreRepository scores;
  private final ProcurementNoticeRepository notices;
  private final CaseStore caseStore;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final AsHub asHub;
  private final Clock clock;
  private final StatutoryDates statutoryDates;
  private final PsrRoutes psrRoutes;
  private final ConflictDeclarationRepository declarations;

  ProcurementService(LotRepository lots, BidRepository bids, EvaluationScoreRepository scores,
      ProcurementNoticeRepository notices, CaseStore caseStore,
      RuntimeService runtimeService, IdentityService identityService, AsHub asHub, Clock clock,
      StatutoryDates statutoryDates, PsrRoutes psrRoutes, ConflictDeclarationRepository declarations) {
    this.lots = lots;
    this.bids = bids;
    this.scores = scores;
    this.notices = notices;
    this.caseStore = caseStore;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.asHub = asHub;
    this.clock = clock;
    this.statutoryDates = statutoryDates;
    this.psrRoutes = psrRoutes;
    this.declarations = declarations;
  }

  /**
   * Creates the case's lots as designed, numbered in order, unless they exist already (a retried
   * step). A design breaking {@link #lotPlanProblems} is refused.
   */
  public List<Long> createLots(String reference, List<LotPlan> plans, String actor) {
    var problems = lotPlanProblems(plans);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    var existing = lots.findByCommissioningCaseReferenceOrderByLotNumber(reference);
    if (!existing.isEmpty()) {
      return existing.stream().map(Lot::getId).toList();
    }
    var commissioningCase = caseStore.get(reference);
    var created = new ArrayList<Long>();
    for (int i = 0; i < plans.size(); i++) {
      created.add(lots.save(new Lot(commissioningCase, i + 1, plans.get(i))).getId());
    }
    caseStore.note(reference, actor, "LOTS_CREATED", plans.size() + " lots created", Map.of("lots", plans));
    return created;
  }

  /**
   * What is wrong with a design of lots, each problem naming the row of the list it was entered
   * in; empty when it is sound. A case has at least one lot, and no two lots of a case share a
   * name (whatever its letter case), so that people and notices can tell them apart.
   */
  public static List<String> lotPlanProblems(List<LotPlan> plans) {
    if (plans.isEmpty()) {
      return List.of("Lots needs at least one lot");
    }
    var problems = new ArrayList<String>();
    var rowOfName = new HashMap<String, Integer>();
    for (int row = 1; row <= plans.size(); row++) {
      var name = plans.get(row - 1).name();
      var firstRow = name == null ? null : rowOfName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), row);
      if (firstRow != null) {
        problems.add("Lots, row " + row + ": Lot name \"" + name.strip() + "\" is already used in row " + firstRow);
      }
    }
    return problems;
  }

  public List<Lot> lotsOf(String reference) {
    return lots.findByCommissioningCaseReferenceOrderByLotNumber(reference);
  }

  /** The case's lots in order, without their evaluation: one query, for views of the whole case. */
  @Transactional(readOnly = true)
  public List<LotSummary> lotSummariesOf(long caseId) {
    return lots.summariesOf(caseId);
  }

  public Lot lot(long lotId) {
    return lots.findById(lotId).orElseThrow(() -> new IllegalArgumentException("no lot " + lotId));
  }

  /**
   * Records a lot's answers to the PSR questions, and answers whether they meet the considerable
   * change threshold (a service materially different in character meets it at any value).
   */
  public boolean recordPsrAnswers(long lotId, PsrAnswers answers, String actor) {
    var lot = lot(lotId);
    var considerableChange = psrRoutes.considerableChange(answers);
    lot.answerPsrQuestions(answers, considerableChange, actor);
    var details = new LinkedHashMap<String, Object>();
    details.put("answers", answers);
    details.put("considerableChange", considerableChange);
    details.put("considerableChangeThresholds", psrRoutes.thresholds());
    caseStore.note(referenceOf(lot), actor, "PSR_QUESTIONS_ANSWERED", lotLabel(lot) + ": PSR route questions answered",
        details);
    return considerableChange;
  }

  /** Records the route the PSR route decision table recommended for a lot, with its reason. */
  public void recommendRoute(long lotId, String route, String reason) {
    var lot = lot(lotId);
    if (route == null) {
      throw new IllegalStateException(lotLabel(lot) + ": the PSR route decision gave no route for its answers");
    }
    if (route.equals(lot.getRecommendedRoute()) && java.util.Objects.equals(reason, lot.getRecommendedRouteReason())) {
      return;
    }
    lot.recommendRoute(route, reason);
    caseStore.note(referenceOf(lot), CaseStore.SYSTEM_ACTOR, "PSR_ROUTE_RECOMMENDED",
        lotLabel(lot) + ": " + route + " recommended", Map.of("route", route, "reason", reason == null ? "" : reason));
  }

  /**
   * What is wrong with confirming a route for a lot, one problem per field; empty when it may be
   * confirmed. A route the lot's answers bar is refused with the reason; a route the answers allow
   * other than the recommended one needs a reason of its own.
   */
  public List<FieldProblem> routeProblems(long lotId, String route, String reason) {
    var lot = lot(lotId);
    var problems = new ArrayList<FieldProblem>();
    var chosen = PsrRoute.ofId(route);
    if (chosen == null) {
      problems.add(new FieldProblem(CONFIRMED_ROUTE, "must be one of " + Arrays.stream(PsrRoute.values())
          .map(PsrRoute::id).collect(Collectors.joining(", "))));
      return problems;
    }
    var answers = lot.getPsrAnswers();
    if (answers == null) {
      problems.add(new FieldProblem(CONFIRMED_ROUTE, "cannot be confirmed before the PSR route questions of "
          + lotLabel(lot) + " are answered"));
      return problems;
    }
    var barred = psrRoutes.barred(answers).get(chosen);
    if (barred != null) {
      problems.add(new FieldProblem(CONFIRMED_ROUTE, "cannot be " + chosen.description() + " for " + lotLabel(lot)
          + ": " + barred));
      return problems;
    }
    var recommended = PsrRoute.ofId(lot.getRecommendedRoute());
    if (chosen != recommended && (reason == null || reason.isBlank())) {
      problems.add(new FieldProblem(ROUTE_REASON, "is required when you choose " + chosen.description()
          + (recommended == null ? "" : " rather than the recommended route, " + recommended.description())));
    }
    return problems;
  }

  /**
   * Confirms a lot's route and records the decision behind it. Refused, with nothing written, when
   * {@link #routeProblems} finds anything wrong.
   */
  public void confirmRoute(long lotId, String route, String reason, String decidedBy) {
    var problems = routeProblems(lotId, route, reason);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var lot = lot(lotId);
    var recommended = lot.getRecommendedRoute();
    var given = reason == null || reason.isBlank() ? null : reason.strip();
    var recorded = given != null ? given : lot.getRecommendedRouteReason();
    lot.chooseRoute(route, recorded, decidedBy);
    var comment = route.equals(recommended)
        ? recorded
        : "Chosen rather than the recommended route (" + recommended + "): " + given;
    caseStore.recordDecision(referenceOf(lot), decisionStage(lot, "PSR route decision"), route, decidedBy,
        DecisionChannel.TASKLIST, comment);
  }

  /**
   * The tender plan: key-criteria weights summing to 100, the clarification and tender deadlines,
   * the evaluation panel (who then see the case) and the role that approves the award.
   */
  public void planTender(long lotId, Map<KeyCriterion, Integer> weights, Instant clarificationDeadline,
      Instant tenderDeadline, List<String> panelMembers, String awardApproverRole, String actor) {
    var problems = tenderPlanProblems(weights, clarificationDeadline, tenderDeadline);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    var lot = lot(lotId);
    lot.plan(weights, clarificationDeadline, tenderDeadline, panelMembers, awardApproverRole);
    var details = new LinkedHashMap<String, Object>();
    weights.forEach((criterion, weight) -> details.put(criterion.displayName(), weight));
    details.put("clarificationDeadline", clarificationDeadline);
    details.put("tenderDeadline", tenderDeadline);
    details.put("evaluationPanel", panelMembers);
    caseStore.note(referenceOf(lot), actor, "TENDER_PLANNED", lotLabel(lot) + ": evaluation criteria and deadlines set", details);
    panelMembers.forEach(member -> caseStore.addParticipant(referenceOf(lot), member,
        "Evaluation panel, " + lotLabel(lot), actor));
  }

  /** What is wrong with a tender plan, in words for the person filling it in; empty when it is sound. */
  public List<String> tenderPlanProblems(Map<KeyCriterion, Integer> weights, Instant clarificationDeadline,
      Instant tenderDeadline) {
    var problems = new ArrayList<String>();
    if (weights.size() != KeyCriterion.values().length) {
      problems.add("Every key criterion needs a weight");
    } else {
      var total = weights.values().stream().mapToInt(Integer::intValue).sum();
      if (total != TOTAL_WEIGHT) {
        problems.add("The key criteria weights must add up to 100, not " + total);
      }
    }
    if (clarificationDeadline != null && tenderDeadline != null && !clarificationDeadline.isBefore(tenderDeadline)) {
      problems.add("The clarification deadline must come before the tender deadline");
    }
    if (tenderDeadline != null && !tenderDeadline.isAfter(now())) {
      problems.add("The tender deadline must be in the future");
    }
    return problems;
  }

  public void recordNotice(long lotId, ProcurementNotice.Type type, String noticeReference, String actor) {
    var lot = lot(lotId);
    notices.save(new ProcurementNotice(lot, type, now(), noticeReference, null));
    caseStore.note(referenceOf(lot), actor, "NOTICE_PUBLISHED",
        lotLabel(lot) + ": " + type.name().toLowerCase().replace('_', ' ') + " notice published",
        Map.of("notice", type.name(), "reference", noticeReference == null ? "" : noticeReference));
  }

  public List<ProcurementNotice> noticesOf(long lotId) {
    return notices.findByLotIdOrderByPublishedAt(lotId);
  }

  /** Records the bids received by the tender deadline; answers their ids. */
  public List<Long> recordBids(long lotId, List<String> bidders, String actor) {
    var lot = lot(lotId);
    var existing = bids.findByLotIdOrderByBidder(lotId);
    if (!existing.isEmpty()) {
      return existing.stream().map(Bid::getId).toList();
    }
    var ids = bidders.stream().distinct().map(bidder -> bids.save(new Bid(lot, bidder)).getId()).toList();
    caseStore.note(referenceOf(lot), actor, "BIDS_RECEIVED", lotLabel(lot) + ": " + ids.size() + " bids received",
        Map.of("bidders", bidders), EvaluationAccess.scopeOf(lot));
    return ids;
  }

  public Bid bid(long bidId) {
    return bids.findById(bidId).orElseThrow(() -> new IllegalArgumentException("no bid " + bidId));
  }

  public List<Bid> bidsOf(long lotId) {
    return bids.findByLotIdOrderByBidder(lotId);
  }

  public void recordCompliance(long bidId, boolean compliant, String note, String actor) {
    var bid = bid(bidId);
    bid.checkCompliance(compliant, note);
    caseStore.note(referenceOf(bid.getLot()), actor, "BID_COMPLIANCE_CHECKED",
        lotLabel(bid.getLot()) + ": " + bid.getBidder() + (compliant ? " compliant" : " not compliant"),
        Map.of("bidder", bid.getBidder(), "compliant", compliant, "note", note == null ? "" : note),
        EvaluationAccess.scopeOf(bid.getLot()));
  }

  /** The bids that passed compliance and are not excluded: those the panel evaluates. */
  public List<Long> bidsInTheRunning(long lotId) {
    return bidsOf(lotId).stream().filter(Bid::isInTheRunning).map(Bid::getId).toList();
  }

  /**
   * Records one evaluator's scores for one bid (or, moderated, the panel's consensus). Scoring
   * again replaces the earlier scores of the same evaluator.
   */
  public void recordScores(long bidId, String evaluator, boolean moderated, Map<KeyCriterion, Integer> criterionScores,
      String comment) {
    var bid = bid(bidId);
    var existing = scores.findByBidIdOrderByCriterionAscEvaluatorAsc(bidId).stream()
        .filter(score -> score.isModerated() == moderated && score.getEvaluator().equals(evaluator))
        .collect(Collectors.toMap(EvaluationScore::getCriterion, score -> score));
    criterionScores.forEach((criterion, value) -> {
      var score = existing.get(criterion);
      if (score == null) {
        scores.save(new EvaluationScore(bid, criterion, evaluator, moderated, value, comment));
      } else {
        score.rescore(value, comment);
      }
    });
    var details = new LinkedHashMap<String, Object>();
    details.put("bidder", bid.getBidder());
    criterionScores.forEach((criterion, value) -> details.put(criterion.displayName(), value));
    caseStore.note(referenceOf(bid.getLot()), evaluator, moderated ? "CONSENSUS_SCORED" : "BID_EVALUATED",
        lotLabel(bid.getLot()) + ": " + bid.getBidder() + (moderated ? " moderated" : " scored by " + evaluator), details,
        EvaluationAccess.scopeOf(bid.getLot()));
  }

  public List<EvaluationScore> scoresOf(long bidId) {
    return scores.findByBidIdOrderByCriterionAscEvaluatorAsc(bidId);
  }

  /** The evaluators' own scores for a bid, one line per criterion, for the moderation meeting. */
  public String individualScoresSummary(long bidId) {
    var byCriterion = new EnumMap<KeyCriterion, List<String>>(KeyCriterion.class);
    scoresOf(bidId).stream().filter(score -> !score.isModerated()).forEach(score ->
        byCriterion.computeIfAbsent(score.getCriterion(), c -> new ArrayList<>())
            .add(score.getEvaluator() + " " + score.getScore()));
    return byCriterion.entrySet().stream()
        .map(entry -> entry.getKey().displayName() + ": " + String.join(", ", entry.getValue()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Ranks the bids in the running by weighted score: for each key criterion, its weight times the
   * consensus score over the maximum score, so a bid scoring full marks everywhere gets 100. Ties
   * go to the higher quality score, then alphabetically.
   */
  public Ranking rank(long lotId, String actor) {
    var lot = lot(lotId);
    var consensus = scores.findByBidLotIdAndModeratedTrue(lotId).stream()
        .collect(Collectors.groupingBy(score -> score.getBid().getId()));
    var candidates = bidsOf(lotId).stream().filter(Bid::isInTheRunning).toList();
    record Scored(Bid bid, BigDecimal total, int quality) {}
    var scored = candidates.stream().map(bid -> {
      var bidScores = consensus.getOrDefault(bid.getId(), List.of());
      if (bidScores.size() != KeyCriterion.values().length) {
        throw new IllegalStateException(bid.getBidder() + " has no consensus score for every key criterion");
      }
      var total = bidScores.stream()
          .map(score -> BigDecimal.valueOf((long) lot.getWeights().getOrDefault(score.getCriterion(), 0) * score.getScore()))
          .reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(KeyCriterion.MAX_SCORE), 2, RoundingMode.HALF_UP);
      var quality = bidScores.stream().filter(score -> score.getCriterion() == KeyCriterion.QUALITY_AND_INNOVATION)
          .mapToInt(EvaluationScore::getScore).sum();
      return new Scored(bid, total, quality);
    }).sorted(Comparator.comparing(Scored::total).reversed()
        .thenComparing(Comparator.comparingInt(Scored::quality).reversed())
        .thenComparing(s -> s.bid().getBidder())).toList();
    var ranked = new ArrayList<RankedBid>();
    for (int i = 0; i < scored.size(); i++) {
      var entry = scored.get(i);
      entry.bid().rank(entry.total(), i + 1);
      ranked.add(new RankedBid(entry.bid().getId(), entry.bid().getBidder(), entry.total(), i + 1));
    }
    var ranking = new Ranking(List.copyOf(ranked));
    caseStore.note(referenceOf(lot), actor, "BIDS_RANKED", lotLabel(lot) + ": bids ranked",
        Map.of("ranking", ranking.summary()), EvaluationAccess.scopeOf(lot));
    return ranking;
  }

  /** What the exclusion check of the preferred bidder leads to. */
  public enum ExclusionOutcome {
    CLEARED("cleared"),
    NEXT_BIDDER("next-bidder"),
    NONE_LEFT("none-left");

    private final String id;

    ExclusionOutcome(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public record ExclusionCheck(ExclusionOutcome outcome, Ranking ranking) {}

  /**
   * Records the exclusion and debarment check of the preferred bidder. An excluded bidder leaves
   * the ranking; the next bidder, if any, becomes preferred and is checked in turn.
   */
  public ExclusionCheck checkExclusion(long lotId, long bidId, boolean excluded, String reason, String actor) {
    var bid = bid(bidId);
    if (!excluded) {
      caseStore.note(referenceOf(bid.getLot()), actor, "EXCLUSION_CHECKED",
          lotLabel(bid.getLot()) + ": " + bid.getBidder() + " cleared of exclusion grounds and debarment", Map.of(),
          EvaluationAccess.scopeOf(bid.getLot()));
      return new ExclusionCheck(ExclusionOutcome.CLEARED, null);
    }
    exclude(bidId, reason, actor);
    var ranking = rank(lotId, actor);
    return new ExclusionCheck(ranking.preferred().isPresent() ? ExclusionOutcome.NEXT_BIDDER : ExclusionOutcome.NONE_LEFT,
        ranking);
  }

  /**
   * Records the exclusion and debarment check of the provider a lot is to be awarded to on a route
   * without bids (direct award A, B, C, most suitable provider). An excluded provider leaves no one
   * to award to: the lot's procurement is abandoned.
   */
  public ExclusionOutcome checkProviderExclusion(long lotId, String provider, boolean excluded, String reason,
      String actor) {
    var lot = lot(lotId);
    if (provider == null || provider.isBlank()) {
      throw new IllegalStateException(lotLabel(lot) + " has no provider to check: the provider is assessed first");
    }
    var outcome = excluded ? ExclusionOutcome.NONE_LEFT : ExclusionOutcome.CLEARED;
    lot.checkExclusions(provider, excluded ? EXCLUDED : CLEARED, excluded ? reason : null, actor);
    var details = new LinkedHashMap<String, Object>();
    details.put("provider", provider);
    details.put("excluded", excluded);
    details.put("reason", reason == null ? "" : reason);
    caseStore.note(referenceOf(lot), actor, excluded ? "PROVIDER_EXCLUDED" : "EXCLUSION_CHECKED",
        lotLabel(lot) + ": " + provider + (excluded ? " excluded" : " cleared of exclusion grounds and debarment"),
        details);
    return outcome;
  }

  private static final String CLEARED = "cleared";

  /** Records the review of a representation; proceeding runs the standstill on and answers its new end. */
  public Optional<Instant> reviewRepresentation(long lotId, String outcome, String reason, String decidedBy) {
    if (!List.of("proceed", "re-evaluate", "abandon").contains(outcome)) {
      throw new IllegalArgumentException("unknown representation review outcome '" + outcome + "'");
    }
    recordRepresentationReview(lotId, outcome, reason, decidedBy);
    return "proceed".equals(outcome) ? Optional.of(extendStandstill(lotId, decidedBy)) : Optional.empty();
  }

  /** Excludes a bidder found on the debarment list or under an exclusion ground. */
  public void exclude(long bidId, String reason, String actor) {
    var bid = bid(bidId);
    bid.exclude(reason);
    caseStore.note(referenceOf(bid.getLot()), actor, "BIDDER_EXCLUDED",
        lotLabel(bid.getLot()) + ": " + bid.getBidder() + " excluded", Map.of("reason", reason),
        EvaluationAccess.scopeOf(bid.getLot()));
  }

  /**
   * Publishes the intention to award now; the standstill begins the next day and ends as
   * {@link StatutoryDates#standstillAfterNotice} counts it. Answers its end, when the award may follow.
   */
  public Instant publishIntentionToAward(long lotId, String provider, String actor) {
    var lot = lot(lotId);
    var published = now();
    var standstill = statutoryDates.standstillAfterNotice(StatutoryDates.dayOf(published));
    lot.startStandstill(standstill.begins(), standstill.ends());
    notices.save(new ProcurementNotice(lot, ProcurementNotice.Type.INTENTION_TO_AWARD, published, null,
        "Intention to award to " + provider));
    caseStore.note(referenceOf(lot), actor, "STANDSTILL_STARTED",
        lotLabel(lot) + ": intention to award to " + provider + "; representations until "
            + UkTime.endingAt(standstill.ends()),
        Map.of("provider", provider, "standstillStart", standstill.begins(), "standstillEnd", standstill.ends()));
    caseStore.planMilestone(referenceOf(lot), awardMilestone(lot), StatutoryDates.dayOf(standstill.ends()), actor);
    return standstill.ends();
  }

  /** After a decision to proceed following representations, the standstill runs on; it never ends sooner. */
  public Instant extendStandstill(long lotId, String actor) {
    var lot = lot(lotId);
    var end = statutoryDates.endAfterDecisionToProceed(lot.getStandstillEnd(), StatutoryDates.dayOf(now()));
    lot.extendStandstill(end);
    caseStore.note(referenceOf(lot), actor, "STANDSTILL_EXTENDED",
        lotLabel(lot) + ": decision to proceed; standstill until " + UkTime.endingAt(end), Map.of("standstillEnd", end));
    caseStore.planMilestone(referenceOf(lot), awardMilestone(lot), StatutoryDates.dayOf(end), actor);
    return end;
  }

  /**
   * Hands a provider's representation to the lot's standstill, which holds the award open for a
   * review. Refused when the lot is not in its standstill.
   */
  public void receiveRepresentation(String reference, int lotNumber, String summary, String enteredBy) {
    var lot = lotsOf(reference).stream().filter(candidate -> candidate.getLotNumber() == lotNumber).findFirst()
        .orElseThrow(() -> new NotFoundException("Case " + reference + " has no lot " + lotNumber));
    var waiting = runtimeService.createExecutionQuery()
        .messageEventSubscriptionName(REPRESENTATION_MESSAGE)
        .processInstanceBusinessKey(reference)
        .processVariableValueEquals(LOT_ID, lot.getId())
        .count();
    if (waiting == 0) {
      throw new UnprocessableException(lotLabel(lot) + " is not in its standstill: a representation can only be"
          + " received between the intention to award and the end of the standstill.");
    }
    runtimeService.createMessageCorrelation(REPRESENTATION_MESSAGE)
        .processInstanceBusinessKey(reference)
        .processInstanceVariableEquals(LOT_ID, lot.getId())
        .setVariable(REPRESENTATION_SUMMARY, summary)
        .setVariable(REPRESENTATION_ENTERED_BY, enteredBy)
        .correlate();
  }

  public void recordRepresentation(long lotId, String summary, String actor) {
    var lot = lot(lotId);
    caseStore.note(referenceOf(lot), actor, "REPRESENTATION_RECEIVED",
        lotLabel(lot) + ": representation received", Map.of("summary", summary));
  }

  void recordRepresentationReview(long lotId, String outcome, String reason, String decidedBy) {
    var lot = lot(lotId);
    caseStore.recordDecision(referenceOf(lot), decisionStage(lot, "review of representation"), outcome,
        decidedBy, DecisionChannel.TASKLIST, reason);
  }

  /**
   * Records a person's declaration of conflicts of interest in a lot, in the capacity in which they
   * are about to score or decide (Regulation 21), on the case's decision record. A conflicted person
   * is stood down: from the lot's evaluation panel (they no longer read its bids), and from scoring
   * or deciding in that capacity. Declaring again replaces the earlier declaration.
   */
  public void declareConflicts(long lotId, String person, ConflictDeclaration.Capacity capacity, boolean conflicted,
      String interest, String actor) {
    var lot = lot(lotId);
    if (conflicted && (interest == null || interest.isBlank())) {
      throw new IllegalArgumentException("The interest is required when you have a conflict of interest");
    }
    var declaration = declarations.findByLotIdAndPersonAndCapacity(lotId, person, capacity)
        .orElseGet(() -> new ConflictDeclaration(lot, person, capacity));
    if (declaration.isConflicted() && !conflicted) {
      throw new IllegalArgumentException(person + " declared a conflict of interest in " + lotLabel(lot)
          + " as " + capacity.description() + ", which cannot be withdrawn: someone else takes their part");
    }
    declaration.declare(conflicted, conflicted ? interest.strip() : null, now());
    declarations.save(declaration);
    if (conflicted && capacity == ConflictDeclaration.Capacity.EVALUATION_PANEL) {
      lot.standDown(person);
    }
    caseStore.recordDecision(referenceOf(lot), decisionStage(lot, "conflicts of interest"),
        conflicted ? "conflicted" : "no conflict", person, DecisionChannel.TASKLIST,
        conflicted
            ? person + ", " + capacity.description() + ", declared: " + interest.strip() + ". Stood down from the lot."
            : person + ", " + capacity.description() + ", declared no conflict of interest.");
  }

  public List<ConflictDeclaration> conflictDeclarationsOf(long lotId) {
    return declarations.findByLotIdOrderByDeclaredAtAscIdAsc(lotId);
  }

  /**
   * Refuses a person who has not declared their conflicts of interest in the lot in that capacity,
   * or who declared a conflict: they may not score or decide.
   */
  public void refuseUnlessFreeOfConflicts(long lotId, String person, ConflictDeclaration.Capacity capacity) {
    var lot = lot(lotId);
    var declaration = declarations.findByLotIdAndPersonAndCapacity(lotId, person, capacity);
    if (declaration.isEmpty()) {
      throw new IllegalArgumentException(person + " has not declared conflicts of interest in " + lotLabel(lot)
          + " as " + capacity.description() + " and cannot take part until they do");
    }
    if (declaration.get().isConflicted()) {
      throw new IllegalArgumentException(person + " declared a conflict of interest in " + lotLabel(lot)
          + " and is stood down: they cannot take part as " + capacity.description());
    }
  }

  /** The routes after which the PSR requires an intention to award and a standstill. */
  private static final List<String> STANDSTILL_ROUTES = List.of("direct-award-c", "most-suitable-provider", "competitive");

  /**
   * Records the decision record of a route without competition (the provider, the assessment
   * against the key criteria, conflicts of interest, decision-makers) and answers whether the
   * route needs a standstill: direct award C and most suitable provider do, A and B do not.
   */
  public boolean recordProviderAssessment(long lotId, String provider, String assessment, String conflicts,
      String decisionMakers, String decidedBy) {
    var lot = lot(lotId);
    if (lot.getRoute() == null) {
      throw new IllegalStateException(lotLabel(lot) + " has no PSR route yet");
    }
    var comment = "Provider: " + provider + "\nAssessment: " + assessment + "\nConflicts of interest: " + conflicts
        + "\nDecision-makers: " + decisionMakers;
    caseStore.recordDecision(referenceOf(lot), decisionStage(lot, "decision record (" + lot.getRoute() + ")"), provider,
        decidedBy, DecisionChannel.TASKLIST, comment);
    return STANDSTILL_ROUTES.contains(lot.getRoute());
  }

  /** Awards the lot's contract; answers when the award notice is due. */
  public Instant award(long lotId, String provider, String actor) {
    var lot = lot(lotId);
    var awardedAt = now();
    lot.award(provider, awardedAt);
    var noticeDue = statutoryDates.awardNoticeDue(StatutoryDates.dayOf(awardedAt));
    caseStore.note(referenceOf(lot), actor, "CONTRACT_AWARDED", lotLabel(lot) + ": contract awarded to " + provider,
        Map.of("provider", provider, "awardNoticeDueBy", noticeDue));
    caseStore.achieveMilestone(referenceOf(lot), awardMilestone(lot), StatutoryDates.dayOf(awardedAt), actor);
    return noticeDue;
  }

  public void abandon(long lotId, String reason, String actor) {
    var lot = lot(lotId);
    lot.abandon();
    caseStore.note(referenceOf(lot), actor, "LOT_ABANDONED", lotLabel(lot) + ": procurement abandoned",
        Map.of("reason", reason == null ? "" : reason));
  }

  // --- The answers of the procurement forms, recorded when their tasks are completed ---

  /** The specification, the five key criteria's weights, the panel and the deadlines of a competitive tender. */
  public record TenderPlan(
      @NotBlank @Size(max = 4000) String specificationSummary,
      @NotNull @Min(0) @Max(100) Integer weightQuality,
      @NotNull @Min(0) @Max(100) Integer weightValue,
      @NotNull @Min(0) @Max(100) Integer weightIntegration,
      @NotNull @Min(0) @Max(100) Integer weightAccess,
      @NotNull @Min(0) @Max(100) Integer weightSocialValue,
      @NotBlank String evaluationPanel,
      @NotNull @SensibleDate LocalDate clarificationDeadline,
      @NotNull @SensibleDate LocalDate tenderDeadline) {

    Map<KeyCriterion, Integer> weights() {
      var weights = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
      weights.put(KeyCriterion.QUALITY_AND_INNOVATION, weightQuality);
      weights.put(KeyCriterion.VALUE, weightValue);
      weights.put(KeyCriterion.INTEGRATION, weightIntegration);
      weights.put(KeyCriterion.ACCESS, weightAccess);
      weights.put(KeyCriterion.SOCIAL_VALUE, weightSocialValue);
      return weights;
    }

    /** The panel as typed: user names separated by commas or spaces. */
    List<String> panelMembers() {
      return Arrays.stream(evaluationPanel.split("[,\\s]+")).map(String::trim).filter(name -> !name.isEmpty())
          .distinct().toList();
    }
  }

  public record BidsReceived(@NotBlank String biddersReceived) {

    List<String> bidders() {
      return biddersReceived.lines().map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
  }

  public record BidCompliance(@NotNull Compliance bidCompliant, @NotBlank @Size(max = 2000) String complianceNote) {}

  public enum Compliance implements CodedValue {
    COMPLIANT,
    NON_COMPLIANT
  }

  /** One evaluator's (or the moderated) scores of one bid, 0 to 5 on each key criterion. */
  public record BidScores(
      @NotNull @Min(0) @Max(KeyCriterion.MAX_SCORE) Integer scoreQuality,
      @NotNull @Min(0) @Max(KeyCriterion.MAX_SCORE) Integer scoreValue,
      @NotNull @Min(0) @Max(KeyCriterion.MAX_SCORE) Integer scoreIntegration,
      @NotNull @Min(0) @Max(KeyCriterion.MAX_SCORE) Integer scoreAccess,
      @NotNull @Min(0) @Max(KeyCriterion.MAX_SCORE) Integer scoreSocialValue,
      @NotBlank @Size(max = 4000) String scoreComment) {

    Map<KeyCriterion, Integer> scores() {
      var scores = new EnumMap<KeyCriterion, Integer>(KeyCriterion.class);
      scores.put(KeyCriterion.QUALITY_AND_INNOVATION, scoreQuality);
      scores.put(KeyCriterion.VALUE, scoreValue);
      scores.put(KeyCriterion.INTEGRATION, scoreIntegration);
      scores.put(KeyCriterion.ACCESS, scoreAccess);
      scores.put(KeyCriterion.SOCIAL_VALUE, scoreSocialValue);
      return scores;
    }
  }

  public record ExclusionAnswer(@NotNull ExclusionFinding exclusionCheck, @Size(max = 2000) String exclusionReason) {}

  public enum ExclusionFinding implements CodedValue {
    CLEARED,
    EXCLUDED
  }

  public record ProviderAssessment(
      @NotBlank @SingleLine @Size(max = 200) String providerName,
      @NotBlank @Size(max = 4000) String providerAssessment,
      @NotBlank @Size(max = 2000) String conflictsOfInterest,
      @NotBlank @Size(max = 500) String decisionMakers) {}

  public record RepresentationReview(@NotNull RepresentationOutcome representationOutcome,
      @NotBlank @Size(max = 4000) String representationReason) {}

  public enum RepresentationOutcome implements CodedValue {
    PROCEED,
    RE_EVALUATE,
    ABANDON
  }

  /** Records the tender plan of the task's lot, and gives the process its deadlines and its panel. */
  @RecordsAnswer("procurement-set-evaluation-criteria")
  public Map<String, Object> recordTenderPlan(CompletedTask task, TenderPlan plan) {
    var clarificationDeadline = UkTime.endOf(plan.clarificationDeadline());
    var tenderDeadline = UkTime.endOf(plan.tenderDeadline());
    var panelMembers = plan.panelMembers();
    var problems = new ArrayList<>(tenderPlanProblems(plan.weights(), clarificationDeadline, tenderDeadline));
    problems.addAll(panelProblems(panelMembers));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    planTender(task.longVariable(LOT_ID), plan.weights(), clarificationDeadline, tenderDeadline, panelMembers,
        task.textVariable(AWARD_APPROVER_ROLE), task.actor());
    var variables = new HashMap<String, Object>();
    variables.put(CLARIFICATION_DEADLINE_DATE, Date.from(clarificationDeadline));
    variables.put(TENDER_DEADLINE_DATE, Date.from(tenderDeadline));
    variables.put(PANEL_MEMBERS, new ArrayList<>(panelMembers));
    return variables;
  }

  /** Every panel member must be a member of the evaluation panel role. */
  List<String> panelProblems(List<String> panelMembers) {
    return panelMembers.stream()
        .filter(member -> asHub.run(() -> identityService.createUserQuery().userId(member)
            .memberOfGroup(Role.EVALUATION_PANEL.groupId()).count()) == 0)
        .map(member -> member + " is not a member of the evaluation panel")
        .toList();
  }

  @RecordsAnswer("procurement-publish-tender")
  public void recordTenderNotice(CompletedTask task, TenderNoticeAnswer answer) {
    recordNotice(task.longVariable(LOT_ID), ProcurementNotice.Type.TENDER, answer.tenderNoticeReference(), task.actor());
  }

  public record TenderNoticeAnswer(@NotBlank @SingleLine @Size(max = 100) String tenderNoticeReference) {}

  /** Records the bids received by the tender deadline, and gives the process the bids to check. */
  @RecordsAnswer("procurement-record-bids")
  public Map<String, Object> recordBidsReceived(CompletedTask task, BidsReceived received) {
    if (received.bidders().isEmpty()) {
      throw new IllegalArgumentException("Bids received needs at least one bidder");
    }
    return Map.of(BID_IDS, new ArrayList<>(recordBids(task.longVariable(LOT_ID), received.bidders(), task.actor())));
  }

  @RecordsAnswer("procurement-check-bid-compliance")
  public void recordBidCompliance(CompletedTask task, BidCompliance compliance) {
    recordCompliance(task.longVariable(BID_ID), compliance.bidCompliant() == Compliance.COMPLIANT,
        compliance.complianceNote(), task.actor());
  }

  /** One panel member's own scores of one bid. */
  @RecordsAnswer("procurement-score-bid")
  public void recordEvaluatorScores(CompletedTask task, BidScores scores) {
    refuseUnlessFreeOfConflicts(task.longVariable(LOT_ID), task.textVariable(EVALUATOR),
        ConflictDeclaration.Capacity.EVALUATION_PANEL);
    recordScores(task.longVariable(BID_ID), task.textVariable(EVALUATOR), false, scores.scores(),
        scores.scoreComment());
  }

  /** The scores the panel agreed at moderation, recorded by whoever chaired it. */
  @RecordsAnswer("procurement-agree-consensus-scores")
  public void recordConsensusScores(CompletedTask task, BidScores scores) {
    recordScores(task.longVariable(BID_ID), task.actor(), true, scores.scores(), scores.scoreComment());
  }

  /**
   * Records the exclusion and debarment check of the preferred bidder; an excluded bidder leaves
   * the ranking and the next is preferred. The next check opens with an empty form.
   */
  @RecordsAnswer("procurement-check-exclusions")
  public Map<String, Object> recordExclusionCheck(CompletedTask task, ExclusionAnswer answer) {
    var excluded = answer.exclusionCheck() == ExclusionFinding.EXCLUDED;
    if (excluded && (answer.exclusionReason() == null || answer.exclusionReason().isBlank())) {
      throw new IllegalArgumentException("Reason for exclusion is required when the bidder is excluded");
    }
    if (task.variable(PREFERRED_BID_ID) == null) {
      // a route without bids: the provider to be awarded to is checked, and there is no next bidder
      var outcome = checkProviderExclusion(task.longVariable(LOT_ID), task.textVariable(PREFERRED_PROVIDER), excluded,
          answer.exclusionReason(), task.actor());
      var variables = new HashMap<String, Object>();
      variables.put(EXCLUSION_CHECK_OUTCOME, outcome.id());
      variables.put(EXCLUSION_CHECK, null);
      variables.put(EXCLUSION_REASON, null);
      return variables;
    }
    var check = checkExclusion(task.longVariable(LOT_ID), task.longVariable(PREFERRED_BID_ID), excluded,
        answer.exclusionReason(), task.actor());
    var variables = new HashMap<String, Object>();
    if (check.ranking() != null) {
      variables.putAll(preferredOf(check.ranking()));
    }
    variables.put(EXCLUSION_CHECK_OUTCOME, check.outcome().id());
    variables.put(EXCLUSION_CHECK, null);
    variables.put(EXCLUSION_REASON, null);
    return variables;
  }

  /** The preferred bidder of a ranking and the ranking itself, as the process shows them. */
  public static Map<String, Object> preferredOf(Ranking ranking) {
    var variables = new HashMap<String, Object>();
    variables.put(PREFERRED_BID_ID, ranking.preferred().map(RankedBid::bidId).orElse(null));
    variables.put(PREFERRED_PROVIDER, ranking.preferred().map(RankedBid::bidder).orElse(null));
    variables.put(RANKING_SUMMARY, ranking.summary());
    return variables;
  }

  @RecordsAnswer("procurement-publish-award-notice")
  public void recordAwardNotice(CompletedTask task, AwardNoticeAnswer answer) {
    recordNotice(task.longVariable(LOT_ID), ProcurementNotice.Type.AWARD, answer.awardNoticeReference(), task.actor());
  }

  public record AwardNoticeAnswer(@NotBlank @SingleLine @Size(max = 100) String awardNoticeReference) {}

  /** Records the decision record of a route without competition; the process learns whether a standstill follows. */
  @RecordsAnswer("procurement-assess-provider")
  public Map<String, Object> recordProviderAssessment(CompletedTask task, ProviderAssessment assessment) {
    refuseUnlessFreeOfConflicts(task.longVariable(LOT_ID), task.actor(), ConflictDeclaration.Capacity.ASSESSOR);
    var standstillRequired = recordProviderAssessment(task.longVariable(LOT_ID), assessment.providerName(),
        assessment.providerAssessment(), assessment.conflictsOfInterest(), assessment.decisionMakers(), task.actor());
    return Map.of(PREFERRED_PROVIDER, assessment.providerName(), STANDSTILL_REQUIRED, standstillRequired);
  }

  public record ConflictsAnswer(@NotNull YesNo conflicted, @Size(max = 2000) String conflictInterest) {}

  /**
   * Records the declaration of conflicts of interest of the task's person in its lot, in the
   * capacity the diagram names ({@code conflictCapacity}); the process learns whether they are
   * stood down. A panel member declares for themselves: the declaration is theirs, whoever submits it.
   */
  @RecordsAnswer("procurement-declare-conflicts")
  public Map<String, Object> recordConflictDeclaration(CompletedTask task, ConflictsAnswer answer) {
    var capacity = CodedValue.byId(ConflictDeclaration.Capacity.class, task.textVariable(CONFLICT_CAPACITY));
    var person = capacity == ConflictDeclaration.Capacity.EVALUATION_PANEL && task.variable(EVALUATOR) != null
        ? task.textVariable(EVALUATOR) : task.actor();
    var conflicted = answer.conflicted().isYes();
    declareConflicts(task.longVariable(LOT_ID), person, capacity, conflicted, answer.conflictInterest(), task.actor());
    var variables = new HashMap<String, Object>();
    switch (capacity) {
      case EVALUATION_PANEL -> variables.put(PANEL_MEMBER_CONFLICTED, conflicted);
      case ASSESSOR -> {
        // the assessment goes to the person who declared no conflict; a conflicted one is asked again of another
        variables.put(ASSESSOR_CONFLICTED, conflicted);
        variables.put(ASSESSOR, conflicted ? null : person);
      }
      case AWARD_APPROVER -> {
        // the approval is addressed to the member who declared no conflict; a conflicted one is asked again of another
        variables.put(APPROVER_CONFLICTED, conflicted);
        variables.put(AWARD_APPROVER, conflicted ? null : person);
      }
    }
    return variables;
  }

  public record PanelReplacement(@NotBlank @SingleLine @Size(max = 100) String replacementPanelMember) {}

  /**
   * Records who covers for a panel member stood down by a conflict of interest: another member of
   * the evaluation panel, not already on the lot's panel and not conflicted in it. They join the
   * lot's panel and take the stood-down member's place in the evaluation, declaring in turn.
   */
  @RecordsAnswer("procurement-replace-panel-member")
  public Map<String, Object> recordPanelReplacement(CompletedTask task, PanelReplacement answer) {
    var lot = lot(task.longVariable(LOT_ID));
    var member = answer.replacementPanelMember().strip();
    var problems = new ArrayList<>(panelProblems(List.of(member)));
    if (lot.getPanelMembers().contains(member)) {
      problems.add(member + " is already on the panel of " + lotLabel(lot));
    }
    if (declarations.findByLotIdAndPersonAndCapacity(lot.getId(), member, ConflictDeclaration.Capacity.EVALUATION_PANEL)
        .map(ConflictDeclaration::isConflicted).orElse(false)) {
      problems.add(member + " declared a conflict of interest in " + lotLabel(lot));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    var stoodDown = task.textVariable(EVALUATOR);
    lot.joinPanel(member);
    caseStore.addParticipant(referenceOf(lot), member, "Evaluation panel, " + lotLabel(lot), task.actor());
    caseStore.note(referenceOf(lot), task.actor(), "PANEL_MEMBER_REPLACED",
        lotLabel(lot) + ": " + member + " covers for " + stoodDown + ", stood down by a conflict of interest",
        Map.of("replacement", member, "stoodDown", stoodDown == null ? "" : stoodDown));
    var variables = new HashMap<String, Object>();
    variables.put(EVALUATOR, member);
    variables.put(PANEL_MEMBER_CONFLICTED, null);
    variables.put("conflicted", null);
    variables.put("conflictInterest", null);
    return variables;
  }

  /** Records the review of a representation; a later representation gets a fresh review form. */
  @RecordsAnswer("procurement-review-representation")
  public Map<String, Object> recordRepresentationReview(CompletedTask task, RepresentationReview review) {
    var outcome = review.representationOutcome().id();
    var variables = new HashMap<String, Object>();
    reviewRepresentation(task.longVariable(LOT_ID), outcome, review.representationReason(), task.actor())
        .ifPresent(end -> variables.put(STANDSTILL_END, Date.from(end)));
    variables.put(STANDSTILL_OUTCOME, outcome);
    variables.put(REPRESENTATION_OUTCOME, null);
    variables.put(REPRESENTATION_REASON, null);
    return variables;
  }

  private static String referenceOf(Lot lot) {
    return lot.getCommissioningCase().getReference();
  }

  /** The stage of a lot's decision, as a decision record's 100 characters hold it: by number when the name is long. */
  private static String decisionStage(Lot lot, String what) {
    var full = lotLabel(lot) + ": " + what;
    return full.length() <= 100 ? full : "Lot " + lot.getLotNumber() + ": " + what;
  }

  /**
   * The milestone of a lot's award, planned for the day its standstill lets the award follow and
   * achieved on the day of the award; by number when the name is long.
   */
  public static String awardMilestone(Lot lot) {
    var full = lotLabel(lot) + ": contract awarded";
    return full.length() <= 200 ? full : "Lot " + lot.getLotNumber() + ": contract awarded";
  }

  private static String lotLabel(Lot lot) {
    return "Lot " + lot.getLotNumber() + " (" + lot.getName() + ")";
  }

  private Instant now() {
    return clock.instant();
  }
}
