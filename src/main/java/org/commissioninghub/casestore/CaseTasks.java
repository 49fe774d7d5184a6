package org.commissioninghub.casestore;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.commissioninghub.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The open work of cases, from the engine: the tasks a person may work, by case, and for one case
 * its open tasks with who holds them and the timers it is waiting for. Every process of a case
 * carries the case's reference in the variable {@value #CASE_REFERENCE} (call activities pass it
 * down), which is how a task or a timer is known to belong to a case.
 */
@Service
public class CaseTasks {

  static final String CASE_REFERENCE = "caseReference";
  static final String CASE_TITLE = "caseTitle";
  /** More open tasks than anyone works through at once; the home page says when there are more. */
  public static final int MOST_TASKS = 200;

  /** An open task: what it is, its case, who holds it (a user) or may claim it (roles). */
  public record OpenTask(String id, String name, String caseReference, String caseTitle, String assignee,
      List<String> candidateRoles, Instant createdAt, Instant dueAt) {}

  /**
   * Something a case waits for: a timer of one of its processes, such as "Tender deadline reached",
   * named after the item it is about when it is about one ("Go-live date reached — HMP Bristol (…)").
   */
  public record Awaited(String what, Instant at) {}

  /** The tasks of one case, under its reference and title. */
  public record CaseWork(String caseReference, String caseTitle, List<OpenTask> tasks) {}

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final ObjectProvider<ItemNaming> itemNaming;

  CaseTasks(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
      RepositoryService repositoryService, IdentityService identityService, ObjectProvider<ItemNaming> itemNaming) {
    this.itemNaming = itemNaming;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  /**
   * The open tasks assigned to the user or open to their roles, grouped by case, oldest case work
   * first. Queried as the user, so the engine's authorization decides what they see.
   */
  public List<CaseWork> workOf(Viewer viewer) {
    List<Task> tasks = asUser(viewer, () -> {
      var mine = taskService.createTaskQuery().active().or().taskAssignee(viewer.userId())
          .taskCandidateUser(viewer.userId());
      if (!viewer.groups().isEmpty()) {
        mine = mine.taskCandidateGroupIn(List.copyOf(viewer.groups()));
      }
      return mine.endOr().orderByTaskCreateTime().asc().listPage(0, MOST_TASKS);
    });
    var cases = asHub(() -> caseVariables(tasks.stream().map(Task::getProcessInstanceId).toList()));
    var byCase = new LinkedHashMap<String, CaseWork>();
    tasks.forEach(task -> {
      var variables = cases.getOrDefault(task.getProcessInstanceId(), Map.of());
      var reference = variables.get(CASE_REFERENCE);
      if (reference == null) {
        return;
      }
      var work = byCase.computeIfAbsent(reference,
          key -> new CaseWork(key, variables.get(CASE_TITLE), new java.util.ArrayList<>()));
      work.tasks().add(openTask(task, reference, variables.get(CASE_TITLE), List.of()));
    });
    return List.copyOf(byCase.values());
  }

  /** The case's open tasks, who holds each and the roles that may claim it; read as the hub. */
  public List<OpenTask> openTasksOf(CommissioningCase commissioningCase) {
    return asHub(() -> taskService.createTaskQuery().active()
        .processVariableValueEquals(CASE_REFERENCE, commissioningCase.getReference())
        .orderByTaskCreateTime().asc().list().stream()
        .map(task -> openTask(task, commissioningCase.getReference(), commissioningCase.getTitle(),
            candidateRoles(task.getId())))
        .toList());
  }

  /** The timers the case's processes wait for, soonest first; read as the hub. */
  public List<Awaited> awaitedBy(CommissioningCase commissioningCase) {
    return asHub(() -> {
      var instances = runtimeService.createProcessInstanceQuery()
          .variableValueEquals(CASE_REFERENCE, commissioningCase.getReference()).list().stream()
          .map(instance -> instance.getId()).toList();
      if (instances.isEmpty()) {
        return List.<Awaited>of();
      }
      return instances.stream()
          .flatMap(instance -> managementService.createJobQuery().timers().processInstanceId(instance).list().stream())
          .map(this::awaited)
          .filter(Objects::nonNull)
          .sorted(Comparator.comparing(Awaited::at))
          .toList();
    });
  }

  private Awaited awaited(Job job) {
    if (job.getDuedate() == null || job.getJobDefinitionId() == null) {
      return null;
    }
    var definition = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult();
    if (definition == null || definition.getActivityId() == null) {
      return null;
    }
    var element = repositoryService.getBpmnModelInstance(job.getProcessDefinitionId())
        .getModelElementById(definition.getActivityId());
    var name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    if (name == null || name.isBlank()) {
      return null;
    }
    var naming = itemNaming.getIfAvailable();
    if (naming != null && job.getExecutionId() != null) {
      name = naming.named(name, variable -> runtimeService.getVariable(job.getExecutionId(), variable));
    }
    return new Awaited(name, job.getDuedate().toInstant());
  }

  private OpenTask openTask(Task task, String reference, String title, List<String> candidateRoles) {
    return new OpenTask(task.getId(), task.getName(), reference, title, task.getAssignee(), candidateRoles,
        task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  private List<String> candidateRoles(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .map(group -> Role.byGroupId(group).map(Role::displayName).orElse(group))
        .toList();
  }

  private Map<String, Map<String, String>> caseVariables(Collection<String> processInstanceIds) {
    var byInstance = new HashMap<String, Map<String, String>>();
    if (processInstanceIds.isEmpty()) {
      return byInstance;
    }
    runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(processInstanceIds.stream().distinct().toArray(String[]::new))
        .variableNameIn(CASE_REFERENCE, CASE_TITLE)
        .list().stream()
        .filter(variable -> variable.getValue() instanceof String)
        .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
        .forEach((VariableInstance variable) -> byInstance
            .computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
            .put(variable.getName(), (String) variable.getValue()));
    return byInstance;
  }

  private <T> T asUser(Viewer viewer, Supplier<T> work) {
    var before = identityService.getCurrentAuthentication();
    identityService.setAuthentication(viewer.userId(), List.copyOf(viewer.groups()));
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  /** Looks up as the hub: the caller has already been allowed to see the case. */
  private <T> T asHub(Supplier<T> work) {
    var before = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  private void restore(org.camunda.bpm.engine.impl.identity.Authentication before) {
    if (before == null) {
      identityService.clearAuthentication();
    } else {
      identityService.setAuthentication(before);
    }
  }
}
