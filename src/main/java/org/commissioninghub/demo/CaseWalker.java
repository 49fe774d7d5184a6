package org.commissioninghub.demo;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseOpeningService;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.identity.CaseOpeners;
import org.commissioninghub.system.EngineClock;
import org.commissioninghub.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * Takes one case along its journey through the real process, on the engine's clock: opens it
 * through the case opening service, as a person who may open cases, on a working day some days
 * before the generation began; then, event by event, either completes the open task that is due to
 * be finished first as a person who holds it (claim, then submit the form as Tasklist does), some
 * working days after it opened, or moves the clock to the case's next timer and lets it fire, and
 * runs the jobs that fall due. It stops when the next event would come after the moment the
 * generation began, or when only the tasks its journey stops at are open and no timer is left
 * before that moment, or when the case has ended. Each time it finds the case in a new stage, and
 * on the last working day before the generation began, where it stopped, the walk's people keep the
 * case's milestones and RAG rating ({@link CaseKeeping}).
 *
 * <p>The clock is moved with {@link ClockUtil}, which every thread of the hub reads: the
 * {@link DemoDataGenerator} pauses this node's job executor meanwhile and puts the clock back.
 */
@Component
class CaseWalker {

  private static final int MOST_EVENTS_PER_CASE = 500;
  private static final LocalTime WORKING_DAY_STARTS = LocalTime.of(9, 0);
  private static final int WORKING_MINUTES = 8 * 60;

  private final CaseOpeningService caseOpening;
  private final CaseStore caseStore;
  private final CaseAccess access;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final FormSubmissions forms;
  private final WorkingDayCalendar workingDays;
  private final Validator validator;

  CaseWalker(CaseOpeningService caseOpening, CaseStore caseStore, CaseAccess access, ProcessEngine processEngine,
      FormSubmissions forms, WorkingDayCalendar workingDays, Validator validator) {
    this.validator = validator;
    this.caseOpening = caseOpening;
    this.caseStore = caseStore;
    this.access = access;
    this.runtimeService = processEngine.getRuntimeService();
    this.taskService = processEngine.getTaskService();
    this.managementService = processEngine.getManagementService();
    this.identityService = processEngine.getIdentityService();
    this.forms = forms;
    this.workingDays = workingDays;
  }

  <J extends Journey> GeneratedCase walk(ProgrammeWalk<J> walk, DemoCase<J> demoCase, People people) {
    var opener = people.membersOf(walk.openerRole()).stream()
        .filter(user -> CaseOpeners.mayOpen(people.rolesOf(user)))
        .findFirst()
        .orElseThrow(() -> new DemoDataException("Nobody holding the role " + walk.openerRole()
            + " may open cases, so no " + walk.programme().displayName() + " case can be opened"));
    var asOf = demoCase.asOf();
    setClock(openingMoment(walk, demoCase));
    var opening = walk.opening(demoCase);
    CaseKeeping.refuseIfInvalid(validator, opening, "The case the " + walk.programme().displayName() + " walk opens");
    var reference = caseOpening.open(opening, opener).getReference();
    var caseInstance = caseOf(reference).getProcessInstanceId();
    var keeping = new CaseKeeping(reference, caseStore, access, validator, people);
    var rounds = new HashMap<String, Integer>();
    var finishing = new HashMap<String, Instant>();
    String stageSeen = null;
    for (int event = 0; event < MOST_EVENTS_PER_CASE; event++) {
      runDueJobs(reference, caseInstance);
      var current = caseOf(reference);
      var stage = current.getCurrentStage();
      if (!stage.equals(stageSeen)) {
        keeping.look(current);
        walk.stageReached(demoCase, stage, keeping);
        stageSeen = stage;
      }
      var workable = openTasks(reference).stream()
          .map(task -> new TaskInHand(task, stage, rounds.getOrDefault(roundKey(task, stage), 0), caseInstance))
          .filter(task -> !walk.leavesOpen(demoCase, task))
          .toList();
      workable.forEach(task -> finishing.computeIfAbsent(task.engineTask.getId(),
          id -> finishingMoment(walk, demoCase, task)));
      var next = workable.stream()
          .min(Comparator.comparing((TaskInHand task) -> finishing.get(task.engineTask.getId()))
              .thenComparing(TaskInHand::openedAt).thenComparing(TaskInHand::taskDefinitionKey)
              .thenComparing(TaskInHand::name));
      var finishesAt = next.map(task -> finishing.get(task.engineTask.getId()));
      var timerAt = nextTimer(caseInstance);
      if (timerAt.isPresent() && (finishesAt.isEmpty() || !timerAt.get().isAfter(finishesAt.get()))) {
        if (timerAt.get().isAfter(asOf)) {
          return walked(walk, reference, caseInstance, demoCase, keeping);
        }
        moveClockOnTo(timerAt.get());
        continue;
      }
      if (next.isEmpty() || finishesAt.get().isAfter(asOf)) {
        return walked(walk, reference, caseInstance, demoCase, keeping);
      }
      moveClockOnTo(finishesAt.get());
      var task = next.get();
      Map<String, Object> answers;
      try {
        answers = walk.answers(demoCase, task);
      } catch (RuntimeException e) {
        throw new DemoDataException(reference + ": no answer for " + task.name() + ": " + e.getMessage(), e);
      }
      complete(reference, task.engineTask, answers, people);
      rounds.merge(roundKey(task.engineTask, stage), 1, Integer::sum);
    }
    throw new DemoDataException(reference + " still has tasks or timers after " + MOST_EVENTS_PER_CASE
        + " events: a loop in its walk?");
  }

