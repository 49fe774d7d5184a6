package org.commissioninghub.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jakarta.annotation.PreDestroy;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleTable.Cell;
import org.commissioninghub.console.ConsoleTable.Chart;
import org.commissioninghub.identity.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads' dashboard: every figure as a table (which the page charts and the CSV export holds),
 * within what the viewer may see and the filter they chose.
 */
@Service
@Transactional(readOnly = true)
public class ConsoleService {

  private final KpiQueries kpis;
  private final Forecasts forecasts;
  private final CaseAccess access;
  private final ProgrammeCatalog catalog;
  private final List<ProgrammeConsole> programmes;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final BoardQueries boards;
  private final ExecutorService figureThreads;

  /**
   * How many of a dashboard's tables are worked out side by side, each query on a connection of
   * its own. The threads are shared by every look at the console, so leads together never hold
   * more connections than this for it.
   */
  static final int FIGURE_THREADS = 3;

  /** How many cards a board shows in each stage: the longest waiting; the rest are counted and linked. */
  static final int CARDS_PER_STAGE = 25;

  ConsoleService(KpiQueries kpis, Forecasts forecasts, CaseAccess access, ProgrammeCatalog catalog,
      List<ProgrammeConsole> programmes, NamedParameterJdbcTemplate jdbc, Clock clock, BoardQueries boards) {
    this.boards = boards;
    this.kpis = kpis;
    this.forecasts = forecasts;
    this.access = access;
    this.catalog = catalog;
    this.programmes = programmes.stream().sorted(Comparator.comparing(ProgrammeConsole::programme)).toList();
    this.jdbc = jdbc;
    this.clock = clock;
    var threads = new CustomizableThreadFactory("console-figures-");
    threads.setDaemon(true);
    this.figureThreads = Executors.newFixedThreadPool(FIGURE_THREADS, threads);
  }

  @PreDestroy
  void stopFigureThreads() {
    figureThreads.shutdownNow();
  }

  /** The dashboard's headline counts and its tables, in the order the page shows them. */
  public record Dashboard(ConsoleFilter filter, long open, long opened, long completed, long cancelled,
      long forecastLate, List<ConsoleTable> tables) {

    public Optional<ConsoleTable> table(String id) {
      return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }
  }

  public LocalDate today() {
    return UkTime.today(clock);
  }

  /** The ids of the dashboard's tables, in the order the page shows them. */
  static final List<String> TABLES = List.of("cases", "targets", "forecast-late", "open-by-stage", "open-by-rag",
      "cycle-times", "stage-durations", "approval-turnaround", "tasks-by-role", "milestones");

  /**
   * The order the tables are worked out in: the targets first, as they need the stage durations
   * and the forecasts, the longest work, which the stage-duration and forecast-late tables then
   * share; the rest, largest first, on the other threads meanwhile.
   */
  static final List<String> WORKED_OUT_ORDER = List.of("targets", "tasks-by-role", "approval-turnaround",
      "milestones", "cases", "cycle-times", "open-by-stage", "open-by-rag", "stage-durations", "forecast-late");

  /**
   * Every table, worked out side by side (outside any transaction of the caller's: each query reads
   * what is committed when it runs).
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Dashboard dashboard(Viewer viewer, ConsoleFilter filter) {
    var figures = new Figures(viewer, filter);
    var working = new java.util.HashMap<String, CompletableFuture<ConsoleTable>>();
    WORKED_OUT_ORDER.forEach(id -> working.put(id, CompletableFuture.supplyAsync(() -> figures.table(id), figureThreads)));
    var tables = TABLES.stream().map(id -> finished(working.get(id))).toList();
    var counts = figures.counts();
    return new Dashboard(filter, counts.stream().mapToLong(KpiQueries.CaseCounts::open).sum(),
        counts.stream().mapToLong(KpiQueries.CaseCounts::opened).sum(),
        counts.stream().mapToLong(KpiQueries.CaseCounts::completed).sum(),
        counts.stream().mapToLong(KpiQueries.CaseCounts::cancelled).sum(), figures.forecasts().lateCount(), tables);
  }

  /** One of the dashboard's tables, working out only the figures it needs (a CSV download). */
  public Optional<ConsoleTable> table(Viewer viewer, ConsoleFilter filter, String id) {
    return TABLES.contains(id) ? Optional.of(new Figures(viewer, filter).table(id)) : Optional.empty();
  }

  private static ConsoleTable finished(CompletableFuture<ConsoleTable> table) {
    try {
      return table.join();
    } catch (CompletionException failed) {
      // the table's own failure (a database outage, say), as it would have been on this thread
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (failed.getCause() instanceof Error cause) {
        throw cause;
      }
      throw failed;
    }
  }

