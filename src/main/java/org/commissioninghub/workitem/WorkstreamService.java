package org.commissioninghub.workitem;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.identity.Role;
import org.commissioninghub.procurement.LotSummary;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.NotFoundException;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.AsHub;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a case's workstreams: who owns each, what its owner may report, and who may change
 * it. Every change is written to the case's event log with who made it. A process creates and
 * updates workstreams with the typed records below (as a {@code RecordsAnswer} method would pass
 * them on); people update them through the case API, where {@link #updateAs} decides who may.
 */
@Service
@Transactional
public class WorkstreamService {

  /**
   * A workstream to create.
   *
   * @param lotId the lot of the case the item belongs to, if any
   * @param item what it is about within the case, such as the site "HMP Bristol"
   * @param name what the work is, such as "Workforce and TUPE"
   * @param ownerRole the role (Camunda group) that owns it
   * @param ownerUser the person who owns it, if one is named: they must hold the owner role
   */
  public record NewWorkstream(
      Long lotId,
      @NotBlank @SingleLine @Size(max = 100) String item,
      @NotBlank @SingleLine @Size(max = 200) String name,
      @NotBlank String ownerRole,
      @SingleLine @Size(max = 100) String ownerUser,
      @SensibleDate LocalDate dueDate) {}

  /**
   * What an owner reports on a workstream: each field given changes it, each left out (null)
   * leaves it as it was; blank evidence removes the evidence. A workstream is done only with evidence.
   */
  public record WorkstreamUpdate(WorkstreamStatus status, RagRating ragRating, @Size(max = 4000) String evidence) {}

  /** A case has one workstream of a name per item. */
  private record Key(String item, String name) {
    static Key of(NewWorkstream request) {
      return new Key(request.item().strip(), request.name().strip());
    }
  }

  private final WorkstreamRepository workstreams;
  private final CaseStore caseStore;
  private final CaseAccess access;
  private final ProcurementService procurement;
  private final IdentityService identityService;
  private final AsHub asHub;
  private final Validator validator;
  private final Clock clock;

  WorkstreamService(WorkstreamRepository workstreams, CaseStore caseStore, CaseAccess access,
      ProcurementService procurement, IdentityService identityService, AsHub asHub, Validator validator,
      Clock clock) {
    this.workstreams = workstreams;
    this.caseStore = caseStore;
    this.access = access;
    this.procurement = procurement;
    this.identityService = identityService;
    this.asHub = asHub;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Creates the case's workstreams that it does not have yet; one it already has (the same item
   * and name) stays as it is, so a retried step creates nothing twice. Answers every workstream
   * asked for, in the order asked. A named owner then sees the case as the people it names do.
   * Refused, with each bad field named ({@code workstreams[1].ownerRole}), if any workstream
   * breaks a rule: then none is created.
   */
  public List<Workstream> createWorkstreams(String reference, List<NewWorkstream> wanted, String actor) {
    var commissioningCase = caseStore.get(reference);
    var problems = creationProblems(commissioningCase, wanted);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var existing = workstreams.findByCommissioningCaseIdOrderById(commissioningCase.getId()).stream()
        .collect(Collectors.toMap(workstream -> new Key(workstream.getItem(), workstream.getName()), w -> w));
    var now = Instant.now(clock);
    var answered = new ArrayList<Workstream>();
    var created = new ArrayList<Workstream>();
    for (var request : wanted) {
      var workstream = existing.get(Key.of(request));
      if (workstream == null) {
        workstream = workstreams.save(new Workstream(commissioningCase, request.lotId(), request.item().strip(),
            request.name().strip(), request.ownerRole(), blankToNull(request.ownerUser()), request.dueDate(), actor,
            now));
        created.add(workstream);
      }
      answered.add(workstream);
    }
    if (!created.isEmpty()) {
      caseStore.note(reference, actor, "WORKSTREAMS_CREATED", created.size() + " workstreams created",
          Map.of("workstreams", created.stream().map(WorkstreamService::described).toList()));
      created.stream().map(Workstream::getOwnerUser).filter(Objects::nonNull).distinct()
          .forEach(owner -> caseStore.addParticipant(reference, owner, "Workstream owner", actor));
    }
    return answered;
  }

  /**
   * An update reported by someone through the case API: the workstream's owner (a member of its
   * owner role, or the person named as its owner) or anyone who may change the case (the roles
   * that work its programme, administrators). Others who see the case are refused; to those who
   * do not, neither the case nor its workstream exists.
   */
  public Workstream updateAs(Viewer viewer, String reference, long workstreamId, WorkstreamUpdate update) {
    var level = access.read(viewer, reference).level();
    var workstream = workstreamOf(reference, workstreamId);
    var owns = viewer.userId().equals(workstream.getOwnerUser()) || viewer.holds(workstream.getOwnerRole());
    if (!owns && !level.canChange()) {
      throw new ForbiddenException("Only the owner of the workstream " + workstream.label()
          + " or the roles that work " + reference + " may update it.");
    }
    return update(reference, workstreamId, update, viewer.userId());
  }

  /**
   * Records an update of the workstream's status, RAG rating or evidence, as reported by the
   * actor. A process calls this for the person who completed its task; nothing changes, and
   * nothing is logged, when every value is as it was.
   */
  public Workstream update(String reference, long workstreamId, WorkstreamUpdate update, String actor) {
    var workstream = workstreamOf(reference, workstreamId);
    var status = update.status() == null ? workstream.getStatus() : update.status();
    var ragRating = update.ragRating() == null ? workstream.getRagRating() : update.ragRating();
    var evidence = update.evidence() == null ? workstream.getEvidence() : blankToNull(update.evidence());
    var problems = new ArrayList<>(Violations.of(validator, update, ""));
    if (status == WorkstreamStatus.DONE && evidence == null) {
      problems.add(new FieldProblem("evidence", "is required when the status is done"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var changes = new LinkedHashMap<String, Object>();
    changed(changes, "status", workstream.getStatus(), status);
    changed(changes, "ragRating", workstream.getRagRating(), ragRating);
    changed(changes, "evidence", workstream.getEvidence(), evidence);
    if (changes.isEmpty()) {
      return workstream;
    }
    workstream.report(status, ragRating, evidence, actor, Instant.now(clock));
    var details = described(workstream);
    details.put("changes", changes);
    caseStore.note(reference, actor, "WORKSTREAM_UPDATED", "Workstream updated: " + workstream.label(), details);
    return workstream;
  }

  /** The case's workstreams in the order they were created: one query. */
  @Transactional(readOnly = true)
  public List<Workstream> workstreamsOf(CommissioningCase commissioningCase) {
    return workstreams.findByCommissioningCaseIdOrderById(commissioningCase.getId());
  }

  private Workstream workstreamOf(String reference, long workstreamId) {
    return workstreams.findByIdAndCommissioningCaseReference(workstreamId, reference)
        .orElseThrow(() -> new NotFoundException(reference + " has no workstream " + workstreamId));
  }

  private List<FieldProblem> creationProblems(CommissioningCase commissioningCase, List<NewWorkstream> wanted) {
    var problems = new ArrayList<FieldProblem>();
    var lotIds = procurement.lotSummariesOf(commissioningCase.getId()).stream().map(LotSummary::id).toList();
    var rowOfKey = new HashMap<Key, Integer>();
    for (int row = 0; row < wanted.size(); row++) {
      var where = "workstreams[" + row + "]";
      var request = wanted.get(row);
      if (request == null) {
        problems.add(new FieldProblem(where, "is required"));
        continue;
      }
      problems.addAll(Violations.of(validator, request, where));
      if (request.lotId() != null && !lotIds.contains(request.lotId())) {
        problems.add(new FieldProblem(where + ".lotId", "is not a lot of " + commissioningCase.getReference()));
      }
      problems.addAll(ownerProblems(request, where));
      if (request.item() != null && request.name() != null) {
        var firstRow = rowOfKey.putIfAbsent(Key.of(request), row);
        if (firstRow != null) {
          problems.add(new FieldProblem(where + ".name", "is already the name of workstreams[" + firstRow
              + "] of the same item"));
        }
      }
    }
    return problems;
  }

  /** The owner role is one of the hub's roles, and a named owner holds it. */
  private List<FieldProblem> ownerProblems(NewWorkstream request, String where) {
    if (request.ownerRole() == null || request.ownerRole().isBlank()) {
      return List.of();
    }
    var role = Role.byGroupId(request.ownerRole());
    if (role.isEmpty()) {
      return List.of(new FieldProblem(where + ".ownerRole", "'" + request.ownerRole() + "' is not a role"));
    }
    var owner = blankToNull(request.ownerUser());
    if (owner == null) {
      return List.of();
    }
    if (asHub.run(() -> identityService.createUserQuery().userId(owner).count()) == 0) {
      return List.of(new FieldProblem(where + ".ownerUser", "'" + owner + "' is not a user"));
    }
    if (asHub.run(() -> identityService.createUserQuery().userId(owner).memberOfGroup(request.ownerRole()).count()) == 0) {
      return List.of(new FieldProblem(where + ".ownerUser", "'" + owner + "' does not hold the role "
          + role.get().displayName()));
    }
    return List.of();
  }

  private static LinkedHashMap<String, Object> described(Workstream workstream) {
    var described = new LinkedHashMap<String, Object>();
    described.put("workstreamId", workstream.getId());
    described.put("item", workstream.getItem());
    described.put("name", workstream.getName());
    described.put("ownerRole", workstream.getOwnerRole());
    described.put("ownerUser", workstream.getOwnerUser());
    described.put("dueDate", workstream.getDueDate());
    return described;
  }

  private static void changed(Map<String, Object> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      var change = new LinkedHashMap<String, Object>();
      change.put("from", before);
      change.put("to", after);
      changes.put(field, change);
    }
  }


  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
