package org.commissioninghub.approval;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.commissioninghub.approval.process.StageApprovalVariables;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.DecisionChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a stage sign-off: when it is due and when to remind (in working days), who is
 * addressed, who it escalates to, and what a decision needs before it is recorded on the case.
 */
@Service
@Transactional
public class StageApprovalService {

  /** When the approval is due and when to remind, and the named approvers beside the role. */
  public record ApprovalRequest(Date dueDate, String dueBy, Date reminderDate, List<String> approverUsers) {}

  /** The last day for a decision, as people write it: "Friday 12 December 2025". */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final CaseStore caseStore;
  private final WorkingDayCalendar workingDays;
  private final TaskService taskService;
  private final ApprovalLinkService approvalLinks;
  private final int reminderWorkingDaysBeforeDue;

  StageApprovalService(CaseStore caseStore, WorkingDayCalendar workingDays, TaskService taskService,
      ApprovalLinkService approvalLinks,
      @Value("${hub.approval.reminder-working-days-before-due:2}") int reminderWorkingDaysBeforeDue) {
    this.caseStore = caseStore;
    this.workingDays = workingDays;
    this.taskService = taskService;
    this.approvalLinks = approvalLinks;
    this.reminderWorkingDaysBeforeDue = reminderWorkingDaysBeforeDue;
  }

  public ApprovalRequest request(String reference, String stage, String approverRole, String approverUser,
      int dueInWorkingDays, String actor) {
    if (dueInWorkingDays < 1) {
      throw new IllegalArgumentException("an approval is due at least one working day ahead, not " + dueInWorkingDays);
    }
    var dueDate = workingDays.dueIn(dueInWorkingDays);
    var reminderDate = workingDays.reminderBefore(dueDate, reminderWorkingDaysBeforeDue);
    var approverUsers = approverUser == null || approverUser.isBlank() ? List.<String>of() : List.of(approverUser);
    var details = new LinkedHashMap<String, Object>();
    details.put("stage", stage);
    details.put("approverRole", approverRole);
    details.put("approverUser", approverUser);
    details.put("dueDate", dueDate.toInstant());
    caseStore.note(reference, actor, "APPROVAL_REQUESTED", stage + ": approval requested from " + approverRole, details);
    var lastDay = dueDate.toInstant().minusMillis(1).atZone(WorkingDayCalendar.LONDON).toLocalDate();
    return new ApprovalRequest(dueDate, DAY.format(lastDay), reminderDate, approverUsers);
  }

  public void recordDecision(String reference, String stage, ApprovalOutcome outcome, String comment,
      String decidedBy, DecisionChannel channel) {
    if (outcome.needsReason() && (comment == null || comment.isBlank())) {
      throw new IllegalArgumentException("a " + outcome.id() + " decision needs a reason");
    }
    caseStore.recordDecision(reference, stage, outcome.id(), decidedBy, channel, comment);
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
