package org.commissioninghub.approval;

import static org.commissioninghub.approval.StageApprovalVariables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.notification.Email;
import org.commissioninghub.notification.MailTemplates;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.system.MoneyAmounts;
import org.commissioninghub.workflow.AsHub;
import org.commissioninghub.workflow.TaskItems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-off by email. Each addressed approver gets a link of their own, bound to the approval task,
 * valid for a limited time and usable once; only its hash is stored. Opening a link changes
 * nothing; deciding completes the approval task exactly as Tasklist would, with the channel
 * {@code email}, and every other link for that task stops working.
 */
@Service
@Transactional
public class ApprovalLinkService {

  /** What a link can do now, and why not when it cannot. */
  public enum LinkState {
    VALID,
    UNKNOWN,
    USED,
    ALREADY_DECIDED,
    CANCELLED,
    EXPIRED,
    /** Its approver may not decide it (any more): they prepared what it signs off, or no longer hold the role. */
    NOT_ALLOWED
  }

  /** What the link's page shows. */
  public record LinkView(LinkState state, String reference, String title, String stage, String summary,
      String dueBy, String approverName) {
    static LinkView of(LinkState state) {
      return new LinkView(state, null, null, null, null, null, null);
    }
  }

  /** What deciding by link did: the decision was recorded, or the state that prevented it, or bad input. */
  public record DecisionResult(LinkState state, ApprovalOutcome outcome, String problem, LinkView view) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final ApprovalLinkRepository links;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CaseStore caseStore;
  private final Outbox outbox;
  private final ApprovalMail mail;
  private final AsHub asHub;
  private final ApprovalEligibility eligibility;
  private final Clock clock;
  private final Duration validity;
  private final MailTemplates templates;

  ApprovalLinkService(ApprovalLinkRepository links, TaskService taskService, HistoryService historyService,
      IdentityService identityService, CaseStore caseStore, Outbox outbox, ApprovalMail mail, AsHub asHub,
      ApprovalEligibility eligibility, MailTemplates templates, Clock clock,
      @Value("${hub.approval.link-validity:P7D}") Duration validity) {
    this.links = links;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.caseStore = caseStore;
    this.outbox = outbox;
    this.mail = mail;
    this.asHub = asHub;
    this.eligibility = eligibility;
    this.clock = clock;
    this.validity = validity;
    this.templates = templates;
  }

  /**
   * Emails the approval request to the named approver, else the person the case names for the
   * role, else every member of the role who has an email address.
   */
  public void sendRequest(String reference, String taskId, String processInstanceId, List<String> namedApprovers,
      String approverRole) {
    var addressees = asHub.run(() -> addressees(reference, taskId, namedApprovers, approverRole));
    send(reference, taskId, processInstanceId, addressees, ApprovalLink.Purpose.REQUEST);
  }

  /** Reminds the approvers of an open approval, with fresh links. */
  public void sendReminder(String reference, String processInstanceId, List<String> namedApprovers,
      String approverRole) {
    openApproval(processInstanceId).ifPresent(task -> send(reference, task.getId(), processInstanceId,
        asHub.run(() -> addressees(reference, task.getId(), namedApprovers, approverRole)),
        ApprovalLink.Purpose.REMINDER));
  }

  /** Puts an overdue approval in front of the members of the escalation role, with links of their own. */
  public void sendEscalation(String reference, String processInstanceId, String escalationRole) {
    openApproval(processInstanceId).ifPresent(task ->
        send(reference, task.getId(), processInstanceId, asHub.run(() -> roleMembers(escalationRole)),
            ApprovalLink.Purpose.ESCALATION));
  }

  @Transactional(readOnly = true)
  public LinkView view(String token) {
    var link = ApprovalTokens.isWellFormed(token) ? links.findByTokenHash(ApprovalTokens.hash(token)) : Optional.<ApprovalLink>empty();
    return link.map(this::viewOf).orElse(LinkView.of(LinkState.UNKNOWN));
  }

