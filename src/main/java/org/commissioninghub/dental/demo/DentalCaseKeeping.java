package org.commissioninghub.dental.demo;

import static org.commissioninghub.dental.DentalStage.CONTRACT_MANAGEMENT;
import static org.commissioninghub.dental.DentalStage.HANDOVER;
import static org.commissioninghub.dental.DentalStage.MOBILISATION;
import static org.commissioninghub.dental.DentalStage.NEEDS_ASSESSMENT;
import static org.commissioninghub.dental.DentalStage.NOT_NEEDED;
import static org.commissioninghub.dental.DentalStage.NO_AWARD;
import static org.commissioninghub.dental.DentalStage.PROCUREMENT;
import static org.commissioninghub.dental.DentalStage.PSR_ROUTE;
import static org.commissioninghub.dental.DentalStage.STOPPED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.demo.CaseKeeping;
import org.commissioninghub.demo.DemoCase;
import org.commissioninghub.dental.DentalStage;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.CodedValue;

/**
 * The plan and the RAG rating people keep on a generated dental procurement. The commissioning
 * manager plans the needs assessment when the case opens, and once it finds a procurement needed,
 * the business case approval and the new contracts' start (the case's target start date); the
 * award once the business case is approved. Each is marked achieved on the day the walk finds the
 * case past it, so the targets, set before the work, are met on time, met late, missed or still to
 * come. Where the walk stops, the programme manager rates an open case, usually green, and amber or
 * red more often when its timetable is tight, it has missed a milestone or there is an access gap.
 */
final class DentalCaseKeeping {

  private static final String KEEPER = Role.COMMISSIONING_MANAGER.groupId();
  private static final String RATER = Role.PROGRAMME_MANAGER.groupId();

  private static final Set<DentalStage> PROCURING = EnumSet.complementOf(EnumSet.of(NEEDS_ASSESSMENT, NOT_NEEDED));
  private static final Set<DentalStage> BUSINESS_CASE_APPROVED = EnumSet.of(PSR_ROUTE, PROCUREMENT,
      MOBILISATION, HANDOVER, CONTRACT_MANAGEMENT, NO_AWARD);
  private static final Set<DentalStage> AWARDED = EnumSet.range(MOBILISATION, CONTRACT_MANAGEMENT);
  private static final Set<DentalStage> ENDED = EnumSet.of(NOT_NEEDED, STOPPED, NO_AWARD);

  /**
   * Out of 100, the rolls below which a case is rated red, then amber (green above), by how many
   * concerns it has: none, one, two or more.
   */
  private static final int[][] RED_AMBER_BELOW = {{3, 15}, {8, 40}, {30, 75}};

  /** A concern a programme manager may rate a case amber or red for, with nothing more specific to say. */
  private static final List<String> GENERAL_CONCERNS = List.of(
      "Workforce: recruiting dentists to the area is slow.",
      "Premises: the preferred site needs works before it can open.",
      "Market: few providers have shown interest so far.");

  private final WorkingDayCalendar workingDays;

  DentalCaseKeeping(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  void stageReached(DemoCase<DentalJourney> demoCase, String stageCode, CaseKeeping keeping) {
    var stage = CodedValue.byId(DentalStage.class, stageCode);
    var today = keeping.today();
    keeping.planMilestone(KEEPER, "Needs assessment complete",
        workingDays.addWorkingDays(today, 15 + demoCase.random("needs assessment target").nextInt(6)));
    if (stage == NEEDS_ASSESSMENT) {
      return;
    }
    keeping.achieveMilestone(KEEPER, "Needs assessment complete");
    if (!PROCURING.contains(stage)) {
      return;
    }
    keeping.planMilestone(KEEPER, "Business case approved",
        workingDays.addWorkingDays(today, 25 + demoCase.random("business case target").nextInt(11)));
    keeping.targetStartDate().ifPresent(start -> keeping.planMilestone(KEEPER,
        oneOrMore(demoCase, "New contract starts", "New contracts start"), start));
    if (!BUSINESS_CASE_APPROVED.contains(stage)) {
      return;
    }
    keeping.achieveMilestone(KEEPER, "Business case approved");
    var award = oneOrMore(demoCase, "Contract awarded", "Contracts awarded");
    keeping.planMilestone(KEEPER, award,
        workingDays.addWorkingDays(today, 40 + demoCase.random("award target").nextInt(21)));
    if (AWARDED.contains(stage)) {
      keeping.achieveMilestone(KEEPER, award);
    }
  }

  /** Rates an open case once its needs assessment is done, leaving some not yet rated. */
  void walkStopped(DemoCase<DentalJourney> demoCase, String stageCode, CaseKeeping keeping) {
    var stage = CodedValue.byId(DentalStage.class, stageCode);
    var random = demoCase.random("rag rating");
    if (stage == NEEDS_ASSESSMENT || ENDED.contains(stage) || random.nextInt(8) == 0) {
      return;
    }
    var concerns = concerns(demoCase, stage, keeping);
    var below = RED_AMBER_BELOW[Math.min(concerns.size(), 2)];
    var roll = random.nextInt(100);
    if (roll >= below[1]) {
      keeping.rate(RATER, RagRating.GREEN, "On plan.");
      return;
    }
    var reason = concerns.isEmpty() ? GENERAL_CONCERNS.get(random.nextInt(GENERAL_CONCERNS.size())) : concerns.get(0);
    keeping.rate(RATER, roll < below[0] ? RagRating.RED : RagRating.AMBER, reason);
  }

  /**
   * What a programme manager would worry about, the most pressing first: the current contract
   * ending (or the new service due to start) within six months with nothing awarded, which is what
   * makes the console forecast a case late; a milestone missed; an access gap.
   */
  private static List<String> concerns(DemoCase<DentalJourney> demoCase, DentalStage stage, CaseKeeping keeping) {
    var concerns = new ArrayList<String>();
    var today = keeping.today();
    if (!AWARDED.contains(stage)) {
      var contractEnds = keeping.deadline().filter(day -> day.isBefore(today.plusMonths(6)));
      var startDue = keeping.targetStartDate().filter(day -> day.isBefore(today.plusMonths(6)));
      if (contractEnds.isPresent()) {
        concerns.add("The current contract " + (contractEnds.get().isBefore(today) ? "ended" : "ends") + " on "
            + UkTime.DAY.format(contractEnds.get()) + " and no new contract is awarded yet.");
      } else if (startDue.isPresent()) {
        concerns.add("The new service " + (startDue.get().isBefore(today) ? "was" : "is") + " due to start on "
            + UkTime.DAY.format(startDue.get()) + " and no contract is awarded yet.");
      }
    }
    keeping.milestones().stream().filter(milestone -> milestone.missed(today)).findFirst().ifPresent(missed ->
        concerns.add("Behind plan: \"" + missed.name() + "\" was due on " + UkTime.DAY.format(missed.targetDate())
            + " and is not met yet."));
    if (DentalProcurementWalk.accessGapFound(demoCase)) {
      concerns.add("Access gap: people in " + DentalProcurementWalk.areaOf(demoCase).name()
          + " wait longest for an NHS dentist until the new contracts start.");
    }
    return concerns;
  }

  private static String oneOrMore(DemoCase<DentalJourney> demoCase, String one, String more) {
    return DentalProcurementWalk.lotsOf(demoCase).size() == 1 ? one : more;
  }
}