  private <J extends Journey> GeneratedCase walked(ProgrammeWalk<J> walk, String reference, String caseInstance,
      DemoCase<J> demoCase, CaseKeeping keeping) {
    refuseFailedJobs(reference, caseInstance);
    var walked = caseOf(reference);
    moveClockOnTo(reviewMoment(demoCase));
    keeping.look(walked);
    walk.walkStopped(demoCase, walked.getCurrentStage(), keeping);
    return new GeneratedCase(reference, walk.programme(), demoCase.journey().description(), walked.getCurrentStage(),
        walked.getStatus().id());
  }

  /**
   * The walk's number of days before the generation began (or the working day before, if that is
   * not one), at a time in working hours.
   */
  private <J extends Journey> Instant openingMoment(ProgrammeWalk<J> walk, DemoCase<J> demoCase) {
    var asOf = demoCase.asOf();
    var daysOpen = Math.max(1, walk.daysOpen(demoCase));
    var day = workingDays.subtractWorkingDays(LocalDate.ofInstant(asOf, EngineClock.LONDON).minusDays(daysOpen), 0);
    var opened = atWorkingTime(day, demoCase.random("opened at"));
    return opened.isBefore(asOf) ? opened : asOf.minusSeconds(60);
  }

  /**
   * When people look at where a stopped case stands: the last working day before the generation
   * began, in working hours. Every timer of the case falls due after the generation began, so
   * moving the clock there makes none due.
   */
  private Instant reviewMoment(DemoCase<?> demoCase) {
    var day = workingDays.subtractWorkingDays(LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON), 1);
    return atWorkingTime(day, demoCase.random("reviewed at"));
  }

  /** When the task is finished: the walk's working days after the day it opened, in working hours. */
  private <J extends Journey> Instant finishingMoment(ProgrammeWalk<J> walk, DemoCase<J> demoCase, TaskInHand task) {
    var days = Math.max(1, walk.workingDays(demoCase, task));
    var day = workingDays.addWorkingDays(LocalDate.ofInstant(task.openedAt(), EngineClock.LONDON), days);
    return atWorkingTime(day, demoCase.random("finished at", task.taskDefinitionKey(), task.caseStage(), task.round(),
        task.name()));
  }

  private static Instant atWorkingTime(LocalDate day, SplittableRandom random) {
    return day.atTime(WORKING_DAY_STARTS.plusMinutes(random.nextInt(WORKING_MINUTES)))
        .atZone(EngineClock.LONDON).toInstant();
  }

  private static void setClock(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }

  /** Within a case the clock only goes forward, as the case's history does. */
  private static void moveClockOnTo(Instant moment) {
    if (moment.isAfter(ClockUtil.getCurrentTime().toInstant())) {
      setClock(moment);
    }
  }

  /** When the next of the case's timers falls due, if it has one waiting. */
  private Optional<Instant> nextTimer(String caseInstance) {
    return managementService.createJobQuery().rootProcessInstanceId(caseInstance).timers().active().list().stream()
        .filter(job -> job.getRetries() > 0 && job.getDuedate() != null)
        .map(job -> job.getDuedate().toInstant())
        .min(Comparator.naturalOrder());
  }

  /** The open tasks of every process instance of the case, oldest first. */
  private List<Task> openTasks(String reference) {
    var tasks = new ArrayList<>(taskService.createTaskQuery().processInstanceBusinessKey(reference).list());
    tasks.sort(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getTaskDefinitionKey)
        .thenComparing(Task::getId));
    return tasks;
  }

  private static String roundKey(Task task, String stage) {
    return task.getTaskDefinitionKey() + "@" + stage;
  }

  /**
   * Completes the task as its assignee, else as the person the case names for it, else as the
   * first member of its roles whose claim is accepted (separation of duties may refuse some).
   */
  private void complete(String reference, Task task, Map<String, Object> answers, People people) {
    var refusals = new ArrayList<String>();
    for (var person : holders(task, people)) {
      identityService.setAuthentication(person, people.rolesOf(person));
      try {
        if (task.getAssignee() == null) {
          try {
            taskService.claim(task.getId(), person);
          } catch (ProcessEngineException refused) {
            refusals.add(person + ": " + refused.getMessage());
            continue;
          }
        }
        forms.submit(task.getId(), answers);
        return;
      } catch (ProcessEngineException refused) {
        throw new DemoDataException(reference + ": " + task.getName() + " refused from " + person + ": "
            + refused.getMessage(), refused);
      } finally {
        identityService.clearAuthentication();
      }
    }
    throw new DemoDataException(reference + ": nobody may work " + task.getName()
        + (refusals.isEmpty() ? " (no user holds its role)" : ": " + String.join("; ", refusals)));
  }

  private List<String> holders(Task task, People people) {
    if (task.getAssignee() != null) {
      return List.of(task.getAssignee());
    }
    var links = taskService.getIdentityLinksForTask(task.getId());
    var holders = new LinkedHashSet<String>();
    links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
        .map(IdentityLink::getUserId).forEach(holders::add);
    links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted().forEach(role -> holders.addAll(people.membersOf(role)));
    return List.copyOf(holders);
  }

  /**
   * Runs the case's due jobs here, one after another in the order they fell due, until none is
   * left: the steps the engine does after a task or when a timer fires. This node's job executor
   * is paused meanwhile, so the steps run in the same order on every run.
   */
  private void runDueJobs(String reference, String caseInstance) {
    while (true) {
      var due = dueJobs(caseInstance);
      if (due.isEmpty()) {
        return;
      }
      for (var job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (OptimisticLockingException | NullValueException takenByAnotherNode) {
          // another node's job executor ran it first
        } catch (RuntimeException failed) {
          throw new DemoDataException(reference + ": a step of its process failed: " + failed.getMessage(), failed);
        }
      }
    }
  }

  /**
   * The due jobs of the case's process and every process it called, in one query: looking process
   * by process could miss a job one process hands to another between two looks.
   */
  private List<Job> dueJobs(String caseInstance) {
    var due = new ArrayList<>(managementService.createJobQuery().rootProcessInstanceId(caseInstance).executable().list());
    due.sort(Comparator.comparing((Job job) -> job.getDuedate(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Job::getCreateTime, Comparator.nullsFirst(Comparator.naturalOrder())));
    return due;
  }

  private void refuseFailedJobs(String reference, String caseInstance) {
    var failed = managementService.createJobQuery().rootProcessInstanceId(caseInstance).withException().list();
    if (!failed.isEmpty()) {
      throw new DemoDataException(reference + ": a step of its process failed: " + failed.get(0).getExceptionMessage());
    }
  }

  private CommissioningCase caseOf(String reference) {
    return caseStore.find(reference).orElseThrow();
  }

  /** A task as the walk answers it, with the case's own variables to fall back on. */
  private final class TaskInHand implements OpenTask {

    private final Task engineTask;
    private final String stage;
    private final int round;
    private final String caseInstance;

    TaskInHand(Task engineTask, String stage, int round, String caseInstance) {
      this.engineTask = engineTask;
      this.stage = stage;
      this.round = round;
      this.caseInstance = caseInstance;
    }

    @Override
    public String taskDefinitionKey() {
      return engineTask.getTaskDefinitionKey();
    }

    @Override
    public String name() {
      return engineTask.getName();
    }

    @Override
    public Instant openedAt() {
      return engineTask.getCreateTime().toInstant();
    }

    @Override
    public String caseStage() {
      return stage;
    }

    @Override
    public int round() {
      return round;
    }

    @Override
    public Object variable(String name) {
      var value = taskService.getVariable(engineTask.getId(), name);
      return value != null || caseInstance == null ? value : runtimeService.getVariable(caseInstance, name);
    }
  }
}