  /** Approves or rejects through the link; nothing changes unless the link is valid and the input complete. */
  public DecisionResult decide(String token, ApprovalOutcome outcome, String reason) {
    if (!ApprovalTokens.isWellFormed(token)) {
      return new DecisionResult(LinkState.UNKNOWN, null, null, LinkView.of(LinkState.UNKNOWN));
    }
    var found = links.findForDecision(ApprovalTokens.hash(token));
    if (found.isEmpty()) {
      return new DecisionResult(LinkState.UNKNOWN, null, null, LinkView.of(LinkState.UNKNOWN));
    }
    var link = found.get();
    var view = viewOf(link);
    if (view.state() != LinkState.VALID) {
      return new DecisionResult(view.state(), null, null, view);
    }
    if (outcome == null || outcome == ApprovalOutcome.CHANGES_REQUESTED) {
      return new DecisionResult(LinkState.VALID, null, "Choose Approve or Reject.", view);
    }
    if (outcome.needsReason() && (reason == null || reason.isBlank())) {
      return new DecisionResult(LinkState.VALID, null, "Give the reason for rejecting.", view);
    }
    var variables = new LinkedHashMap<String, Object>();
    variables.put(APPROVAL_OUTCOME, outcome.id());
    variables.put(APPROVAL_COMMENT, reason == null || reason.isBlank() ? null : reason.trim());
    variables.put(APPROVAL_CHANNEL, "email");
    taskService.setAssignee(link.getTaskId(), link.getApprover());
    taskService.complete(link.getTaskId(), variables);
    var now = now();
    link.use(now);
    links.findByTaskId(link.getTaskId()).forEach(other -> other.revoke(now));
    return new DecisionResult(LinkState.VALID, outcome, null, view);
  }

  private LinkView viewOf(ApprovalLink link) {
    if (link.getUsedAt() != null) {
      return LinkView.of(LinkState.USED);
    }
    if (link.getRevokedAt() != null) {
      return LinkView.of(LinkState.ALREADY_DECIDED);
    }
    var task = taskService.createTaskQuery().taskId(link.getTaskId()).singleResult();
    if (task == null) {
      return LinkView.of(wasCancelled(link) ? LinkState.CANCELLED : LinkState.ALREADY_DECIDED);
    }
    if (link.isExpiredAt(now())) {
      return LinkView.of(LinkState.EXPIRED);
    }
    if (!eligibility.mayDecide(link.getCaseReference(), link.getTaskId(), link.getApprover())) {
      return LinkView.of(LinkState.NOT_ALLOWED);
    }
    var commissioningCase = caseStore.get(link.getCaseReference());
    if (commissioningCase.getStatus() == CaseStatus.CANCELLED) {
      return LinkView.of(LinkState.CANCELLED);
    }
    return new LinkView(LinkState.VALID, commissioningCase.getReference(), commissioningCase.getTitle(),
        stageOf(task.getId()), text(task.getId(), APPROVAL_SUMMARY), text(task.getId(), APPROVAL_DUE_BY),
        displayName(link.getApprover()));
  }

