package org.commissioninghub.procurement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.procurement.Bid;
import org.commissioninghub.procurement.EvaluationScore;
import org.commissioninghub.procurement.KeyCriterion;
import org.commissioninghub.procurement.Lot;
import org.commissioninghub.procurement.ProcurementNotice;
import org.commissioninghub.procurement.ProcurementService;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A case's lots with their route, criteria, bids, scores, ranking, notices and standstill. */
@RestController
@RequestMapping("/api/cases/{reference}/lots")
class LotController {

  record LotView(int lotNumber, String name, String route, String routeReason, Lot.Status status,
      Map<KeyCriterion, Integer> weights, Instant clarificationDeadline, Instant tenderDeadline,
      Instant standstillStart, Instant standstillEnd, String awardedTo, Instant awardedAt, List<BidView> bids,
      List<NoticeView> notices) {}

  record BidView(String bidder, Boolean compliant, String complianceNote, boolean excluded, String exclusionReason,
      BigDecimal weightedScore, Integer rank, List<ScoreView> scores) {}

  record ScoreView(KeyCriterion criterion, String evaluator, boolean moderated, int score, String comment) {}

  record NoticeView(ProcurementNotice.Type type, Instant publishedAt, String reference, String summary) {}

  record Representation(@NotBlank @Size(max = 4000) String summary) {}

  private final ProcurementService procurement;
  private final CaseStore caseStore;

  LotController(ProcurementService procurement, CaseStore caseStore) {
    this.procurement = procurement;
    this.caseStore = caseStore;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<LotView> lots(@PathVariable String reference) {
    caseStore.get(reference);
    return procurement.lotsOf(reference).stream().map(this::view).toList();
  }

  /** A provider's representation during the standstill, entered by the commissioner who received it. */
  @PostMapping("/{lotNumber}/representations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void representation(@PathVariable String reference, @PathVariable int lotNumber,
      @Valid @RequestBody Representation representation) {
    caseStore.get(reference);
    procurement.receiveRepresentation(reference, lotNumber, representation.summary());
  }

  private LotView view(Lot lot) {
    return new LotView(lot.getLotNumber(), lot.getName(), lot.getRoute(), lot.getRouteReason(), lot.getStatus(),
        lot.getWeights(), lot.getClarificationDeadline(), lot.getTenderDeadline(), lot.getStandstillStart(),
        lot.getStandstillEnd(), lot.getAwardedTo(), lot.getAwardedAt(),
        procurement.bidsOf(lot.getId()).stream().map(this::view).toList(),
        procurement.noticesOf(lot.getId()).stream()
            .map(notice -> new NoticeView(notice.getNoticeType(), notice.getPublishedAt(), notice.getReference(),
                notice.getSummary()))
            .toList());
  }

  private BidView view(Bid bid) {
    return new BidView(bid.getBidder(), bid.getCompliant(), bid.getComplianceNote(), bid.isExcluded(),
        bid.getExclusionReason(), bid.getWeightedScore(), bid.getRank(),
        procurement.scoresOf(bid.getId()).stream().map(LotController::view).toList());
  }

  private static ScoreView view(EvaluationScore score) {
    return new ScoreView(score.getCriterion(), score.getEvaluator(), score.isModerated(), score.getScore(),
        score.getComment());
  }
}
