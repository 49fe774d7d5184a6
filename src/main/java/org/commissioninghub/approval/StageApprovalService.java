package org.commissioninghub.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.DecisionChannel;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.workflow.AsHub;
import org.commissioninghub.workflow.CompletedTask;
import org.commissioninghub.workflow.RecordsAnswer;
import org.commissioninghub.workflow.TaskItems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a stage sign-off: when it is due and when to remind (in working days), who is
 * addressed (never whoever prepared or checked what is signed off), who it escalates to, and what
 * a decision needs before it is recorded on the case.
 */
@Service
@Transactional
public class StageApprovalService {

  /**
   * When the approval is due and when to remind, the named approvers beside the role, and the role
   * it goes to: the approver role, or the escalation role when no one else in the approver role may
   * approve.
   */
  public record ApprovalRequest(Date dueDate, String dueBy, Date reminderDate, List<String> approverUsers,
      String candidateRole) {}

  /** The last day for a decision, as people write it: "Friday 12 December 2025". */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final CaseStore caseStore;
  private final WorkingDayCalendar workingDays;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ApprovalLinkService approvalLinks;
  private final ApprovalEligibility eligibility;
  private final AsHub asHub;
  private final int reminderWorkingDaysBeforeDue;
  private final ApprovalMetrics metrics;

  StageApprovalService(CaseStore caseStore, WorkingDayCalendar workingDays, TaskService taskService,
      IdentityService identityService, ApprovalLinkService approvalLinks, ApprovalEligibility eligibility,
      AsHub asHub,
      @Value("${hub.approval.reminder-working-days-before-due:2}") int reminderWorkingDaysBeforeDue,
      ApprovalMetrics metrics) {
    this.metrics = metrics;
    this.caseStore = caseStore;
    this.workingDays = workingDays;
    this.taskService = taskService;
    this.identityService = identityService;
    this.approvalLinks = approvalLinks;
    this.eligibility = eligibility;
    this.asHub = asHub;
    this.reminderWorkingDaysBeforeDue = reminderWorkingDaysBeforeDue;
  }

  /**
   * Works out the due and reminder dates and who may approve: nobody who prepared or checked what
   * is signed off (a task completed in {@code preparedInProcess}). The approval goes to the approver
   * role (and its named approver) if someone else there may approve, else to the escalation role;
   * either way the case's log says so.
   */
  public ApprovalRequest request(String reference, String stage, String approverRole, String approverUser,
      String escalationRole, String preparedInProcess, int dueInWorkingDays, String actor) {
    if (dueInWorkingDays < 1) {
      throw new IllegalArgumentException("an approval is due at least one working day ahead, not " + dueInWorkingDays);
    }
    var dueDate = workingDays.dueIn(dueInWorkingDays);
    var reminderDate = workingDays.reminderBefore(dueDate, reminderWorkingDaysBeforeDue);
    var preparers = eligibility.preparers(reference, preparedInProcess);
    var named = approverUser == null || approverUser.isBlank() ? List.<String>of() : List.of(approverUser);
    var approverUsers = named.stream().filter(user -> !preparers.contains(user)).toList();
    // An outside body's role (a prison's governor) approves only through the person named: its
    // other members are other prisons' governors, police forces or commissioners.
    var otherApprovers = Role.isOutsideBodies(approverRole) ? List.<String>of()
        : asHub.run(() -> identityService.createUserQuery().memberOfGroup(approverRole).list())
            .stream().map(User::getId).filter(user -> !preparers.contains(user)).toList();
    var rerouted = approverUsers.isEmpty() && otherApprovers.isEmpty() && escalationRole != null;
    var candidateRole = rerouted ? escalationRole : approverRole;
    var excluded = new TreeSet<>(preparers);
    excluded.retainAll(asHub.run(() -> approversOf(approverRole, named)));
    var details = new LinkedHashMap<String, Object>();
    details.put("stage", stage);
    details.put("approverRole", approverRole);
    details.put("approverUser", approverUser);
    details.put("dueDate", dueDate.toInstant());
    details.put("routedTo", candidateRole);
    details.put("excludedApprovers", List.copyOf(excluded));
    var summary = stage + ": approval requested from " + candidateRole;
    if (rerouted) {
      summary += " because no one else holding " + approverRole + " may approve what " + String.join(", ", excluded)
          + " prepared or checked";
    } else if (!excluded.isEmpty()) {
      summary += "; not from " + String.join(", ", excluded) + ", who prepared or checked it";
    }
    caseStore.note(reference, actor, "APPROVAL_REQUESTED", summary, details);
    var lastDay = dueDate.toInstant().minusMillis(1).atZone(WorkingDayCalendar.LONDON).toLocalDate();
    return new ApprovalRequest(dueDate, DAY.format(lastDay), reminderDate, approverUsers, candidateRole);
  }


