package org.commissioninghub.demo;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseUpdateRequests;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.system.EngineClock;
import org.commissioninghub.system.ForbiddenException;

/**
 * What people keep on a generated case beside its tasks, as they would on its page: the milestones
 * of its plan and its RAG rating. Each change is made as the first member of the role given, the
 * way the case page makes it: only by someone who may change the case, only with what the page's
 * request would accept, through {@link CaseStore}, on the engine's clock (so a milestone is
 * achieved on the day the walk has reached, never later than the moment the generation began).
 */
public final class CaseKeeping {

  /** A milestone as the walk planned it: its target, and the day it was achieved, if it was. */
  public record KeptMilestone(String name, LocalDate targetDate, LocalDate achievedOn) {

    /** Not achieved with its target past, as the console counts it missed. */
    public boolean missed(LocalDate today) {
      return achievedOn == null && targetDate.isBefore(today);
    }
  }

  private final String reference;
  private final CaseStore caseStore;
  private final CaseAccess access;
  private final Validator validator;
  private final People people;
  private final Map<String, KeptMilestone> milestones = new LinkedHashMap<>();
  private final Map<String, Long> milestoneIds = new LinkedHashMap<>();
  private final Set<String> mayChange = new HashSet<>();
  private CommissioningCase seen;

  CaseKeeping(String reference, CaseStore caseStore, CaseAccess access, Validator validator, People people) {
    this.reference = reference;
    this.caseStore = caseStore;
    this.access = access;
    this.validator = validator;
    this.people = people;
  }

  /** The case as the walk last read it, for its dates: the walk reads it at each step anyway. */
  void look(CommissioningCase current) {
    this.seen = current;
  }

  /** The day the walk has reached, in England. */
  public LocalDate today() {
    return LocalDate.now(EngineClock.INSTANCE);
  }

  public Optional<LocalDate> targetStartDate() {
    return Optional.ofNullable(seen.getTargetStartDate());
  }

  /** The date the case must finish by (a dental procurement's: the end of its current contract), if it has one. */
  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(seen.getDeadline());
  }

  /** Adds the milestone to the case's plan, as the role's member would; one of that name already planned stays as it is. */
  public void planMilestone(String role, String name, LocalDate targetDate) {
    if (milestones.containsKey(name)) {
      return;
    }
    var request = new CaseUpdateRequests.AddMilestone(name, targetDate);
    refuseIfInvalid(validator, request, reference + ": the milestone " + name);
    var milestone = caseStore.addMilestone(reference, request.name(), request.targetDate(), changer(role));
    milestoneIds.put(name, milestone.getId());
    milestones.put(name, new KeptMilestone(name, targetDate, null));
  }

  /** Marks the planned milestone achieved today, as the role's member would; one already achieved stays as it is. */
  public void achieveMilestone(String role, String name) {
    var planned = milestones.get(name);
    if (planned == null) {
      throw new DemoDataException(reference + ": the walk achieves the milestone " + name + " without planning it");
    }
    if (planned.achievedOn() != null) {
      return;
    }
    var today = today();
    caseStore.achieveMilestone(reference, milestoneIds.get(name), today, changer(role));
    milestones.put(name, new KeptMilestone(name, planned.targetDate(), today));
  }

  /** The milestones planned so far, in the order they were planned. */
  public List<KeptMilestone> milestones() {
    return List.copyOf(milestones.values());
  }

  /** Sets the case's RAG rating with the reason, as the role's member would. */
  public void rate(String role, RagRating rating, String reason) {
    var request = new CaseUpdateRequests.Rate(rating, reason);
    refuseIfInvalid(validator, request, reference + ": the RAG rating");
    caseStore.rate(reference, request.ragRating(), request.reason(), changer(role));
  }

  /** Refuses what the API would refuse: a walk's mistake, reported with what it was making. */
  static void refuseIfInvalid(Validator validator, Object request, String what) {
    var invalid = validator.validate(request);
    if (!invalid.isEmpty()) {
      throw new DemoDataException(what + " is one the API would refuse: " + invalid.stream()
          .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted().toList());
    }
  }

  /**
   * The role's first member, if they may change the case, as the case page asks of the person
   * signed in; asked once a person, as nothing the walk does changes who may.
   */
  private String changer(String role) {
    var members = people.membersOf(role);
    if (members.isEmpty()) {
      throw new DemoDataException(reference + ": nobody holds the role " + role);
    }
    var person = members.get(0);
    if (mayChange.add(person)) {
      try {
        access.change(new Viewer(person, Set.copyOf(people.rolesOf(person))), reference);
      } catch (ForbiddenException refused) {
        throw new DemoDataException(reference + ": " + person + " (" + role + ") may not change it: "
            + refused.getMessage(), refused);
      }
    }
    return person;
  }
}
