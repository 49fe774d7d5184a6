package org.commissioninghub.console;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.ProgrammeProcess;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleTable.Cell;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's process heat map: for each activity of its process (the latest version) in which
 * a case can wait, how many of the viewer's cases wait there now, and how long the activity took
 * when it ended in the period (median and 90th percentile), within the console's filter.
 */
@Service
@Transactional(readOnly = true)
public class HeatmapService {

  /** How many of the longest-waiting cases an activity's list shows. */
  public static final int MOST_LISTED = 100;

  private static final List<Class<? extends FlowNode>> WAIT_STATES = List.of(UserTask.class, ServiceTask.class,
      CallActivity.class, ReceiveTask.class, IntermediateCatchEvent.class, SubProcess.class);

  private final HeatmapQueries queries;
  private final CaseAccess access;
  private final ProgrammeCatalog catalog;
  private final RepositoryService repository;
  private final Clock clock;

  HeatmapService(HeatmapQueries queries, CaseAccess access, ProgrammeCatalog catalog, RepositoryService repository,
      Clock clock) {
    this.queries = queries;
    this.access = access;
    this.catalog = catalog;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * The colour band of an activity by its median duration: 0 when none ended in the period, then
   * under a day, up to a week, up to four weeks, four weeks or more.
   */
  public enum Band {
    NONE("None ended in the period"),
    UNDER_A_DAY("Median under 1 day"),
    UNDER_A_WEEK("Median 1 to 7 days"),
    UNDER_FOUR_WEEKS("Median 1 to 4 weeks"),
    FOUR_WEEKS_OR_MORE("Median 4 weeks or more");

    private final String label;

    Band(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public int level() {
      return ordinal();
    }

    static Band of(Double medianSeconds) {
      if (medianSeconds == null) {
        return NONE;
      }
      var days = medianSeconds / 86_400;
      return days < 1 ? UNDER_A_DAY : days < 7 ? UNDER_A_WEEK : days < 28 ? UNDER_FOUR_WEEKS : FOUR_WEEKS_OR_MORE;
    }
  }

  /** One activity's figures; the durations null when none ended in the period. */
  public record Activity(String id, String name, String type, long waiting, long completed, Double medianSeconds,
      Double p90Seconds, Band band) {

    @JsonProperty
    public String median() {
      return medianSeconds == null ? null : duration(medianSeconds);
    }

    @JsonProperty
    public String p90() {
      return p90Seconds == null ? null : duration(p90Seconds);
    }
  }

  /** The heat map of a programme's process, its activities in the diagram's order, and the same as a table for CSV. */
  public record Heatmap(Programme programme, String processName, ConsoleFilter filter, List<Activity> activities,
      @JsonIgnore ConsoleTable table) {

    public List<Band> scale() {
      return Arrays.asList(Band.values());
    }
  }

  /** A case waiting in an activity: since when, and how long that is now. */
  public record WaitingCase(String reference, String title, Instant since, long waitedSeconds) {

    /** "2 days 3 hours". */
    public String waited() {
      return duration(waitedSeconds);
    }
  }

  /** The cases waiting longest in one activity (at most {@link #MOST_LISTED}) and how many wait there in all. */
  public record WaitingList(Programme programme, String processName, Activity activity, List<WaitingCase> longest,
      long count) {

    /** The cases listed, as the CSV download holds them. */
    public ConsoleTable table() {
      return new ConsoleTable("waiting-" + activity.id(), "Cases waiting at " + activity.name()
          + ", the longest waiting first", List.of("Case", "Title", "Waiting since", "Days waiting"),
          longest.stream().map(waiting -> List.of(Cell.text(waiting.reference()), Cell.text(waiting.title()),
              Cell.date(waiting.since().atZone(org.commissioninghub.calendar.WorkingDayCalendar.LONDON).toLocalDate()),
              Cell.days(waiting.waitedSeconds()))).toList(), null);
    }
  }

  /** The programme with this id, if it has a process the hub runs; 404 otherwise. */
  public Programme programme(String id) {
    return CodedValue.findById(Programme.class, id).filter(programme -> catalog.processOf(programme).isPresent())
        .orElseThrow(() -> new NotFoundException("No programme " + id + " runs a process in Commissioning Hub."));
  }

  public Heatmap heatmap(Viewer viewer, ConsoleFilter filter) {
    var definition = latest(filter.programme());
    var shown = figuresOf(scope(viewer, filter), definition, activitiesOf(definition));
    return new Heatmap(filter.programme(), processName(definition), filter, shown, table(shown));
  }

  /** The steps with their figures within the scope, in the order given. */
  private List<Activity> figuresOf(ConsoleScope scope, ProcessDefinition definition, List<FlowNode> activities) {
    var figures = queries.activities(scope, definition.getKey(), activities.stream().map(FlowNode::getId).toList());
    return activities.stream().map(node -> {
      var record = Optional.ofNullable(figures.get(node.getId()));
      var completed = record.map(HeatmapQueries.ActivityRecord::completed);
      var median = completed.map(KpiQueries.Spread::medianSeconds).orElse(null);
      return new Activity(node.getId(), name(node), node.getElementType().getTypeName(),
          record.map(HeatmapQueries.ActivityRecord::waiting).orElse(0L),
          completed.map(KpiQueries.Spread::count).orElse(0L), median,
          completed.map(KpiQueries.Spread::p90Seconds).orElse(null), Band.of(median));
    }).toList();
  }

  /** The BPMN XML of the programme's latest process definition, as deployed. */
  public byte[] diagram(Programme programme) {
    try (var xml = repository.getProcessModel(latest(programme).getId())) {
      return xml.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read the diagram of " + programme, e);
    }
  }

  /** The cases waiting at one step, the longest first, with the step's own figures (not the whole heat map's). */
  public WaitingList waiting(Viewer viewer, ConsoleFilter filter, String activityId) {
    var definition = latest(filter.programme());
    var node = activitiesOf(definition).stream().filter(candidate -> candidate.getId().equals(activityId)).findFirst()
        .orElseThrow(() -> new NotFoundException("The " + processName(definition) + " process has no step "
            + activityId + " in which a case can wait."));
    var scope = scope(viewer, filter);
    var activity = figuresOf(scope, definition, List.of(node)).get(0);
    var now = clock.instant();
    var waiting = queries.waiting(scope, definition.getKey(), activityId, MOST_LISTED);
    return new WaitingList(filter.programme(), processName(definition), activity, waiting.longest().stream()
        .map(found -> new WaitingCase(found.reference(), found.title(), found.since(),
            Duration.between(found.since(), now).toSeconds()))
        .toList(), waiting.count());
  }

  private ConsoleScope scope(Viewer viewer, ConsoleFilter filter) {
    return new ConsoleScope(filter, access.visibleSql(viewer, "c"));
  }

  private ProcessDefinition latest(Programme programme) {
    var key = catalog.processOf(programme).map(ProgrammeProcess::processDefinitionKey)
        .orElseThrow(() -> new NotFoundException(programme.displayName() + " has no process in Commissioning Hub."));
    var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    if (definition == null) {
      throw new NotFoundException("The " + key + " process is not deployed.");
    }
    return definition;
  }

  /**
   * The steps in the order a case meets them: breadth first along the sequence flows from the
   * process's start, into each sub-process from its own start and out along the boundary events of
   * each step; any step not reached so (an event sub-process) after them, in the file's order.
   */
  private List<FlowNode> activitiesOf(ProcessDefinition definition) {
    var model = repository.getBpmnModelInstance(definition.getId());
    var boundaries = model.getModelElementsByType(BoundaryEvent.class);
    var ordered = new LinkedHashSet<FlowNode>();
    var queue = new ArrayDeque<FlowNode>(startsIn(model.getModelElementById(definition.getKey())));
    while (!queue.isEmpty()) {
      var node = queue.poll();
      if (!ordered.add(node)) {
        continue;
      }
      if (node instanceof SubProcess subProcess) {
        queue.addAll(startsIn(subProcess));
      }
      boundaries.stream().filter(boundary -> boundary.getAttachedTo() == node).forEach(queue::add);
      node.getOutgoing().forEach(flow -> queue.add(flow.getTarget()));
    }
    ordered.addAll(model.getModelElementsByType(FlowNode.class));
    return ordered.stream().filter(node -> WAIT_STATES.stream().anyMatch(type -> type.isInstance(node))).toList();
  }

  private static List<StartEvent> startsIn(ModelElementInstance scope) {
    return scope.getChildElementsByType(StartEvent.class).stream().toList();
  }

  private static ConsoleTable table(List<Activity> activities) {
    var rows = activities.stream().map(activity -> List.of(Cell.text(activity.name()), Cell.count(activity.waiting()),
        Cell.count(activity.completed()),
        activity.medianSeconds() == null ? Cell.text(null) : Cell.days(activity.medianSeconds()),
        activity.p90Seconds() == null ? Cell.text(null) : Cell.days(activity.p90Seconds()))).toList();
    return new ConsoleTable("heatmap", "Cases waiting at each step now, and how long each step took when it ended in"
        + " the period", List.of("Step", "Waiting now", "Ended in the period", "Median (days)",
        "90th percentile (days)"), rows, null);
  }

  private static String name(FlowNode node) {
    return node.getName() == null || node.getName().isBlank() ? node.getId() : node.getName().replaceAll("\\s+", " ");
  }

  private static String processName(ProcessDefinition definition) {
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }

  /** A duration as people read it: "45 minutes", "5 hours", "1 day", "2 days 3 hours" (to the nearest hour from an hour). */
  static String duration(double seconds) {
    var minutes = Math.round(seconds / 60);
    if (minutes < 60) {
      return minutes == 0 ? "under a minute" : plural(minutes, "minute");
    }
    var hours = Math.round(seconds / 3600);
    var days = hours / 24;
    var rest = hours % 24;
    if (days == 0) {
      return plural(rest, "hour");
    }
    return rest == 0 ? plural(days, "day") : plural(days, "day") + " " + plural(rest, "hour");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
