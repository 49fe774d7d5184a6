package org.commissioninghub.casestore;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;

/** Where a case's process has been and where it is now, from the engine's history. */
@Service
public class ProcessActivities {

  public record Activity(String id, String name, String type, String assignee, Instant startedAt,
      Instant endedAt) {}

  public record Progress(List<Activity> completed, List<Activity> current) {
    static final Progress NONE = new Progress(List.of(), List.of());
  }

  private final HistoryService historyService;

  ProcessActivities(HistoryService historyService) {
    this.historyService = historyService;
  }

  public Progress of(String processInstanceId) {
    if (processInstanceId == null) {
      return Progress.NONE;
    }
    var activities = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc()
        .list().stream()
        .map(ProcessActivities::toActivity)
        .toList();
    return new Progress(
        activities.stream().filter(activity -> activity.endedAt() != null).toList(),
        activities.stream().filter(activity -> activity.endedAt() == null).toList());
  }

  private static Activity toActivity(HistoricActivityInstance instance) {
    return new Activity(instance.getActivityId(), instance.getActivityName(), instance.getActivityType(),
        instance.getAssignee(), instance.getStartTime().toInstant(),
        instance.getEndTime() == null ? null : instance.getEndTime().toInstant());
  }
}
