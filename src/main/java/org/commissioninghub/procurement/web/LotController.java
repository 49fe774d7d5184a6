package org.commissioninghub.procurement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.Bid;
import org.commissioninghub.procurement.ConflictDeclaration;
import org.commissioninghub.procurement.EvaluationAccess;
import org.commissioninghub.procurement.EvaluationScore;
import org.commissioninghub.procurement.KeyCriterion;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.procurement.ProcurementNotice;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.procurement.PsrAnswers;
import org.commissioninghub.system.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's lots with their route, criteria, notices and standstill for everyone who reads the
 * whole case, and their bids, scores and ranking for those {@link EvaluationAccess} lets read them.
 */
@RestController
@RequestMapping("/api/cases/{reference}/lots")
class LotController {

  record LotView(int lotNumber, String name, String serviceType, String contractForm, Integer contractedUdas,
      Integer contractedUoas, PsrAnswers psrAnswers, Boolean considerableChange, String recommendedRoute,
      String recommendedRouteReason, String route, String routeReason, String routeConfirmedBy,
      ExclusionCheckView exclusionCheck, List<ConflictView> conflictDeclarations, Lot.Status status,
      Map<KeyCriterion, Integer> weights, Instant clarificationDeadline, Instant tenderDeadline,
      Instant standstillStart, Instant standstillEnd, String awardedTo, Instant awardedAt, List<BidView> bids,
      List<NoticeView> notices) {}

  record BidView(String bidder, Boolean compliant, String complianceNote, boolean excluded, String exclusionReason,
      BigDecimal weightedScore, Integer rank, List<ScoreView> scores) {}

  record ScoreView(KeyCriterion criterion, String evaluator, boolean moderated, int score, String comment) {}

  /** The exclusion and debarment check of the provider on a route without bids. */
  record ExclusionCheckView(String provider, String outcome, String reason, String checkedBy) {}

  /** A declaration of conflicts of interest, as the lot's decision record keeps it. */
  record ConflictView(String person, ConflictDeclaration.Capacity capacity, boolean conflicted, String interest,
      Instant declaredAt) {}

  record NoticeView(ProcurementNotice.Type type, Instant publishedAt, String reference, String summary) {}

  record Representation(@NotBlank @Size(max = 4000) String summary) {}

  /** The roles that receive a provider's representation during a standstill. */
  static final Set<String> REPRESENTATION_ROLES =
      Set.of(Role.PROCUREMENT_LEAD.groupId(), Role.COMMISSIONING_MANAGER.groupId(), Role.ADMINISTRATORS_GROUP);

  private final ProcurementService procurement;
  private final CaseAccess access;
  private final EvaluationAccess evaluationAccess;

  LotController(ProcurementService procurement, CaseAccess access, EvaluationAccess evaluationAccess) {
    this.procurement = procurement;
    this.access = access;
    this.evaluationAccess = evaluationAccess;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<LotView> lots(@PathVariable String reference, Authentication authentication) {
    var viewer = Viewer.of(authentication);
    var visible = access.readWhole(viewer, reference);
    return procurement.lotsOf(reference).stream()
        .map(lot -> view(lot, viewer, evaluationAccess.readingOf(viewer, visible.level(), lot)))
        .toList();
  }

  /** A provider's representation during the standstill, entered by the commissioner who received it. */
  @PostMapping("/{lotNumber}/representations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void representation(@PathVariable String reference, @PathVariable int lotNumber,
      @Valid @RequestBody Representation representation, Authentication authentication) {
    var viewer = Viewer.of(authentication);
    access.change(viewer, reference);
    if (REPRESENTATION_ROLES.stream().noneMatch(viewer::holds)) {
      throw new ForbiddenException("Representations are entered by the procurement lead or the commissioning manager.");
    }
    procurement.receiveRepresentation(reference, lotNumber, representation.summary(), viewer.userId());
  }

  private LotView view(Lot lot, Viewer viewer, EvaluationAccess.Reading reading) {
    var bids = reading == EvaluationAccess.Reading.NONE ? List.<BidView>of()
        : procurement.bidsOf(lot.getId()).stream().map(bid -> view(bid, viewer, reading)).toList();
    return new LotView(lot.getLotNumber(), lot.getName(), lot.getServiceType(), lot.getContractForm(),
        lot.getContractedUdas(), lot.getContractedUoas(), lot.getPsrAnswers(), lot.getPsrConsiderableChange(),
        lot.getRecommendedRoute(), lot.getRecommendedRouteReason(), lot.getRoute(), lot.getRouteReason(),
        lot.getRouteConfirmedBy(), lot.getExclusionCheckedProvider() == null ? null
            : new ExclusionCheckView(lot.getExclusionCheckedProvider(), lot.getExclusionCheckOutcome(),
                lot.getExclusionReason(), lot.getExclusionCheckedBy()),
        procurement.conflictDeclarationsOf(lot.getId()).stream()
            .map(declaration -> new ConflictView(declaration.getPerson(), declaration.getCapacity(),
                declaration.isConflicted(), declaration.getInterest(), declaration.getDeclaredAt()))
            .toList(),
        lot.getStatus(),
        lot.getWeights(), lot.getClarificationDeadline(), lot.getTenderDeadline(), lot.getStandstillStart(),
        lot.getStandstillEnd(), lot.getAwardedTo(), lot.getAwardedAt(), bids,
        procurement.noticesOf(lot.getId()).stream()
            .map(notice -> new NoticeView(notice.getNoticeType(), notice.getPublishedAt(), notice.getReference(),
                notice.getSummary()))
            .toList());
  }

  private BidView view(Bid bid, Viewer viewer, EvaluationAccess.Reading reading) {
    var own = reading == EvaluationAccess.Reading.OWN;
    return new BidView(bid.getBidder(), bid.getCompliant(), bid.getComplianceNote(), bid.isExcluded(),
        bid.getExclusionReason(), own ? null : bid.getWeightedScore(), own ? null : bid.getRank(),
        procurement.scoresOf(bid.getId()).stream()
            .filter(score -> !own || score.getEvaluator().equals(viewer.userId()))
            .map(LotController::view).toList());
  }

  private static ScoreView view(EvaluationScore score) {
    return new ScoreView(score.getCriterion(), score.getEvaluator(), score.isModerated(), score.getScore(),
        score.getComment());
  }
}
