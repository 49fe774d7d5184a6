package org.commissioninghub.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.HubPage;
import org.commissioninghub.casestore.web.PageErrors;
import org.commissioninghub.casestore.web.PageFormats;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.ConsoleTable;
import org.commissioninghub.system.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The leads' console ({@code /console}): the KPI dashboard for the programmes and period chosen,
 * within the cases the signed-in person may see, and each of its tables as CSV
 * ({@code /console/tables/{id}.csv}, UTF-8 with a byte order mark so Excel reads it, dates ISO,
 * durations and money as plain decimals).
 */
@Controller
@HubPage
class ConsolePageController {

  private final ConsoleService console;

  ConsolePageController(ConsoleService console) {
    this.console = console;
  }

  @GetMapping("/console")
  String dashboard(@ModelAttribute ConsoleFilters.Entered entered, Authentication authentication, Model model,
      HttpServletResponse response) {
    var errors = new PageErrors();
    var filter = ConsoleFilters.read(entered, console.today(), errors);
    model.addAttribute("errors", errors);
    model.addAttribute("programmes", Programme.values());
    model.addAttribute("formats", new PageFormats());
    model.addAttribute("pageScripts", List.of("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/js/console.js"));
    model.addAttribute("pageStylesheet", "/css/console.css");
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("entered", entered);
      return "console/dashboard";
    }
    model.addAttribute("entered", ConsoleFilters.shown(entered, filter));
    model.addAttribute("query", entered.query());
    model.addAttribute("dashboard", console.dashboard(Viewer.of(authentication), filter));
    model.addAttribute("consoles", console.shown(filter.forProgramme(null)));
    return "console/dashboard";
  }

  @GetMapping("/console/boards/{programmeId}")
  String board(@PathVariable String programmeId, @ModelAttribute ConsoleFilters.Entered entered,
      Authentication authentication, Model model, HttpServletResponse response) {
    var programme = programmeConsole(programmeId);
    var errors = new PageErrors();
    var filter = ConsoleFilters.read(entered, console.today(), errors);
    model.addAttribute("errors", errors);
    model.addAttribute("formats", new PageFormats());
    model.addAttribute("pageStylesheet", "/css/console.css");
    model.addAttribute("programme", programme.programme());
    model.addAttribute("entered", ConsoleFilters.shown(entered, filter));
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "console/board";
    }
    model.addAttribute("query", entered.query());
    model.addAttribute("board", console.board(Viewer.of(authentication), programme, filter));
    return "console/board";
  }

  @GetMapping("/console/boards/{programmeId}/board.csv")
  void boardCsv(@PathVariable String programmeId, @ModelAttribute ConsoleFilters.Entered entered,
      Authentication authentication, HttpServletResponse response) throws IOException {
    var programme = programmeConsole(programmeId);
    var errors = new PageErrors();
    var filter = ConsoleFilters.read(entered, console.today(), errors);
    if (!errors.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, errors.all().get(0).message());
      return;
    }
    Csv.write(console.board(Viewer.of(authentication), programme, filter).table(), filter, response);
  }

  private org.commissioninghub.console.ProgrammeConsole programmeConsole(String programmeId) {
    return java.util.Arrays.stream(Programme.values()).filter(p -> p.id().equals(programmeId)).findFirst()
        .flatMap(console::consoleOf)
        .orElseThrow(() -> new NotFoundException("The console has no programme " + programmeId + "."));
  }

  @GetMapping("/console/tables/{id}.csv")
  void csv(@PathVariable String id, @ModelAttribute ConsoleFilters.Entered entered, Authentication authentication,
      HttpServletResponse response) throws IOException {
    var errors = new PageErrors();
    var filter = ConsoleFilters.read(entered, console.today(), errors);
    if (!errors.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, errors.all().get(0).message());
      return;
    }
    var table = console.table(Viewer.of(authentication), filter, id)
        .orElseThrow(() -> new NotFoundException("The console has no table " + id + "."));
    Csv.write(table, filter, response);
  }

  /** A table as CSV: one header line, one line per row, each field quoted where it must be. */
  static final class Csv {

    private Csv() {}

    /** The table as a CSV download named after it and the period. */
    static void write(ConsoleTable table, org.commissioninghub.console.ConsoleFilter filter,
        HttpServletResponse response) throws IOException {
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"commissioning-hub-" + table.id() + "-"
          + filter.from() + "-to-" + filter.to() + ".csv\"");
      var out = response.getOutputStream();
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write(of(table).getBytes(StandardCharsets.UTF_8));
    }

    static String of(ConsoleTable table) {
      var csv = new StringBuilder();
      line(csv, table.headers());
      table.rows().forEach(row -> line(csv, row.stream()
          .map(cell -> cell.value() == null ? text(cell.csv()) : cell.csv()).toList()));
      return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          csv.append(',');
        }
        csv.append(field(fields.get(i)));
      }
      csv.append("\r\n");
    }

    /** Text that a spreadsheet would read as a formula is kept as text. */
    private static String text(String value) {
      return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String field(String value) {
      return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
          ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
  }
}
