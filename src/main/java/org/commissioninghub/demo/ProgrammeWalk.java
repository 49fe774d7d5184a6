package org.commissioninghub.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;

/**
 * What a programme registers (as a Spring bean) for the demo data generator to create realistic
 * cases of it through its real process: where its cases stop, how a case opens, and what people
 * answer in each task. The generator does the rest: it opens the case as a member of
 * {@link #openerRole()}, completes each open task as a person who holds it, runs the process's
 * due jobs, and leaves the case where its journey stops.
 *
 * <p>Cases are walked on the engine's clock: each opens some days before the generation began
 * ({@link #daysOpen}) and each task is completed some working days after it opened
 * ({@link #workingDays}); timers fire as the clock passes them, and nothing is done after the
 * moment the generation began, so a case whose work would run past it is left open there. Beside
 * its tasks, people keep the case's milestones and RAG rating as it goes ({@link #stageReached},
 * {@link #walkStopped}).
 *
 * <p>All choices come from {@link DemoCase#random}, so the same seed gives the same cases.
 *
 * @param <J> the programme's journeys
 */
public interface ProgrammeWalk<J extends Journey> {

  Programme programme();

  /**
   * Every journey a case may take; the generator spreads cases over them evenly, or, when the walk
   * generates {@link #eachJourneyOnce() each journey once}, makes one case of each.
   */
  List<J> journeys();

  /**
   * Whether the walk makes one case of each of its journeys in every run, beside the cases asked
   * for, rather than taking its share of them: for a programme whose demo is one programme of work
   * as it really is (the prisons of a region), not many cases of a kind. No by default.
   */
  default boolean eachJourneyOnce() {
    return false;
  }

  /** The role (Camunda group id) whose member opens the case: one that may open cases. */
  String openerRole();

  /**
   * Every role (Camunda group id) whose members work the journeys' tasks: the generator opens no
   * case while one of them has no member.
   */
  Set<String> roles();

  /** The case as it is opened through the API. */
  OpenCaseRequest opening(DemoCase<J> demoCase);

  /**
   * What the person working the task enters in its form: only the form's own fields. A task the
   * walk does not know is a mistake in the walk, reported with the case.
   */
  Map<String, Object> answers(DemoCase<J> demoCase, OpenTask task);

  /**
   * Whether the task is left open for people to find where the walk stops, rather than completed:
   * by default the task the case's journey stops at ({@link Journey#stop()}). A walk whose case
   * stops at different tasks for different items (a site still waiting for its CQC registration,
   * another for its employee liability information) says so task by task.
   */
  default boolean leavesOpen(DemoCase<J> demoCase, OpenTask task) {
    return demoCase.journey().stop().leavesOpen(task);
  }

  /**
   * What people record on the case, through {@code keeping}, when the walk sees it in a stage it
   * was not in before (the stage it opens at, first): the milestones they plan and those they
   * achieve. A step may pass a stage between two looks, so a walk goes by how far the case has got.
   * Nothing by default.
   */
  default void stageReached(DemoCase<J> demoCase, String stage, CaseKeeping keeping) {}

  /**
   * What people record on the case, through {@code keeping}, as things stand on the last working
   * day before the generation began (or the day of its last step, if that was later), where its walk
   * stopped (at {@code stage}), such as its RAG rating. Nothing by default.
   */
  default void walkStopped(DemoCase<J> demoCase, String stage, CaseKeeping keeping) {}

  /**
   * How many days before the generation began the case opened, at least 1: long enough for its
   * work to reach where its journey stops, and short enough that it has not waited there for
   * months. By default between 9 and 12 months, which suits journeys that end.
   */
  default int daysOpen(DemoCase<J> demoCase) {
    return 270 + demoCase.random("days open").nextInt(96);
  }

  /**
   * How many working days the person holding the task takes over it from the day it opened, at
   * least 1: by default one to ten for an approval and two to five for anything else.
   */
  default int workingDays(DemoCase<J> demoCase, OpenTask task) {
    var random = demoCase.random("working days", task.taskDefinitionKey(), task.caseStage(), task.round(), task.name());
    // the approval task of the stage approval process every programme calls
    return "Task_ApproveStage".equals(task.taskDefinitionKey()) ? 1 + random.nextInt(10) : 2 + random.nextInt(4);
  }
}