  /** A figure worked out once, by the first table to need it, while the others that need it wait. */
  private static final class Once<T> {

    private final Supplier<T> work;
    private T value;

    Once(Supplier<T> work) {
      this.work = work;
    }

    synchronized T get() {
      if (value == null) {
        value = work.get();
      }
      return value;
    }
  }

  /**
   * The figures of one look at the console, each worked out once and only when a table needs it;
   * its tables may be worked out on several threads at once.
   */
  private final class Figures {

    private final ConsoleFilter filter;
    private final ConsoleScope scope;
    private final Once<List<KpiQueries.CaseCounts>> counts;
    private final Once<List<KpiQueries.GroupSpread>> stageDurations;
    private final Once<ProgrammeFigures> forecasts;

    Figures(Viewer viewer, ConsoleFilter filter) {
      this.filter = filter;
      this.scope = new ConsoleScope(filter, access.visibleSql(viewer, "c"));
      this.counts = new Once<>(() -> kpis.caseCounts(scope));
      this.stageDurations = new Once<>(() -> kpis.stageDurations(scope));
      this.forecasts = new Once<>(() -> programmeFigures(viewer, filter, this::medians));
    }

    List<KpiQueries.CaseCounts> counts() {
      return counts.get();
    }

    List<KpiQueries.GroupSpread> stageDurations() {
      return stageDurations.get();
    }

    /**
     * The median time in each of the programme's stages, from every case: the stage durations
     * already worked out when they are of every case, asked of the database otherwise.
     */
    Map<String, Double> medians(Programme programme) {
      if (!scope.seesEveryCase()) {
        return kpis.medianStageSeconds(programme, filter);
      }
      return stageDurations().stream().filter(row -> row.programme().equals(programme.name()))
          .collect(Collectors.toMap(KpiQueries.GroupSpread::group, row -> row.spread().medianSeconds()));
    }

    ProgrammeFigures forecasts() {
      return forecasts.get();
    }

    ConsoleTable table(String id) {
      return switch (id) {
        case "cases" -> caseCounts(counts());
        case "targets" -> new ConsoleTable("targets", "Progress against each programme's targets",
            List.of("Programme", "Measure", "Achieved", "Target", "Progress", "What counts"), forecasts().targets(),
            new Chart(1, List.of(4), false));
        case "forecast-late" -> new ConsoleTable("forecast-late",
            "Open cases forecast to finish after their target date or deadline, latest first",
            List.of("Case", "Title", "Programme", "Stage", "Target date", "Deadline", "Forecast finish", "Days late"),
            forecasts().late(), null);
        case "open-by-stage" -> breakdown(id, "Open cases by stage", "Stage", kpis.openByStage(scope),
            (programme, code) -> catalog.stageLabel(programme, code));
        case "open-by-rag" -> breakdown(id, "Open cases by RAG rating", "RAG rating", kpis.openByRag(scope),
            (programme, code) -> code == null ? "Not rated" : words(code));
        case "cycle-times" -> spreads(id, "Case cycle time: opening to closing, cases completed in the period",
            "Cases", kpis.cycleTimes(scope), null);
        case "stage-durations" -> spreads(id, "Time in each stage, stages left in the period", "Stage",
            stageDurations(), (programme, code) -> catalog.stageLabel(programme, code));
        case "approval-turnaround" -> spreads(id, "Approval turnaround by channel, approvals decided in the period",
            "Channel", kpis.approvalTurnaround(scope), (programme, code) -> channel(code));
        case "tasks-by-role" -> tasksByRole(scope);
        case "milestones" -> milestones(scope);
        default -> throw new IllegalArgumentException("no console table " + id);
      };
    }
  }

  /** Each programme's targets and its cases forecast late, latest first, and how many are late in all. */
  private record ProgrammeFigures(List<List<Cell>> targets, List<List<Cell>> late, long lateCount) {}

