package org.commissioninghub.casestore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to change a case. Every change writes an entry to the case's event log with the
 * actor and the changed fields before and after, in the same transaction as the change (and, when
 * called from the process engine, in the engine's transaction too).
 */
@Service
@Transactional
public class CaseStore {

  public static final String SYSTEM_ACTOR = "commissioning-hub";

  static final String TASK_COMPLETED = "TASK_COMPLETED";

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final ProgrammeCatalog programmes;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final ApplicationEventPublisher changes;
  private final EntityManager entityManager;

  CaseStore(CaseRepository cases, CaseEventRepository events, ProgrammeCatalog programmes, ObjectMapper objectMapper, Clock clock, ApplicationEventPublisher changes,
      EntityManager entityManager) {
    this.changes = changes;
    this.entityManager = entityManager;
    this.programmes = programmes;
    this.cases = cases;
    this.events = events;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  /** Opens a case under a reference taken for it ({@link CaseReferenceGenerator#reserve}). */
  public CommissioningCase open(String reference, NewCase newCase, String actor) {
    var now = Instant.now(clock);
    var commissioningCase = new CommissioningCase(reference, newCase.programme(), newCase.title(), actor, now);
    commissioningCase.setCurrentStage(newCase.initialStage());
    commissioningCase.setCommissioner(newCase.commissioner());
    commissioningCase.setIntegratedCareSystem(newCase.integratedCareSystem());
    commissioningCase.setValueGbp(newCase.valueGbp());
    commissioningCase.setTargetStartDate(newCase.targetStartDate());
    commissioningCase.setTargetEndDate(newCase.targetEndDate());
    commissioningCase.setNamedPeople(newCase.namedPeople());
    commissioningCase.setDetails(newCase.detailsJson());
    commissioningCase.setDeadline(newCase.deadline());
    var after = new LinkedHashMap<String, Object>();
    after.put("programme", newCase.programme().id());
    after.put("title", newCase.title());
    after.put("commissioner", newCase.commissioner());
    after.put("integratedCareSystem", newCase.integratedCareSystem());
    after.put("valueGbp", newCase.valueGbp());
    after.put("status", CaseStatus.OPEN.id());
    after.put("currentStage", newCase.initialStage());
    after.put("namedPeople", newCase.namedPeople());
    after.put("details", readTree(newCase.detailsJson()));
    log(commissioningCase, actor, "CASE_OPENED", "Case opened", null, after);
    var saved = cases.save(commissioningCase);
    changes.publishEvent(new CaseChange.CaseOpened(saved.getReference(), saved.getProgramme(),
        newCase.initialStage(), actor, now));
    return saved;
  }

  public void linkProcess(String reference, String processInstanceId, String actor) {
    var commissioningCase = get(reference);
    commissioningCase.setProcessInstanceId(processInstanceId);
    var at = log(commissioningCase, actor, "PROCESS_STARTED", "Process started",
        null, Map.of("processInstanceId", processInstanceId));
    changes.publishEvent(new CaseChange.ProcessStarted(reference, commissioningCase.getProgramme(),
        processInstanceId, actor, at));
  }

  /** Moves the case to one of its programme's stages, by code; a code the programme does not know is refused. */
  public void moveToStage(String reference, String stage, String actor) {
    var commissioningCase = get(reference);
    if (!programmes.hasStage(commissioningCase.getProgramme(), stage)) {
      throw new IllegalStateException(commissioningCase.getProgramme().displayName() + " has no stage " + stage);
    }
    var before = commissioningCase.getCurrentStage();
    if (Objects.equals(before, stage)) {
      return;
    }
    var beforeSince = commissioningCase.getStageEnteredAt();
    var at = log(commissioningCase, actor, "STAGE_CHANGED",
        "Stage changed to " + programmes.stageLabel(commissioningCase.getProgramme(), stage),
        singleField("currentStage", before), singleField("currentStage", stage));
    commissioningCase.enterStage(stage, at);
    changes.publishEvent(new CaseChange.StageChanged(reference, commissioningCase.getProgramme(), before,
        beforeSince, stage, actor, at));
  }

  /**
   * Merges fields into the programme's details document. Only fields whose value changes are
   * written, so repeating the same update (a retried job) leaves the log as it was. Details that
   * would break the programme's record are refused as opening refuses them, and nothing is written.
   */
  public void updateDetails(String reference, Map<String, ?> fields, String actor, String summary) {
    var commissioningCase = get(reference);
    var details = (ObjectNode) readTree(commissioningCase.getDetails());
    var before = new LinkedHashMap<String, Object>();
    var after = new LinkedHashMap<String, Object>();
    fields.forEach((name, value) -> {
      JsonNode current = details.get(name);
      JsonNode next = objectMapper.valueToTree(value);
      if (!Objects.equals(current, next)) {
        before.put(name, current);
        after.put(name, next);
        details.set(name, next);
      }
    });
    if (after.isEmpty()) {
      return;
    }
    var deadline = programmes.deadlineOfCorrected(commissioningCase.getProgramme(), details);
    commissioningCase.setDetails(writeJson(details));
    commissioningCase.setDeadline(deadline.orElse(null));
    var at = log(commissioningCase, actor, "DETAILS_UPDATED", summary, before, after);
    changes.publishEvent(new CaseChange.DetailsUpdated(reference, commissioningCase.getProgramme(),
        Set.copyOf(after.keySet()), actor, at));
  }

  public void updateValue(String reference, BigDecimal valueGbp, String actor) {
    var commissioningCase = get(reference);
    var before = commissioningCase.getValueGbp();
    if (before != null && valueGbp != null && before.compareTo(valueGbp) == 0) {
      return;
    }
    commissioningCase.setValueGbp(valueGbp);
    var at = log(commissioningCase, actor, "VALUE_CHANGED", "Value changed",
        singleField("valueGbp", before), singleField("valueGbp", valueGbp));
    changes.publishEvent(new CaseChange.ValueChanged(reference, commissioningCase.getProgramme(), before, valueGbp,
        actor, at));
  }

  /**
   * Sets the case's RAG rating. Green while the case holds an open extreme risk needs a reason,
   * which the log keeps beside the rating.
   */
  public void rate(String reference, RagRating ragRating, String reason, String actor) {
    var commissioningCase = get(reference);
    var before = commissioningCase.getRagRating();
    if (before == ragRating) {
      return;
    }
    var extreme = commissioningCase.getRisks().stream()
        .filter(risk -> risk.isOpen() && risk.getBand() == RiskBand.EXTREME).findFirst();
    if (ragRating == RagRating.GREEN && extreme.isPresent() && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "is required to rate the case green while"
          + " it holds an open extreme risk: " + extreme.get().getDescription() + " (score "
          + extreme.get().getScore() + ")")));
    }
    commissioningCase.setRagRating(ragRating);
    var after = singleField("ragRating", ragRating);
    if (reason != null && !reason.isBlank()) {
      after.put("reason", reason);
    }
    var at = log(commissioningCase, actor, "RAG_CHANGED", "RAG rating changed to " + ragRating.id(),
        singleField("ragRating", before), after);
    changes.publishEvent(new CaseChange.RagChanged(reference, commissioningCase.getProgramme(), before, ragRating,
        actor, at));
  }

  public Decision recordDecision(String reference, String stage, String outcome, String decidedBy,
      DecisionChannel channel, String comment) {
    return recordDecision(reference, stage, outcome, decidedBy, channel, comment, null);
  }

  /** A decision answering a request made at {@code requestedAt} (an approval): its turnaround is kept. */
  public Decision recordDecision(String reference, String stage, String outcome, String decidedBy,
      DecisionChannel channel, String comment, Instant requestedAt) {
    var commissioningCase = get(reference);
    var decision = new Decision(commissioningCase, stage, outcome, decidedBy, Instant.now(clock),
        channel, comment, requestedAt);
    commissioningCase.addDecision(decision);
    var after = new LinkedHashMap<String, Object>();
    after.put("stage", stage);
    after.put("outcome", outcome);
    after.put("channel", channel.id());
    after.put("comment", comment);
    var at = log(commissioningCase, decidedBy, "DECISION_RECORDED", stage + ": " + outcome, null, after);
    changes.publishEvent(new CaseChange.DecisionRecorded(reference, commissioningCase.getProgramme(), stage, outcome,
        channel, decidedBy, at));
    return decision;
  }

  public Milestone addMilestone(String reference, String name, LocalDate targetDate,
      String actor) {
    var commissioningCase = get(reference);
    var milestone = new Milestone(commissioningCase, name, targetDate);
    commissioningCase.addMilestone(milestone);
    var after = new LinkedHashMap<String, Object>();
    after.put("name", name);
    after.put("targetDate", targetDate);
    var at = log(commissioningCase, actor, "MILESTONE_ADDED", "Milestone added: " + name, null, after);
    changes.publishEvent(new CaseChange.MilestoneAdded(reference, commissioningCase.getProgramme(), name, targetDate,
        actor, at));
    return milestone;
  }

  /**
   * Plans the milestone of this name for a date, as a process stage that fixes the date does: adds
   * it, or moves the one of that name still planned. Repeating it (a retried job) writes nothing.
   */
  public Milestone planMilestone(String reference, String name, LocalDate targetDate, String actor) {
    var commissioningCase = get(reference);
    var existing = milestoneNamed(commissioningCase, name);
    if (existing.isEmpty()) {
      return addMilestone(reference, name, targetDate, actor);
    }
    var milestone = existing.get();
    if (milestone.getStatus() != Milestone.Status.PLANNED || Objects.equals(milestone.getTargetDate(), targetDate)) {
      return milestone;
    }
    var before = milestone.getTargetDate();
    milestone.retarget(targetDate);
    var at = log(commissioningCase, actor, "MILESTONE_MOVED", "Milestone moved: " + name,
        singleField("targetDate", before), milestoneFields(milestone));
    changes.publishEvent(new CaseChange.MilestoneMoved(reference, commissioningCase.getProgramme(), name, before,
        targetDate, actor, at));
    return milestone;
  }

  /**
   * Marks the milestone of this name achieved on a day, adding it (targeted at that day) if the
   * case has none of that name. Repeating it writes nothing.
   */
  public Milestone achieveMilestone(String reference, String name, LocalDate on, String actor) {
    var commissioningCase = get(reference);
    var milestone = milestoneNamed(commissioningCase, name)
        .orElseGet(() -> addMilestone(reference, name, on, actor));
    if (milestone.getStatus() != Milestone.Status.ACHIEVED) {
      achieve(commissioningCase, milestone, on, actor);
    }
    return milestone;
  }

  /**
   * Marks a planned milestone achieved, as a person does on the case page, on a day that has come
   * (today or before, in England).
   */
  public Milestone achieveMilestone(String reference, long milestoneId, LocalDate on, String actor) {
    var commissioningCase = get(reference);
    var milestone = commissioningCase.getMilestones().stream()
        .filter(candidate -> candidate.getId() == milestoneId).findFirst()
        .orElseThrow(() -> new NotFoundException("Case " + reference + " has no milestone " + milestoneId));
    var today = UkTime.today(clock);
    if (on.isAfter(today)) {
      throw new InvalidInputException(List.of(new FieldProblem("achievedOn", "must be today or earlier")));
    }
    if (milestone.getStatus() == Milestone.Status.ACHIEVED) {
      throw new InvalidInputException(List.of(new FieldProblem("achievedOn",
          "the milestone was already achieved on " + UkTime.DAY.format(milestone.getActualDate()))));
    }
    achieve(commissioningCase, milestone, on, actor);
    return milestone;
  }

  private void achieve(CommissioningCase commissioningCase, Milestone milestone, LocalDate on, String actor) {
    milestone.achieve(on);
    var at = log(commissioningCase, actor, "MILESTONE_ACHIEVED", "Milestone achieved: " + milestone.getName(), null,
        milestoneFields(milestone));
    changes.publishEvent(new CaseChange.MilestoneAchieved(commissioningCase.getReference(),
        commissioningCase.getProgramme(), milestone.getName(), on, actor, at));
  }

  /**
   * The day the case's service actually starts, as a stage that fixes it (a contract's start)
   * gives it. A case whose service starts in parts (lot by lot) keeps the earliest.
   */
  public void fixActualStartDate(String reference, LocalDate startDate, String actor) {
    var commissioningCase = get(reference);
    var before = commissioningCase.getActualStartDate();
    if (before != null && !startDate.isBefore(before)) {
      return;
    }
    commissioningCase.setActualStartDate(startDate);
    var at = log(commissioningCase, actor, "KEY_DATE_FIXED", "Service start date fixed: " + UkTime.DAY.format(startDate),
        singleField("actualStartDate", before), singleField("actualStartDate", startDate));
    changes.publishEvent(new CaseChange.KeyDateFixed(reference, commissioningCase.getProgramme(), "actualStartDate",
        before, startDate, actor, at));
  }

  private static Optional<Milestone> milestoneNamed(CommissioningCase commissioningCase, String name) {
    return commissioningCase.getMilestones().stream().filter(milestone -> milestone.getName().equals(name))
        .findFirst();
  }

  private static Map<String, Object> milestoneFields(Milestone milestone) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("name", milestone.getName());
    fields.put("targetDate", milestone.getTargetDate());
    fields.put("actualDate", milestone.getActualDate());
    fields.put("status", milestone.getStatus().name().toLowerCase(Locale.ROOT));
    return fields;
  }

  public Risk addRisk(String reference, String description, int likelihood, int impact,
      String owner, String mitigation, String actor) {
    var commissioningCase = get(reference);
    var risk = new Risk(commissioningCase, description, likelihood, impact, owner, mitigation);
    commissioningCase.addRisk(risk);
    guardRating(commissioningCase, risk);
    var after = new LinkedHashMap<String, Object>();
    after.put("description", description);
    after.put("likelihood", likelihood);
    after.put("impact", impact);
    after.put("score", risk.getScore());
    after.put("owner", owner);
    after.put("mitigation", mitigation);
    after.put("band", risk.getBand().id());
    var at = log(commissioningCase, actor, "RISK_ADDED", "Risk added (score " + risk.getScore() + ", "
        + risk.getBand().id() + ")", null, after);
    changes.publishEvent(new CaseChange.RiskRaised(reference, commissioningCase.getProgramme(), description,
        risk.getScore(), risk.getBand(), owner, actor, at));
    return risk;
  }

  /**
   * Changes an entry of the case's risk log: re-describes, re-scores or closes it. Only what
   * changes is written to the log, with the reason given.
   */
  public Risk updateRisk(String reference, long riskId, RiskUpdate update, String actor) {
    var commissioningCase = get(reference);
    var risk = commissioningCase.getRisks().stream().filter(candidate -> candidate.getId() == riskId).findFirst()
        .orElseThrow(() -> new NotFoundException("Case " + reference + " has no risk " + riskId));
    var before = riskFields(risk);
    risk.describe(update.description() == null ? risk.getDescription() : update.description(),
        update.owner() == null ? risk.getOwner() : update.owner(),
        update.mitigation() == null ? risk.getMitigation() : update.mitigation());
    risk.rate(update.likelihood() == null ? risk.getLikelihood() : update.likelihood(),
        update.impact() == null ? risk.getImpact() : update.impact());
    if (update.status() != null) {
      risk.setStatus(update.status());
    }
    guardRating(commissioningCase, risk);
    var after = riskFields(risk);
    before.keySet().removeIf(field -> Objects.equals(before.get(field), after.get(field)));
    after.keySet().retainAll(before.keySet());
    if (after.isEmpty()) {
      return risk;
    }
    if (update.reason() != null && !update.reason().isBlank()) {
      after.put("reason", update.reason());
    }
    var at = log(commissioningCase, actor, "RISK_UPDATED", "Risk " + riskId + " updated (score " + risk.getScore()
        + ", " + risk.getBand().id() + ", " + risk.getStatus().id() + ")", before, after);
    changes.publishEvent(new CaseChange.RiskChanged(reference, commissioningCase.getProgramme(), riskId,
        risk.getScore(), risk.getBand(), risk.getStatus(), actor, at));
    return risk;
  }

  /**
   * Risks are added without touching the case, so they never conflict with other changes to it,
   * except an open extreme risk: it changes what the case may be rated, so a rating given at the
   * same time without knowing of it conflicts (409) rather than leaving a green case with an
   * unexplained extreme risk.
   */
  private void guardRating(CommissioningCase commissioningCase, Risk risk) {
    if (risk.isOpen() && risk.getBand() == RiskBand.EXTREME) {
      entityManager.lock(commissioningCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
  }

  private static Map<String, Object> riskFields(Risk risk) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("description", risk.getDescription());
    fields.put("likelihood", risk.getLikelihood());
    fields.put("impact", risk.getImpact());
    fields.put("score", risk.getScore());
    fields.put("band", risk.getBand().id());
    fields.put("owner", risk.getOwner());
    fields.put("mitigation", risk.getMitigation());
    fields.put("status", risk.getStatus().id());
    return fields;
  }

  /** Closes (work finished) or cancels (work stopped) a case. */
  public void end(String reference, CaseStatus endStatus, String reason, String actor) {
    if (endStatus != CaseStatus.CLOSED && endStatus != CaseStatus.CANCELLED) {
      throw new IllegalArgumentException("a case ends as closed or cancelled, not " + endStatus.id());
    }
    var commissioningCase = get(reference);
    var before = commissioningCase.getStatus();
    if (before == endStatus) {
      return;
    }
    commissioningCase.setStatus(endStatus);
    var endDate = LocalDate.now(clock);
    commissioningCase.setActualEndDate(endDate);
    var after = new LinkedHashMap<String, Object>();
    after.put("status", endStatus.id());
    after.put("reason", reason);
    // a milestone still ahead when its case ends will never fall due: withdrawn, it counts neither
    // as met nor as missed; one already past its date and not met stays missed
    var withdrawn = commissioningCase.getMilestones().stream()
        .filter(milestone -> milestone.getStatus() == Milestone.Status.PLANNED)
        .filter(milestone -> milestone.getTargetDate() == null || !milestone.getTargetDate().isBefore(endDate))
        .toList();
    withdrawn.forEach(Milestone::withdraw);
    if (!withdrawn.isEmpty()) {
      after.put("milestonesWithdrawn", withdrawn.stream().map(Milestone::getName).toList());
    }
    var at = log(commissioningCase, actor, "STATUS_CHANGED", "Case " + endStatus.id() + ": " + reason,
        singleField("status", before.id()), after);
    changes.publishEvent(new CaseChange.CaseEnded(reference, commissioningCase.getProgramme(), endStatus, reason,
        commissioningCase.getCreatedAt(), commissioningCase.getCurrentStage(), commissioningCase.getStageEnteredAt(),
        actor, at));
  }

  /** Writes something that happened to a case without changing its fields, such as a reminder sent. */
  public void note(String reference, String actor, String eventType, String summary, Map<String, ?> details) {
    note(reference, actor, eventType, summary, details, EventScope.NONE);
  }

  /** As {@link #note(String, String, String, String, Map)}, in a process instance or restricted to some readers. */
  public void note(String reference, String actor, String eventType, String summary, Map<String, ?> details,
      EventScope scope) {
    var commissioningCase = get(reference);
    var at = log(commissioningCase, actor, eventType, summary, null, details, scope);
    changes.publishEvent(new CaseChange.Noted(reference, commissioningCase.getProgramme(), eventType, summary,
        actor, at));
  }

  /** Writes a task completion, with what was submitted, to the log of the task's case. */
  public void recordTaskCompleted(String reference, String taskName, Map<String, ?> submitted,
      String actor, EventScope scope) {
    var commissioningCase = get(reference);
    var at = log(commissioningCase, actor, TASK_COMPLETED, taskName + " completed", null,
        new LinkedHashMap<>(submitted), scope);
    changes.publishEvent(new CaseChange.TaskCompleted(reference, commissioningCase.getProgramme(), taskName,
        scope.processInstanceId(), actor, at));
  }

  /** Everyone who completed a task of the process instance: those who prepared or checked its work. */
  @Transactional(readOnly = true)
  public Set<String> completersIn(String reference, String processInstanceId) {
    return Set.copyOf(events.actorsOf(reference, processInstanceId, TASK_COMPLETED));
  }

  /** Involves the user in the case (they see it as the people it names do), unless they are already. */
  public void addParticipant(String reference, String userId, String part, String actor) {
    var commissioningCase = get(reference);
    if (commissioningCase.addParticipant(new Participation(userId, part))) {
      var at = log(commissioningCase, actor, "PARTICIPANT_ADDED", userId + " added: " + part, null,
          Map.of("userId", userId, "part", part));
      changes.publishEvent(new CaseChange.ParticipantAdded(reference, commissioningCase.getProgramme(), userId, part,
          actor, at));
    }
  }

  @Transactional(readOnly = true)
  public CommissioningCase get(String reference) {
    return cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
  }

  @Transactional(readOnly = true)
  public boolean holdsAnyCase() {
    return cases.count() > 0;
  }

  @Transactional(readOnly = true)
  public Optional<CommissioningCase> find(String reference) {
    return cases.findByReference(reference);
  }

  /** The cases matching the search among those visible ({@link CaseAccess#visibleTo}). */
  @Transactional(readOnly = true)
  public Page<CommissioningCase> search(CaseSearch search, Specification<CommissioningCase> visible,
      Pageable pageable) {
    Specification<CommissioningCase> where = Specification.where(visible);
    if (search.programme() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("programme"), search.programme()));
    }
    if (search.status() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("status"), search.status()));
    }
    if (search.stage() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("currentStage"), search.stage()));
    }
    if (search.ragRating() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("ragRating"), search.ragRating()));
    }
    if (search.area() != null && !search.area().isBlank()) {
      var pattern = containing(search.area());
      where = where.and((root, query, cb) -> cb.like(cb.lower(root.get("integratedCareSystem")), pattern, '\\'));
    }
    if (search.text() != null && !search.text().isBlank()) {
      var pattern = containing(search.text());
      where = where.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("reference")), pattern, '\\'),
          cb.like(cb.lower(root.get("title")), pattern, '\\')));
    }
    if (search.namedPerson() != null) {
      where = where.and((root, query, cb) -> {
        var naming = query.subquery(Long.class);
        var namingCase = naming.from(CommissioningCase.class);
        jakarta.persistence.criteria.MapJoin<CommissioningCase, String, String> named =
            namingCase.joinMap("namedPeople");
        var matches = cb.and(cb.equal(namingCase, root), cb.equal(named.value(), search.namedPerson()));
        if (search.namedAs() != null) {
          matches = cb.and(matches, named.key().in(search.namedAs()));
        }
        naming.select(namingCase.get("id")).where(matches);
        return cb.exists(naming);
      });
    }
    return cases.findAll(where, pageable);
  }

  /** A LIKE pattern for text anywhere in a lower-cased column, the text's own wildcards escaped. */
  private static String containing(String text) {
    return "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** Writes the entry of the case's event log; answers when it happened. */
  private Instant log(CommissioningCase commissioningCase, String actor, String eventType, String summary,
      Map<String, ?> before, Map<String, ?> after) {
    return log(commissioningCase, actor, eventType, summary, before, after, EventScope.NONE);
  }

  private Instant log(CommissioningCase commissioningCase, String actor, String eventType, String summary,
      Map<String, ?> before, Map<String, ?> after, EventScope scope) {
    var now = Instant.now(clock);
    commissioningCase.addEvent(new CaseEvent(commissioningCase, now, actor, eventType,
        summary, before == null ? null : writeJson(before), after == null ? null : writeJson(after), scope));
    return now;
  }

  private static Map<String, Object> singleField(String name, Object value) {
    var field = new LinkedHashMap<String, Object>();
    field.put(name, value);
    return field;
  }

  /** The case's details read as its programme's record. */
  public <D> D detailsOf(CommissioningCase commissioningCase, Class<D> type) {
    try {
      return objectMapper.readValue(commissioningCase.getDetails(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the details of " + commissioningCase.getReference() + " are not a "
          + type.getSimpleName(), e);
    }
  }

  private JsonNode readTree(String json) {
    try {
      return objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case details are not valid JSON", e);
    }
  }

  private String writeJson(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write case event as JSON", e);
    }
  }
}
