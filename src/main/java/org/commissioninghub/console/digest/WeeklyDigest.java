package org.commissioninghub.console.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.ConsoleTable;
import org.commissioninghub.identity.Role;
import org.commissioninghub.notification.Email;
import org.commissioninghub.notification.MailTemplates;
import org.commissioninghub.notification.Outbox;
import org.commissioninghub.workflow.AsHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The leads' weekly digest: for the week starting on a Monday, each lead (a member of a role of
 * kind {@link Role.Kind#LEAD}) with an email address gets one email about the cases they may see:
 * what changed in the week before (Monday to Sunday: cases opened, closed, cancelled, stage
 * changes, cases rated red) and what needs attention now (overdue tasks and milestones, cases
 * forecast late, as the console shows them), each case linked to its page and the whole to the
 * console.
 *
 * <p>Once per lead and week, however many nodes run it and whenever: each lead's email is written
 * to the outbox in a transaction of its own together with the lead's row in {@code digest_sent},
 * whose key (lead, week) lets only one such transaction commit. A node that finds the row, or fails
 * on its key because another node wrote it meanwhile, sends nothing; one lead's failure leaves the
 * others' digests alone.
 */
@Service
class WeeklyDigest {

  private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A case as the digest names it: what it is, what happened or is wrong, and its page. Public for the templates. */
  public record CaseLine(String reference, String title, String programme, String what, String url) {}

  /** A list of the digest: the cases named and how many there are in all. Public for the templates. */
  public record Section(List<CaseLine> cases, long count) {

    public long more() {
      return count - cases.size();
    }
  }

  /** What happened to one programme's cases in the week. Public for the templates. */
  public record Changes(String programme, long opened, long closed, long cancelled, long stageChanges) {}

  /** Tasks of one role past their due date. Public for the templates. */
  public record OverdueTasks(String role, long count) {}

  private final ConsoleService console;
  private final DigestQueries queries;
  private final CaseAccess access;
  private final IdentityService identityService;
  private final AsHub asHub;
  private final Outbox outbox;
  private final MailTemplates templates;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate eachLead;
  private final Clock clock;

  WeeklyDigest(ConsoleService console, DigestQueries queries, CaseAccess access, IdentityService identityService,
      AsHub asHub, Outbox outbox, MailTemplates templates, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.console = console;
    this.queries = queries;
    this.access = access;
    this.identityService = identityService;
    this.asHub = asHub;
    this.outbox = outbox;
    this.templates = templates;
    this.jdbc = jdbc;
    this.eachLead = new TransactionTemplate(transactionManager);
    this.eachLead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** The Monday starting the week (in England) that holds this instant. */
  static LocalDate weekOf(Instant instant) {
    return instant.atZone(WorkingDayCalendar.LONDON).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The week's digest for every lead who has not had it yet; answers how many this call sent. */
  int send(LocalDate weekStarting) {
    if (weekStarting.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a week starts on a Monday, not on " + weekStarting);
    }
    var sent = 0;
    for (var lead : leads()) {
      if (lead.getEmail() == null || lead.getEmail().isBlank()) {
        log.info("No weekly digest for {}: they have no email address", lead.getId());
        continue;
      }
      try {
        if (sendTo(lead, weekStarting)) {
          sent++;
        }
      } catch (DuplicateKeyException sentByAnotherNode) {
        log.info("The weekly digest for {}, week of {}, was sent by another node", lead.getId(), weekStarting);
      } catch (RuntimeException e) {
        log.error("The weekly digest for {}, week of {}, failed; the other leads' go on", lead.getId(),
            weekStarting, e);
      }
    }
    return sent;
  }

  private boolean sendTo(User lead, LocalDate weekStarting) {
    return Boolean.TRUE.equals(eachLead.execute(status -> {
      if (alreadySent(lead.getId(), weekStarting)) {
        return false;
      }
      var email = compose(lead, weekStarting);
      // the row goes in just before the email, so a second node waits on its key only briefly
      jdbc.update("INSERT INTO digest_sent (user_id, week_starting, sent_at) VALUES (?, ?, ?)", lead.getId(),
          weekStarting, Timestamp.from(clock.instant()));
      outbox.enqueue(email);
      return true;
    }));
  }

  private boolean alreadySent(String userId, LocalDate weekStarting) {
    var rows = jdbc.queryForObject("SELECT COUNT(*) FROM digest_sent WHERE user_id = ? AND week_starting = ?",
        Long.class, userId, weekStarting);
    return rows != null && rows > 0;
  }

  private Collection<User> leads() {
    return asHub.run(() -> {
      var leads = new TreeMap<String, User>();
      Arrays.stream(Role.values()).filter(role -> role.kind() == Role.Kind.LEAD).forEach(role ->
          identityService.createUserQuery().memberOfGroup(role.groupId()).list()
              .forEach(user -> leads.putIfAbsent(user.getId(), user)));
      return leads.values();
    });
  }

  private Email compose(User lead, LocalDate weekStarting) {
    var viewer = asHub.run(() -> Viewer.of(lead.getId(), identityService));
    var visible = access.visibleSql(viewer, "c");
    var firstDay = weekStarting.minusWeeks(1);
    var weekStart = firstDay.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
    var weekEnd = weekStarting.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
    var today = console.today();
    var dashboard = console.dashboard(viewer, ConsoleFilter.lastYear(today));

    var changes = queries.changes(visible, weekStart, weekEnd).stream().map(row -> new Changes(
        programmeName(row.programme()), row.opened(), row.closed(), row.cancelled(), row.stageChanges())).toList();
    var ended = section(queries.ended(visible, weekStart, weekEnd), row -> line(row.reference(), row.title(),
        row.programme(), words(CaseStatus.valueOf(row.state())) + " on " + day(row.at())));
    var turnedRed = section(queries.turnedRed(visible, weekStart, weekEnd), row -> line(row.reference(),
        row.title(), row.programme(), "rated red on " + day(row.at()) + ratedNow(row.state())));
    var milestones = section(queries.overdueMilestones(visible, today), row -> line(row.reference(), row.title(),
        row.programme(), row.milestone() + ", due " + DAY.format(row.targetDate())));
    var overdueTasks = cellsOf(dashboard, "tasks-by-role").stream()
        .filter(row -> cell(row, "Overdue").value().longValue() > 0)
        .map(row -> new OverdueTasks(cell(row, "Role").shown(), cell(row, "Overdue").value().longValue())).toList();
    var late = new Section(cellsOf(dashboard, "forecast-late").stream().limit(DigestQueries.MOST_LISTED)
        .map(row -> new CaseLine(cell(row, "Case").shown(), cell(row, "Title").shown(), cell(row, "Programme").shown(),
            lateness(row), templates.link(cell(row, "Case").link())))
        .toList(), dashboard.forecastLate());

    var period = period(firstDay, weekStarting.minusDays(1));
    var model = new LinkedHashMap<String, Object>();
    model.put("name", MailTemplates.nameOf(lead));
    model.put("period", period);
    model.put("changes", changes);
    model.put("ended", ended);
    model.put("turnedRed", turnedRed);
    model.put("overdueTasks", overdueTasks);
    model.put("overdueTaskCount", overdueTasks.stream().mapToLong(OverdueTasks::count).sum());
    model.put("milestones", milestones);
    model.put("late", late);
    model.put("consoleUrl", templates.link("/console"));
    var bodies = templates.render("weekly-digest", model);
    return new Email(lead.getEmail(), "Your weekly digest: " + period, bodies.text(), bodies.html());
  }

  /** "target 10 March 2028, forecast 13 March 2028: 3 days late", from a row of the console's forecast-late table. */
  private static String lateness(Map<String, ConsoleTable.Cell> row) {
    var dates = new ArrayList<String>();
    if (!cell(row, "Target date").shown().isEmpty()) {
      dates.add("target " + cell(row, "Target date").shown());
    }
    if (!cell(row, "Deadline").shown().isEmpty()) {
      dates.add("deadline " + cell(row, "Deadline").shown());
    }
    var days = cell(row, "Days late").value().longValue();
    return String.join(", ", dates) + ", forecast " + cell(row, "Forecast finish").shown() + ": " + days
        + (days == 1 ? " day" : " days") + " late";
  }

  /** The rows of one of the dashboard's tables, each cell under its column's header. */
  private static List<Map<String, ConsoleTable.Cell>> cellsOf(ConsoleService.Dashboard dashboard, String table) {
    return dashboard.table(table).map(ConsoleTable::rowsByHeader).orElse(List.of());
  }

  /** A cell by its column's header: a table whose columns were renamed fails here, never reads the wrong one. */
  private static ConsoleTable.Cell cell(Map<String, ConsoleTable.Cell> row, String header) {
    var cell = row.get(header);
    if (cell == null) {
      throw new IllegalStateException("the console's table has no column '" + header + "': " + row.keySet());
    }
    return cell;
  }

  private <T> Section section(DigestQueries.Listed<T> listed, Function<T, CaseLine> line) {
    return new Section(listed.shown().stream().map(line).toList(), listed.count());
  }

  private CaseLine line(String reference, String title, String programme, String what) {
    return new CaseLine(reference, title, programmeName(programme), what, templates.link("/cases/" + reference));
  }

  private static String programmeName(String programme) {
    return Programme.valueOf(programme).displayName();
  }

  private static String words(CaseStatus status) {
    return status.id().replace('-', ' ');
  }

  /** Nothing while the case is still red; its rating now once it is not. */
  private static String ratedNow(String rating) {
    return "RED".equals(rating) ? "" : rating == null ? ", not rated now" : ", " + rating.toLowerCase(Locale.UK) + " now";
  }

  private static String day(Instant at) {
    return DAY.format(at.atZone(WorkingDayCalendar.LONDON));
  }

  /** "6 to 12 March 2028", "27 February to 5 March 2028", "29 December 2027 to 4 January 2028". */
  static String period(LocalDate first, LocalDate last) {
    var start = first.getYear() != last.getYear() ? DAY
        : first.getMonth() != last.getMonth() ? DateTimeFormatter.ofPattern("d MMMM", Locale.UK)
        : DateTimeFormatter.ofPattern("d", Locale.UK);
    return start.format(first) + " to " + DAY.format(last);
  }
}