  private ProgrammeFigures programmeFigures(Viewer viewer, ConsoleFilter filter,
      java.util.function.Function<Programme, Map<String, Double>> medians) {
    var targets = new ArrayList<List<Cell>>();
    var lateCases = new ArrayList<Forecasts.LateCase>();
    long lateCount = 0;
    for (var programme : shown(filter)) {
      var programmeScope = new ConsoleScope(filter.forProgramme(programme.programme()), access.visibleSql(viewer, "c"));
      var late = forecasts.late(programme, programmeScope, medians.apply(programme.programme()), clock.instant());
      lateCount += late.count();
      lateCases.addAll(late.latest());
      programme.targets(new TargetCounts(jdbc, programmeScope, late.count())).forEach(target -> targets.add(List.of(
          Cell.text(programme.programme().displayName()), Cell.text(target.name()), Cell.count(target.achieved()),
          Cell.count(target.target()), new Cell(target.percent() + "%", Long.toString(target.percent()),
              target.percent(), null), Cell.text(target.explanation()))));
    }
    var lateRows = lateCases.stream().sorted(Comparator.comparingLong(Forecasts.LateCase::daysLate).reversed())
        .limit(Forecasts.MOST_LISTED).map(lateCase -> {
          var programme = programme(lateCase.programme());
          return List.of(Cell.link(lateCase.reference(), "/cases/" + lateCase.reference()), Cell.text(lateCase.title()),
              Cell.text(programme.displayName()), Cell.text(catalog.stageLabel(programme, lateCase.stage())),
              Cell.date(lateCase.targetDate()), Cell.date(lateCase.deadline()), Cell.date(lateCase.forecastDate()),
              Cell.count(lateCase.daysLate()));
        }).toList();
    return new ProgrammeFigures(List.copyOf(targets), lateRows, lateCount);
  }

  /** A programme's open cases as columns by stage. */
  public record Board(ProgrammeConsole programme, List<Column> columns, ConsoleTable table) {}

  /** One stage of a board: how many cases are in it, the cards shown and how many more there are. */
  public record Column(String stage, String label, long count, List<Card> cards) {
    public long more() {
      return count - cards.size();
    }
  }

  /** A case on a board. Public for the templates. */
  public record Card(String reference, String title, String owner, String ragRating, LocalDate targetDate,
      java.time.Instant inStageSince, String nextTask, java.time.Instant nextTaskDue) {}

  public Board board(Viewer viewer, ProgrammeConsole programme, ConsoleFilter filter) {
    var scope = new ConsoleScope(filter.forProgramme(programme.programme()), access.visibleSql(viewer, "c"));
    var counts = boards.openByStage(scope);
    var cards = boards.firstCards(scope, programme.ownerRole(), CARDS_PER_STAGE);
    var next = boards.nextTasks(cards.stream().map(BoardQueries.Card::reference).toList());
    var path = programme.forecastPath();
    var columns = new ArrayList<Column>();
    var rows = new ArrayList<List<Cell>>();
    for (var stage : catalog.stagesOf(programme.programme())) {
      var count = counts.getOrDefault(stage.code(), 0L);
      if (count == 0 && !path.contains(stage.code())) {
        continue;
      }
      var shown = cards.stream().filter(card -> stage.code().equals(card.stage())).map(card -> {
        var task = next.get(card.reference());
        return new Card(card.reference(), card.title(), card.owner(), card.ragRating() == null ? null : words(card.ragRating()),
            card.targetDate(), card.inStageSince(), task == null ? null : task.name(), task == null ? null : task.due());
      }).toList();
      columns.add(new Column(stage.code(), stage.label(), count, shown));
      shown.forEach(card -> rows.add(List.of(Cell.text(stage.label()), Cell.link(card.reference(), "/cases/" + card.reference()),
          Cell.text(card.title()), Cell.text(card.owner()), Cell.text(card.ragRating() == null ? "Not rated" : card.ragRating()),
          Cell.date(card.targetDate()), Cell.date(card.inStageSince().atZone(WorkingDayCalendar.LONDON).toLocalDate()),
          Cell.text(card.nextTask()), Cell.date(card.nextTaskDue() == null ? null
              : card.nextTaskDue().atZone(WorkingDayCalendar.LONDON).toLocalDate()))));
    }
    var table = new ConsoleTable("board", programme.programme().displayName() + " board: the cases longest in each stage",
        List.of("Stage", "Case", "Title", "Owner", "RAG rating", "Target date", "In stage since", "Next task", "Task due"),
        rows, null);
    return new Board(programme, List.copyOf(columns), table);
  }

  /** The programmes with a console module, or the one chosen. */
  public List<ProgrammeConsole> shown(ConsoleFilter filter) {
    return programmes.stream().filter(p -> filter.programme() == null || p.programme() == filter.programme()).toList();
  }

  /**
   * A programme's targets within the cases the viewer may see and the filter's period, its cases
   * forecast late counted from every case's median stage times, as the dashboard counts them.
   */
  @Transactional(readOnly = true)
  public List<TargetProgress> targets(Viewer viewer, ProgrammeConsole programme, ConsoleFilter filter) {
    var programmeFilter = filter.forProgramme(programme.programme());
    var scope = new ConsoleScope(programmeFilter, access.visibleSql(viewer, "c"));
    var late = forecasts.late(programme, scope, kpis.medianStageSeconds(programme.programme(), programmeFilter),
        clock.instant());
    return programme.targets(new TargetCounts(jdbc, scope, late.count()));
  }

