package org.commissioninghub.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    var programme = ConsoleFilters.programmeConsole(console, programmeId);
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
    var programme = ConsoleFilters.programmeConsole(console, programmeId);
    var filter = ConsoleFilters.readOrRefuse(null, entered, console.today());
    send(console.board(Viewer.of(authentication), programme, filter).table(), filter, response);
  }

  @GetMapping("/console/tables/{id}.csv")
  void csv(@PathVariable String id, @ModelAttribute ConsoleFilters.Entered entered, Authentication authentication,
      HttpServletResponse response) throws IOException {
    var filter = ConsoleFilters.readOrRefuse(null, entered, console.today());
    var table = console.table(Viewer.of(authentication), filter, id)
        .orElseThrow(() -> new NotFoundException("The console has no table " + id + "."));
    send(table, filter, response);
  }

  private static void send(ConsoleTable table, org.commissioninghub.console.ConsoleFilter filter,
      HttpServletResponse response) throws IOException {
    Csv.send(response, "commissioning-hub-" + table.id() + "-" + filter.from() + "-to-" + filter.to() + ".csv", table);
  }
}
