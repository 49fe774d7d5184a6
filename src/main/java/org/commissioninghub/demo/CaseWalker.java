package org.commissioninghub.demo;

import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.commissioninghub.casestore.CaseOpeningService;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.identity.CaseOpeners;
import org.commissioninghub.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * Takes one case along its journey through the real process: opens it through the case opening
 * service as a person who may open cases, then, over and over, runs the case's due jobs and
 * completes an open task as a person who holds it (claim, then submit the form as Tasklist does),
 * until only the tasks its journey stops at are open, or it waits for a timer, or it has ended.
 */
@Component
class CaseWalker {

  /** How long the case's due jobs may wait for the job executor before the walk gives up. */
  private static final Duration JOBS_HELD_AT_MOST = Duration.ofSeconds(60);
  private static final int MOST_TASKS_PER_CASE = 500;

  private final CaseOpeningService caseOpening;
  private final CaseStore caseStore;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final FormSubmissions forms;
  private final JobExecutor jobExecutor;
  private final Validator validator;

  CaseWalker(CaseOpeningService caseOpening, CaseStore caseStore, ProcessEngine processEngine, FormSubmissions forms,
      Validator validator) {
    this.validator = validator;
    this.caseOpening = caseOpening;
    this.caseStore = caseStore;
    this.runtimeService = processEngine.getRuntimeService();
    this.taskService = processEngine.getTaskService();
    this.managementService = processEngine.getManagementService();
    this.identityService = processEngine.getIdentityService();
    this.forms = forms;
    this.jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
  }

  <J extends Journey> GeneratedCase walk(ProgrammeWalk<J> walk, DemoCase<J> demoCase, People people) {
    var opener = people.membersOf(walk.openerRole()).stream()
        .filter(user -> CaseOpeners.mayOpen(people.rolesOf(user)))
        .findFirst()
        .orElseThrow(() -> new DemoDataException("Nobody holding the role " + walk.openerRole()
            + " may open cases, so no " + walk.programme().displayName() + " case can be opened"));
    var opening = walk.opening(demoCase);
    var invalid = validator.validate(opening);
    if (!invalid.isEmpty()) {
      throw new DemoDataException("The " + walk.programme().displayName() + " walk opens a case the API would refuse: "
          + invalid.stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted().toList());
    }
    var reference = caseOpening.open(opening, opener).getReference();
    var caseInstance = caseOf(reference).getProcessInstanceId();
    var rounds = new HashMap<String, Integer>();
    for (int step = 0; step < MOST_TASKS_PER_CASE; step++) {
      runDueJobs(reference, caseInstance);
      var stage = caseOf(reference).getCurrentStage();
      var next = openTasks(reference).stream()
          .map(task -> new TaskInHand(task, stage, rounds.getOrDefault(roundKey(task, stage), 0), caseInstance))
          .filter(task -> !demoCase.journey().stop().leavesOpen(task))
          .findFirst();
      if (next.isEmpty()) {
        refuseFailedJobs(reference, caseInstance);
        var walked = caseOf(reference);
        return new GeneratedCase(reference, demoCase.journey().description(), walked.getCurrentStage(),
            walked.getStatus().id());
      }
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
    throw new DemoDataException(reference + " still has tasks after " + MOST_TASKS_PER_CASE + ": a loop in its walk?");
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
   * Lets the case's due jobs run until none is left: the job executor's work where it runs (running
   * them here as well would run two steps of one case at once, which the hub's job executor never
   * does), else executed here one after another, as the job executor would.
   */
  private void runDueJobs(String reference, String caseInstance) {
    var giveUpAt = Instant.now().plus(JOBS_HELD_AT_MOST);
    while (true) {
      var due = dueJobs(caseInstance);
      if (due.isEmpty()) {
        return;
      }
      if (jobExecutor.isActive()) {
        if (Instant.now().isAfter(giveUpAt)) {
          throw new DemoDataException(reference + ": the job executor left its steps undone for " + JOBS_HELD_AT_MOST);
        }
        pause();
        continue;
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
    return managementService.createJobQuery().rootProcessInstanceId(caseInstance).executable().list();
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

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoDataException("Stopped while waiting for the job executor", e);
    }
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
