package org.commissioninghub.casestore;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.ForbiddenException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change each case. A case is seen by the people it names or involves, by the
 * members of the roles that work its programme (each programme module declares them), by leads and
 * by administrators; outside bodies see only the cases that name them, and only their part. Changes
 * need a role that works the case. A case someone may not see does not exist for them: a refused
 * read is "not found". Lists, counts and every later view (the KPI console) filter with
 * {@link #visibleTo(Viewer)}.
 */
@Service
@Transactional(readOnly = true)
public class CaseAccess {

  /** How far a viewer may go with a case, from nothing to everything. */
  public enum Level {
    /** Not visible: answered as if the case did not exist. */
    NONE,
    /** An outside body the case names: its summary, key dates, milestones and their own decisions. */
    PARTNER,
    /** Staff the case names or involves (a panel member): reads the whole case. */
    PARTICIPANT,
    /** A lead: reads every case. */
    LEAD,
    /** A member of a role that works the case's programme: reads and changes it. */
    WORKER,
    ADMINISTRATOR;

    public boolean canRead() {
      return this != NONE;
    }

    public boolean readsWholeCase() {
      return compareTo(PARTICIPANT) >= 0;
    }

    public boolean canChange() {
      return this == WORKER || this == ADMINISTRATOR;
    }
  }

  /** A case the viewer may read, and how far. */
  public record Visible(CommissioningCase commissioningCase, Level level) {}

  private final CaseRepository cases;
  private final Map<Programme, Set<String>> workingRoles = new EnumMap<>(Programme.class);
  private final List<RestrictedRecords> restrictedRecords;

  CaseAccess(CaseRepository cases, ProgrammeCatalog programmes, List<RestrictedRecords> restrictedRecords) {
    this.cases = cases;
    programmes.all().forEach((programme, process) -> workingRoles.put(programme, Set.copyOf(process.workingRoles())));
    this.restrictedRecords = List.copyOf(restrictedRecords);
  }

  public Level levelOf(Viewer viewer, CommissioningCase commissioningCase) {
    if (viewer.holds(Role.ADMINISTRATORS_GROUP)) {
      return Level.ADMINISTRATOR;
    }
    if (worksProgramme(viewer, commissioningCase.getProgramme())) {
      return Level.WORKER;
    }
    if (holdsAny(viewer, Role.Kind.LEAD)) {
      return Level.LEAD;
    }
    if (commissioningCase.involves(viewer.userId())) {
      return holdsAny(viewer, Role.Kind.STAFF) ? Level.PARTICIPANT : Level.PARTNER;
    }
    return Level.NONE;
  }

  /** The case, if the viewer may see it at all; otherwise it is not found. */
  public Visible read(Viewer viewer, String reference) {
    var commissioningCase = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    var level = levelOf(viewer, commissioningCase);
    if (!level.canRead()) {
      throw new CaseNotFoundException(reference);
    }
    return new Visible(commissioningCase, level);
  }

  /** The case, if the viewer may read all of it (its records, lots and log); otherwise it is not found. */
  public Visible readWhole(Viewer viewer, String reference) {
    var visible = read(viewer, reference);
    if (!visible.level().readsWholeCase()) {
      throw new CaseNotFoundException(reference);
    }
    return visible;
  }

  /** The case, if the viewer may change it: not found if they may not see it, forbidden if they may only see it. */
  public Visible change(Viewer viewer, String reference) {
    var visible = read(viewer, reference);
    if (!visible.level().canChange()) {
      throw new ForbiddenException("Only the roles that work " + reference + " may change it.");
    }
    return visible;
  }

  /** The cases the viewer may see, for lists and counts; filtered in the database. */
  public Specification<CommissioningCase> visibleTo(Viewer viewer) {
    if (viewer.holds(Role.ADMINISTRATORS_GROUP) || holdsAny(viewer, Role.Kind.LEAD)) {
      return (root, query, cb) -> cb.conjunction();
    }
    var programmes = workingRoles.entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(viewer::holds))
        .map(Map.Entry::getKey)
        .toList();
    return (root, query, cb) -> {
      var visible = new ArrayList<Predicate>();
      if (!programmes.isEmpty()) {
        visible.add(root.get("programme").in(programmes));
      }
      var named = query.subquery(Long.class);
      var namingCase = named.from(CommissioningCase.class);
      named.select(namingCase.get("id")).where(cb.equal(namingCase, root),
          cb.equal(namingCase.joinMap("namedPeople").value(), viewer.userId()));
      visible.add(cb.exists(named));
      var involved = query.subquery(Long.class);
      var involvingCase = involved.from(CommissioningCase.class);
      involved.select(involvingCase.get("id")).where(cb.equal(involvingCase, root),
          cb.equal(involvingCase.joinSet("participants").get("userId"), viewer.userId()));
      visible.add(cb.exists(involved));
      return cb.or(visible.toArray(Predicate[]::new));
    };
  }

  /**
   * {@link #visibleTo(Viewer)}'s rule as SQL, for aggregate queries over {@code commissioning_case}
   * under the alias given: a condition and its named parameters (all named {@code visible*}).
   */
  public VisibleCasesSql visibleSql(Viewer viewer, String caseAlias) {
    if (viewer.holds(Role.ADMINISTRATORS_GROUP) || holdsAny(viewer, Role.Kind.LEAD)) {
      return new VisibleCasesSql("1 = 1", Map.of());
    }
    var programmes = workingRoles.entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(viewer::holds))
        .map(entry -> entry.getKey().name())
        .toList();
    var named = "EXISTS (SELECT 1 FROM case_named_person visible_np WHERE visible_np.case_id = " + caseAlias
        + ".id AND visible_np.user_id = :visibleUser) OR EXISTS (SELECT 1 FROM case_participant visible_cp"
        + " WHERE visible_cp.case_id = " + caseAlias + ".id AND visible_cp.user_id = :visibleUser)";
    if (programmes.isEmpty()) {
      return new VisibleCasesSql("(" + named + ")", Map.of("visibleUser", viewer.userId()));
    }
    return new VisibleCasesSql("(" + caseAlias + ".programme IN (:visibleProgrammes) OR " + named + ")",
        Map.of("visibleUser", viewer.userId(), "visibleProgrammes", programmes));
  }

  /** A condition on cases in SQL and the named parameters it takes. */
  public record VisibleCasesSql(String condition, Map<String, ?> parameters) {

    /** Whether the condition holds for every case: a viewer who sees them all. */
    public boolean everyCase() {
      return parameters.isEmpty();
    }
  }

  /** The entries of the case's event log this viewer may read, oldest first. */
  public List<CaseEvent> eventsFor(Viewer viewer, Visible visible) {
    if (!visible.level().readsWholeCase()) {
      return List.of();
    }
    return visible.commissioningCase().getEvents().stream()
        .filter(event -> mayReadRestricted(viewer, visible, event.getRestrictedTo(), event.getActor()))
        .toList();
  }

  /** Whether the viewer may read a record restricted by this key (null: unrestricted). */
  public boolean mayReadRestricted(Viewer viewer, Visible visible, String restrictedTo, String recordActor) {
    if (!visible.level().readsWholeCase()) {
      return false;
    }
    if (restrictedTo == null || visible.level() == Level.ADMINISTRATOR) {
      return true;
    }
    return restrictedRecords.stream()
        .filter(rule -> rule.decides(restrictedTo))
        .anyMatch(rule -> rule.mayRead(viewer, visible.level(), visible.commissioningCase(), restrictedTo,
            recordActor));
  }

  /** The roles that work a programme, as its module declares them. */
  public Set<String> workingRolesOf(Programme programme) {
    return workingRoles.getOrDefault(programme, Set.of());
  }

  private boolean worksProgramme(Viewer viewer, Programme programme) {
    return workingRolesOf(programme).stream().anyMatch(viewer::holds);
  }

  private static boolean holdsAny(Viewer viewer, Role.Kind kind) {
    return rolesOf(viewer).stream().anyMatch(role -> role.kind() == kind);
  }

  private static Collection<Role> rolesOf(Viewer viewer) {
    return viewer.groups().stream().map(Role::byGroupId).flatMap(Optional::stream).toList();
  }
}
