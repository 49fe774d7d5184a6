package org.commissioninghub.workitem.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commissioninghub.casestore.CaseItems;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.procurement.LotSummary;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workitem.Workstream;
import org.commissioninghub.workitem.WorkstreamService;
import org.commissioninghub.workitem.WorkstreamStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A case's workstreams as the case shows them, each with the number of its lot, if it has one. */
@Component
@Order(2)
class CaseWorkstreams implements CaseItems {

  record WorkstreamView(long id, Integer lotNumber, String item, String name, String ownerRole, String ownerUser,
      WorkstreamStatus status, RagRating ragRating, LocalDate dueDate, String evidence, String updatedBy,
      Instant updatedAt, long version) {}

  private final WorkstreamService workstreams;
  private final ProcurementService procurement;

  CaseWorkstreams(WorkstreamService workstreams, ProcurementService procurement) {
    this.workstreams = workstreams;
    this.procurement = procurement;
  }

  @Override
  public String field() {
    return "workstreams";
  }

  @Override
  public List<WorkstreamView> of(CommissioningCase commissioningCase) {
    var found = workstreams.workstreamsOf(commissioningCase);
    var lotNumbers = found.stream().anyMatch(workstream -> workstream.getLotId() != null)
        ? lotNumbersOf(commissioningCase.getId()) : Map.<Long, Integer>of();
    return found.stream().map(workstream -> view(workstream, lotNumbers)).toList();
  }

  WorkstreamView view(Workstream workstream) {
    return view(workstream, workstream.getLotId() == null ? Map.of() : lotNumbersOf(workstream.getCaseId()));
  }

  private Map<Long, Integer> lotNumbersOf(long caseId) {
    return procurement.lotSummariesOf(caseId).stream()
        .collect(Collectors.toMap(LotSummary::id, LotSummary::lotNumber));
  }

  private static WorkstreamView view(Workstream workstream, Map<Long, Integer> lotNumbers) {
    return new WorkstreamView(workstream.getId(),
        workstream.getLotId() == null ? null : Objects.requireNonNull(lotNumbers.get(workstream.getLotId())),
        workstream.getItem(), workstream.getName(), workstream.getOwnerRole(), workstream.getOwnerUser(),
        workstream.getStatus(), workstream.getRagRating(), workstream.getDueDate(), workstream.getEvidence(),
        workstream.getUpdatedBy(), workstream.getUpdatedAt(), workstream.getVersion());
  }
}
