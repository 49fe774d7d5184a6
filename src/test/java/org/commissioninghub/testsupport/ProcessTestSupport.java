package org.commissioninghub.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.commissioninghub.approval.StageApprovalVariables;
import org.commissioninghub.procurement.ProcurementVariables;

/**
 * Helpers shared by the process tests that run a BPMN model on {@link ProcessTestEngine}: running
 * jobs and timers by hand, reading history, moving the engine clock, and standing in for the
 * delegate beans the models name.
 */
public final class ProcessTestSupport {

  private ProcessTestSupport() {}

  /** Undoes what a process test changes outside its deployments: mocked beans, the clock, the assert engine. */
  public static void resetProcessTestState() {
    Mocks.reset();
    AnswerStandIns.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // --- Jobs and timers ---

  /**
   * Service tasks are asyncBefore: the instance waits at the activity's one job, its async
   * continuation, until the test runs it.
   */
  public static void runServiceTask(ProcessInstance instance, String activityId) {
    assertThat(instance).isWaitingAt(activityId);
    var serviceJob = job(activityId, instance);
    assertThat(serviceJob).hasActivityId(activityId);
    Assertions.assertThat(jobsAt(instance, activityId)).as("jobs at %s", activityId)
        .extracting(Job::getId).containsExactly(serviceJob.getId());
    execute(serviceJob);
    assertThat(instance).hasPassed(activityId);
  }

  /** The async continuation jobs waiting at the activity. */
  public static List<Job> jobsAt(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages()
        .activityId(activityId).list();
  }

  public static Job timer(ProcessInstance instance, String activityId) {
    var timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
    Assertions.assertThat(timer).as("timer at %s", activityId).isNotNull();
    return timer;
  }

  public static List<Job> timers(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  /** The jobs a job executor would pick up now, by the engine's clock. */
  public static List<Job> dueJobs(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
  }

  // --- History and tasks ---

  public static long timesPassed(ProcessInstance instance, String activityId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .finished()
        .count();
  }

  /** The value of the instance's one variable of that name, in whichever scope, from history. */
  public static Object historicValue(ProcessInstance instance, String name) {
    var values = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .list();
    Assertions.assertThat(values).as("historic variable %s", name).hasSize(1);
    return values.get(0).getValue();
  }

  public static List<String> candidateGroups(Task task) {
    return candidates(task).stream().map(IdentityLink::getGroupId).filter(id -> id != null).toList();
  }

  public static List<String> candidateUsers(Task task) {
    return candidates(task).stream().map(IdentityLink::getUserId).filter(id -> id != null).toList();
  }

  private static List<IdentityLink> candidates(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .toList();
  }

  // --- The engine's clock ---

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static Date justBefore(Date date) {
    return new Date(date.getTime() - Duration.ofMinutes(1).toMillis());
  }

  public static Date justAfter(Date date) {
    return new Date(date.getTime() + Duration.ofMinutes(1).toMillis());
  }

  // --- Messages ---

  /** As the application hands a provider's representation to a lot's standstill: by business key and lot. */
  public static void sendRepresentation(String businessKey, long lotId, String summary) {
    runtimeService().createMessageCorrelation(ProcurementVariables.REPRESENTATION_MESSAGE)
        .processInstanceBusinessKey(businessKey)
        .processInstanceVariableEquals(ProcurementVariables.LOT_ID, lotId)
        .setVariable(ProcurementVariables.REPRESENTATION_SUMMARY, summary)
        .correlate();
  }

  // --- Stand-ins ---

  /** Stands in for the listener that emails the approvers as an approval task is created. */
  public static void registerApprovalRequestListener(List<String> approvalTasksEmailed) {
    Mocks.register("approvalSendApprovalRequestListener", (TaskListener) task -> approvalTasksEmailed.add(task.getId()));
    Mocks.register("approvalCheckApproverListener", (TaskListener) task -> {});
  }

  /**
   * Replaces the delegate beans a model names with stand-ins, and records which ran, in order, and
   * the business key each saw (the real delegates use it as the case reference).
   */
  public static final class DelegateStandIns {

    private final List<String> calls = new ArrayList<>();
    private final List<String> businessKeysSeen = new ArrayList<>();

    /**
     * Stands in for the hub's recording of a form's answer on completion: runs the behaviour and
     * sets the variables it answers, and counts it among the calls under the form's id.
     */
    public void answer(String formId, Function<DelegateTask, Map<String, Object>> behaviour) {
      AnswerStandIns.register(formId, task -> {
        calls.add(formId);
        businessKeysSeen.add(task.getExecution().getProcessBusinessKey());
        return behaviour.apply(task);
      });
    }

    public void register(String beanName, Consumer<DelegateExecution> behaviour) {
      JavaDelegate delegate = execution -> {
        calls.add(beanName);
        businessKeysSeen.add(execution.getProcessBusinessKey());
        behaviour.accept(execution);
      };
      Mocks.register(beanName, delegate);
    }

    /** Delegate bean names in the order the processes called them. */
    public List<String> calls() {
      return calls;
    }

    public List<String> businessKeysSeen() {
      return businessKeysSeen;
    }

    /**
     * Stand-ins for StageApprovalProcess when a procurement calls it. The request sets what the
     * approval's model reads, due in seven days with a reminder after five by the engine's clock and
     * nobody named, and adds the variables it saw to {@code requestsSeen}; the decision's recording
     * answers nothing.
     */
    public void registerCalledApproval(List<Map<String, Object>> requestsSeen) {
      registerApprovalRequestListener(new ArrayList<>());
      register("approvalRequestApprovalDelegate", execution -> {
        requestsSeen.add(execution.getVariables());
        var now = now();
        execution.setVariable(StageApprovalVariables.APPROVAL_DUE_DATE, Date.from(now.plus(Duration.ofDays(7))));
        execution.setVariable(StageApprovalVariables.APPROVAL_DUE_BY, "Monday 9 March 2026");
        execution.setVariable(StageApprovalVariables.APPROVAL_REMINDER_DATE, Date.from(now.plus(Duration.ofDays(5))));
        execution.setVariable(StageApprovalVariables.APPROVER_USERS, new ArrayList<String>());
        execution.setVariable(StageApprovalVariables.APPROVAL_CANDIDATE_ROLE,
            execution.getVariable(StageApprovalVariables.APPROVER_ROLE));
      });
      answer("stage-approval", task -> Map.of());
    }
  }

  /**
   * The StandstillProcess a procurement calls for one lot of a case: stand-ins for its delegates,
   * and the steps that take it through the intention to award, a representation, or its end. The
   * intention to award ends the standstill twelve days on by the engine's clock, with the outcome
   * proceed; a review that proceeds extends it by seven days from the review.
   */
  public static final class CalledStandstill {

    private static final String STANDSTILL_ENDED = "IntermediateCatchEvent_StandstillEnded";

    private final String businessKey;
    private final long lotId;
    private final List<Map<String, Object>> inputsSeen = new ArrayList<>();
    private Date endSet;

    public CalledStandstill(String businessKey, long lotId) {
      this.businessKey = businessKey;
      this.lotId = lotId;
    }

    public void registerStandIns(DelegateStandIns delegates) {
      delegates.register("procurementPublishIntentionToAwardDelegate", execution -> {
        inputsSeen.add(execution.getVariables());
        endSet = Date.from(now().plus(Duration.ofDays(12)));
        execution.setVariable(ProcurementVariables.STANDSTILL_END, endSet);
        execution.setVariable(ProcurementVariables.STANDSTILL_OUTCOME, ProcurementVariables.PROCEED);
      });
      delegates.register("procurementRecordRepresentationDelegate", execution -> {});
      AnswerStandIns.register("procurement-review-representation", task -> {
        var outcome = (String) task.getVariable(ProcurementVariables.REPRESENTATION_OUTCOME);
        var answered = new HashMap<String, Object>();
        if (ProcurementVariables.PROCEED.equals(outcome)) {
          endSet = Date.from(now().plus(Duration.ofDays(7)));
          answered.put(ProcurementVariables.STANDSTILL_END, endSet);
        }
        answered.put(ProcurementVariables.STANDSTILL_OUTCOME, outcome);
        return answered;
      });
    }

    /** The variables the intention to award saw, one entry per standstill held. */
    public List<Map<String, Object>> inputsSeen() {
      return inputsSeen;
    }

    /** Runs the called standstill's intention to award; it then waits for its end. */
    public ProcessInstance start(ProcessInstance caller) {
      assertThat(caller).isWaitingAt("CallActivity_HoldStandstill");
      var standstill = calledProcessInstance(ProcurementVariables.STANDSTILL_PROCESS_KEY, caller);
      runServiceTask(standstill, "ServiceTask_PublishIntentionToAward");
      assertThat(standstill).isWaitingAt(STANDSTILL_ENDED);
      Assertions.assertThat(timer(standstill, STANDSTILL_ENDED).getDuedate()).isEqualTo(endSet);
      return standstill;
    }

    public void letItRunOut(ProcessInstance standstill) {
      ClockUtil.setCurrentTime(justAfter(endSet));
      execute(timer(standstill, STANDSTILL_ENDED));
      assertThat(standstill).isEnded().hasPassed("EndEvent_StandstillCompleted");
    }

    /** A provider's representation arrives and the procurement lead reviews it with this outcome. */
    public void reviewARepresentation(ProcessInstance standstill, String summary, String outcome) {
      sendRepresentation(businessKey, lotId, summary);
      runServiceTask(standstill, "ServiceTask_RecordRepresentation");
      assertThat(standstill).isWaitingAt("Task_ReviewRepresentation");
      complete(task(standstill), withVariables(ProcurementVariables.REPRESENTATION_OUTCOME, outcome,
          ProcurementVariables.REPRESENTATION_REASON, "Reviewed"));
    }
  }
}