  private boolean wasCancelled(ApprovalLink link) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(link.getProcessInstanceId()).singleResult();
    var terminated = instance != null && (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
        || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState()));
    return terminated || caseStore.get(link.getCaseReference()).getStatus() == CaseStatus.CANCELLED;
  }

  private Optional<Task> openApproval(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(APPROVAL_TASK)
        .list().stream().findFirst();
  }

  /**
   * The named approver, else the person the case names for the role, else every member of the
   * role; in each case leaving out whoever prepared or checked what is signed off.
   */
  private List<User> addressees(String reference, String taskId, List<String> namedApprovers, String approverRole) {
    var preparers = eligibility.preparersOf(reference, taskId);
    var commissioningCase = caseStore.get(reference);
    List<String> ids = (namedApprovers != null && !namedApprovers.isEmpty()
        ? namedApprovers
        : commissioningCase.namedPersonFor(approverRole).map(List::of).orElse(List.<String>of()))
        .stream().filter(id -> !preparers.contains(id)).toList();
    if (ids.isEmpty()) {
      return roleMembers(approverRole);
    }
    return withEmail(identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list());
  }

  private List<User> roleMembers(String role) {
    return withEmail(identityService.createUserQuery().memberOfGroup(role).list());
  }

  private static List<User> withEmail(List<User> users) {
    return users.stream().filter(user -> user.getEmail() != null && !user.getEmail().isBlank()).toList();
  }

  /** Sends each addressee a link of their own, except anyone who prepared or checked what is signed off. */
  private void send(String reference, String taskId, String processInstanceId, List<User> addressees,
      ApprovalLink.Purpose purpose) {
    var commissioningCase = caseStore.get(reference);
    var now = now();
    var expiresAt = now.plus(validity);
    var preparers = eligibility.preparersOf(reference, taskId);
    for (var approver : addressees.stream().filter(user -> !preparers.contains(user.getId())).toList()) {
      var token = ApprovalTokens.newToken();
      links.save(new ApprovalLink(ApprovalTokens.hash(token), taskId, processInstanceId, reference,
          approver.getId(), purpose, now, expiresAt));
      var rendered = mail.render(subject(purpose, commissioningCase, stageOf(taskId)),
          model(taskId, commissioningCase, approver, token, expiresAt, purpose));
      outbox.enqueue(new Email(approver.getEmail(), rendered.subject(), rendered.text(), rendered.html()));
    }
  }

  private static String subject(ApprovalLink.Purpose purpose, CommissioningCase commissioningCase, String stage) {
    var prefix = switch (purpose) {
      case REQUEST -> "Approval needed";
      case REMINDER -> "Reminder: approval needed";
      case ESCALATION -> "Overdue approval";
    };
    return prefix + ": " + stage + " for " + commissioningCase.getReference() + " " + commissioningCase.getTitle();
  }

  private Map<String, Object> model(String taskId, CommissioningCase commissioningCase, User approver, String token,
      Instant expiresAt, ApprovalLink.Purpose purpose) {
    var model = new LinkedHashMap<String, Object>();
    model.put("heading", switch (purpose) {
      case REQUEST -> "Your approval is needed";
      case REMINDER -> "Reminder: your approval is needed";
      case ESCALATION -> "An approval is overdue";
    });
    model.put("intro", switch (purpose) {
      case REQUEST -> "Please approve or reject this stage of a commissioning case.";
      case REMINDER -> "This approval is due soon and is still waiting for a decision.";
      case ESCALATION -> "This approval is past its due date. As a senior approver you can decide it now.";
    });
    model.put("approverName", MailTemplates.nameOf(approver));
    model.put("reference", commissioningCase.getReference());
    model.put("title", commissioningCase.getTitle());
    model.put("stage", stageOf(taskId));
    model.put("summary", text(taskId, APPROVAL_SUMMARY));
    model.put("dueBy", text(taskId, APPROVAL_DUE_BY));
    model.put("commissioner", commissioningCase.getCommissioner());
    model.put("system", commissioningCase.getIntegratedCareSystem());
    // An approval about one lot shows what that lot is worth, not the whole case.
    var itemName = text(taskId, TaskItems.ITEM_NAME);
    var itemValue = text(taskId, TaskItems.ITEM_VALUE);
    model.put("valueLabel", itemValue != null ? "Value of " + itemName : "Value");
    model.put("value", itemValue != null ? itemValue
        : MoneyAmounts.format(itemName != null ? null : commissioningCase.getValueGbp()));
    model.put("caseUrl", caseUrl(commissioningCase.getReference()));
    var link = templates.link("/approvals/" + token);
    model.put("approveUrl", link + "?decision=approve");
    model.put("rejectUrl", link + "?decision=reject");
    model.put("expiresOn", DAY.format(expiresAt.atZone(WorkingDayCalendar.LONDON)));
    return model;
  }

  /** The case's page, which every email links to. */
  public String caseUrl(String reference) {
    return templates.link("/cases/" + reference);
  }

  /** The stage signed off, with the item it is about: "Award recommendation — Lot 2: Plymouth urgent care". */
  private String stageOf(String taskId) {
    var stage = text(taskId, STAGE);
    return TaskItems.named(stage, text(taskId, TaskItems.ITEM_NAME));
  }

  private String text(String taskId, String variable) {
    var value = taskService.getVariable(taskId, variable);
    return value == null ? null : value.toString();
  }

  private String displayName(String userId) {
    var user = asHub.run(() -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : MailTemplates.nameOf(user);
  }

  private Instant now() {
    return clock.instant();
  }
}
