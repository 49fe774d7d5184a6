package org.commissioninghub.casestore.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.casestore.CaseEvent;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Decision;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.casestore.Milestone;
import org.commissioninghub.casestore.ProcessActivities;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.casestore.Risk;
import org.commissioninghub.casestore.RiskBand;
import org.commissioninghub.casestore.RiskBandNames;
import org.springframework.data.domain.Page;

/** The JSON shapes of the case API. */
final class CaseResponses {

  private CaseResponses() {}

  record CaseSummary(String reference, String title, Programme programme, CaseStatus status,
      String currentStage, String currentStageName, RagRating ragRating, String commissioner,
      String integratedCareSystem, BigDecimal valueGbp, LocalDate targetStartDate, LocalDate targetEndDate,
      Instant createdAt, Instant updatedAt) {

    static CaseSummary of(CommissioningCase c, ProgrammeCatalog catalog) {
      return new CaseSummary(c.getReference(), c.getTitle(), c.getProgramme(), c.getStatus(),
          c.getCurrentStage(), catalog.stageLabel(c.getProgramme(), c.getCurrentStage()), c.getRagRating(), c.getCommissioner(), c.getIntegratedCareSystem(),
          c.getValueGbp(), c.getTargetStartDate(), c.getTargetEndDate(), c.getCreatedAt(), c.getUpdatedAt());
    }
  }

  /** One case; {@code items} are the {@link CaseItems} of each feature, each under its own field. */
  record CaseDetail(String reference, String title, Programme programme, CaseStatus status,
      String currentStage, String currentStageName, RagRating ragRating, String commissioner, String integratedCareSystem,
      BigDecimal valueGbp, LocalDate targetStartDate, LocalDate actualStartDate,
      LocalDate targetEndDate, LocalDate actualEndDate, Map<String, String> namedPeople,
      JsonNode details, String createdBy, Instant createdAt, Instant updatedAt, long version,
      List<MilestoneView> milestones, List<RiskView> risks, List<DecisionView> decisions,
      List<EventView> events, ProcessActivities.Progress process, @JsonIgnore Map<String, List<?>> items) {

    @JsonAnyGetter
    Map<String, List<?>> itemsByField() {
      return items;
    }
  }

  record MilestoneView(String name, LocalDate targetDate, LocalDate actualDate, Milestone.Status status) {
    static MilestoneView of(Milestone m) {
      return new MilestoneView(m.getName(), m.getTargetDate(), m.getActualDate(), m.getStatus());
    }
  }

  record RiskView(long id, String description, int likelihood, int impact, int score, RiskBand band,
      String bandName, String owner, String mitigation, Risk.Status status) {
    static RiskView of(Risk r, RiskBandNames names) {
      return new RiskView(r.getId(), r.getDescription(), r.getLikelihood(), r.getImpact(), r.getScore(), r.getBand(),
          names.nameOf(r.getBand()), r.getOwner(), r.getMitigation(), r.getStatus());
    }
  }

  record DecisionView(String stage, String outcome, String decidedBy, Instant decidedAt,
      DecisionChannel channel, String comment) {
    static DecisionView of(Decision d) {
      return new DecisionView(d.getStage(), d.getOutcome(), d.getDecidedBy(), d.getDecidedAt(),
          d.getChannel(), d.getComment());
    }
  }

  record EventView(Instant occurredAt, String actor, String type, String summary, JsonNode before,
      JsonNode after) {}

  record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    static <T> PageOf<T> of(Page<T> page) {
      return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
          page.getTotalPages());
    }
  }

  static EventView event(CaseEvent e, java.util.function.Function<String, JsonNode> json) {
    return new EventView(e.getOccurredAt(), e.getActor(), e.getEventType(), e.getSummary(),
        json.apply(e.getBefore()), json.apply(e.getAfter()));
  }
}