  public Optional<ProgrammeConsole> consoleOf(Programme programme) {
    return programmes.stream().filter(p -> p.programme() == programme).findFirst();
  }

  private ConsoleTable caseCounts(List<KpiQueries.CaseCounts> counts) {
    var rows = counts.stream().map(row -> List.of(Cell.text(programme(row.programme()).displayName()),
        Cell.count(row.open()), Cell.count(row.opened()), Cell.count(row.completed()), Cell.count(row.cancelled())))
        .toList();
    return new ConsoleTable("cases", "Cases by programme: open now; opened, completed and cancelled in the period",
        List.of("Programme", "Open", "Opened", "Completed", "Cancelled"), rows, new Chart(0, List.of(1, 2, 3, 4), false));
  }

  private interface Labels {
    String of(Programme programme, String code);
  }

  private ConsoleTable breakdown(String id, String caption, String header, List<KpiQueries.Breakdown> rows,
      Labels labels) {
    var cells = rows.stream().map(row -> {
      var programme = programme(row.programme());
      return List.of(Cell.text(programme.displayName()), Cell.text(labels.of(programme, row.value())),
          Cell.count(row.cases()));
    }).toList();
    return new ConsoleTable(id, caption, List.of("Programme", header, "Open cases"), cells, new Chart(1, List.of(2), false));
  }

  private ConsoleTable spreads(String id, String caption, String groupHeader, List<KpiQueries.GroupSpread> rows,
      Labels labels) {
    var cells = rows.stream().map(row -> {
      var programme = row.programme() == null ? null : programme(row.programme());
      var list = new ArrayList<Cell>();
      list.add(Cell.text(programme == null ? "All programmes" : programme.displayName()));
      if (labels != null) {
        list.add(Cell.text(labels.of(programme, row.group())));
      }
      list.add(Cell.count(row.spread().count()));
      list.add(Cell.days(row.spread().medianSeconds()));
      list.add(Cell.days(row.spread().p90Seconds()));
      return List.copyOf(list);
    }).toList();
    var headers = new ArrayList<>(List.of("Programme"));
    if (labels != null) {
      headers.add(groupHeader);
      headers.add("Count");
    } else {
      headers.add(groupHeader);
    }
    headers.addAll(List.of("Median (days)", "90th percentile (days)"));
    var first = labels == null ? 2 : 3;
    return new ConsoleTable(id, caption, headers, cells, new Chart(labels == null ? 0 : 1, List.of(first, first + 1), false));
  }

  private ConsoleTable tasksByRole(ConsoleScope scope) {
    var rows = kpis.tasksByRole(scope, clock.instant()).stream().map(row -> List.of(
        Cell.text(Role.byGroupId(row.role()).map(Role::displayName).orElse(row.role())), Cell.count(row.open()),
        Cell.count(row.overdue()))).toList();
    return new ConsoleTable("tasks-by-role", "Open and overdue tasks by role",
        List.of("Role", "Open tasks", "Overdue"), rows, new Chart(0, List.of(1, 2), false));
  }

  private ConsoleTable milestones(ConsoleScope scope) {
    var rows = kpis.milestones(scope, today()).stream().map(row -> {
      var met = row.onTime() + row.late();
      var percent = row.due() == 0 ? 0 : Math.round(100.0 * row.onTime() / row.due());
      return List.of(Cell.text(programme(row.programme()).displayName()), Cell.count(row.due()),
          Cell.count(row.onTime()), Cell.count(row.late()), Cell.count(row.missed()),
          Cell.count(row.due() - met - row.missed()), new Cell(percent + "%", Long.toString(percent), percent, null));
    }).toList();
    return new ConsoleTable("milestones", "Milestones due in the period",
        List.of("Programme", "Due", "Met on time", "Met late", "Missed", "Not yet due", "On time"), rows,
        new Chart(0, List.of(2, 3, 4), true));
  }

  private static Programme programme(String name) {
    return Programme.valueOf(name);
  }

  private static String channel(String name) {
    return switch (org.commissioninghub.casestore.DecisionChannel.valueOf(name)) {
      case EMAIL -> "Email link";
      case TASKLIST -> "Tasklist";
      case API -> "API";
    };
  }

  private static String words(String code) {
    var lower = code.toLowerCase(java.util.Locale.UK).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