  /** Everyone who prepared or checked what an approval asked for by the process instance signs off. */
  public Set<String> preparers(String reference, String preparedInProcess) {
    return eligibility.preparers(reference, preparedInProcess);
  }

  /** Refuses to let someone who prepared or checked what the approval signs off claim or decide it. */
  public void checkApprover(String reference, String preparedInProcess, String userId, String candidateRole) {
    if (userId != null && eligibility.preparers(reference, preparedInProcess).contains(userId)) {
      throw new BadUserRequestException(userId + " prepared or checked what this approval signs off and cannot"
          + " approve it. Another member of " + roleName(candidateRole) + " must decide it.");
    }
  }

  private List<String> approversOf(String role, List<String> named) {
    var approvers = new ArrayList<>(named);
    identityService.createUserQuery().memberOfGroup(role).list().forEach(user -> approvers.add(user.getId()));
    return approvers;
  }

  private String roleName(String roleId) {
    var group = asHub.run(() -> identityService.createGroupQuery().groupId(roleId).singleResult());
    return group == null || group.getName() == null ? roleId : group.getName();
  }

  /** An approver's decision, from Tasklist or from an email link. */
  public record ApprovalDecision(@NotNull ApprovalOutcome approvalOutcome, @Size(max = 4000) String approvalComment) {}

  /**
   * Records the decision on the case as its approver's, with the channel it came by (Tasklist
   * unless the email link said otherwise); a rejection or a request for changes needs a reason.
   */
  @RecordsAnswer("stage-approval")
  public void recordDecision(CompletedTask task, ApprovalDecision decision) {
    var outcome = decision.approvalOutcome();
    if (outcome.needsReason() && (decision.approvalComment() == null || decision.approvalComment().isBlank())) {
      throw new IllegalArgumentException("Reason or comments is required when you " + outcome.verb());
    }
    var channelId = task.textVariable(StageApprovalVariables.APPROVAL_CHANNEL);
    var channel = channelId == null ? DecisionChannel.TASKLIST : CodedValue.byId(DecisionChannel.class, channelId);
    var stage = task.textVariable(StageApprovalVariables.STAGE);
    var stageOfItem = TaskItems.named(stage, task.textVariable(TaskItems.ITEM_NAME));
    var recorded = caseStore.recordDecision(task.caseReference(), stageOfItem, outcome.id(), task.actor(), channel,
        decision.approvalComment(), task.createdAt());
    metrics.decided(caseStore.get(task.caseReference()).getProgramme(), channel, outcome,
        Duration.between(task.createdAt(), recorded.getDecidedAt()));
  }

  public void remind(String reference, String stage, String processInstanceId, List<String> namedApprovers,
      String approverRole) {
    approvalLinks.sendReminder(reference, processInstanceId, namedApprovers, approverRole);
    var details = new LinkedHashMap<String, Object>();
    details.put("stage", stage);
    details.put("approverRole", approverRole);
    caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "APPROVAL_REMINDER",
        stage + ": reminder sent to " + approverRole, details);
  }

  /** Puts the approval in front of the escalation role as well as the approver. */
  public void escalate(String reference, String stage, String processInstanceId, String escalationRole) {
    approvalLinks.sendEscalation(reference, processInstanceId, escalationRole);
    taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(StageApprovalVariables.APPROVAL_TASK)
        .list()
        .forEach(task -> taskService.addCandidateGroup(task.getId(), escalationRole));
    var details = new LinkedHashMap<String, Object>();
    details.put("stage", stage);
    details.put("escalationRole", escalationRole);
    caseStore.note(reference, CaseStore.SYSTEM_ACTOR, "APPROVAL_ESCALATED",
        stage + ": approval overdue, escalated to " + escalationRole, details);
  }
}
