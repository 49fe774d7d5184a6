package org.commissioninghub.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.HubPage;
import org.commissioninghub.casestore.web.PageErrors;
import org.commissioninghub.casestore.web.PageFormats;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.HeatmapService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A programme's process heat map ({@code /console/heatmaps/{programmeId}}): its diagram, each
 * step overlaid with the cases waiting there and how long it took, the same figures as a table
 * (and as CSV), and the cases waiting at one step, all within the console's filter and the cases
 * the signed-in person may see. The page's script draws the diagram from {@code diagram.bpmn}
 * ({@link HeatmapDataController}) and its figures from the table.
 */
@Controller
@HubPage
class HeatmapPageController {

  private final HeatmapService heatmaps;
  private final ConsoleService console;

  HeatmapPageController(HeatmapService heatmaps, ConsoleService console) {
    this.heatmaps = heatmaps;
    this.console = console;
  }

  @GetMapping("/console/heatmaps/{programmeId}")
  String heatmap(@PathVariable String programmeId, @ModelAttribute ConsoleFilters.Entered entered,
      Authentication authentication, Model model, HttpServletResponse response) {
    var programme = heatmaps.programme(programmeId);
    var errors = new PageErrors();
    var filter = ConsoleFilters.readFor(programme, entered, console.today(), errors);
    model.addAttribute("errors", errors);
    model.addAttribute("programme", programme);
    model.addAttribute("pageScripts",
        List.of("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js", "/js/heatmap.js"));
    model.addAttribute("pageStylesheet", "/css/heatmap.css");
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("entered", entered);
      return "console/heatmap";
    }
    model.addAttribute("entered", ConsoleFilters.shown(entered, filter));
    model.addAttribute("query", entered.withoutProgramme().query());
    model.addAttribute("heatmap", heatmaps.heatmap(Viewer.of(authentication), filter));
    return "console/heatmap";
  }

  @GetMapping("/console/heatmaps/{programmeId}/activities.csv")
  void csv(@PathVariable String programmeId, @ModelAttribute ConsoleFilters.Entered entered,
      Authentication authentication, HttpServletResponse response) throws IOException {
    var programme = heatmaps.programme(programmeId);
    var filter = ConsoleFilters.readOrRefuse(programme, entered, console.today());
    Csv.send(response, "commissioning-hub-heatmap-" + programme.id() + "-" + filter.from() + "-to-" + filter.to()
        + ".csv", heatmaps.heatmap(Viewer.of(authentication), filter).table());
  }

  @GetMapping("/console/heatmaps/{programmeId}/activities/{activityId}/cases.csv")
  void waitingCsv(@PathVariable String programmeId, @PathVariable String activityId,
      @ModelAttribute ConsoleFilters.Entered entered, Authentication authentication, HttpServletResponse response)
      throws IOException {
    var programme = heatmaps.programme(programmeId);
    var filter = ConsoleFilters.readOrRefuse(programme, entered, console.today());
    var table = heatmaps.waiting(Viewer.of(authentication), filter, activityId).table();
    Csv.send(response, "commissioning-hub-" + table.id() + "-" + filter.to() + ".csv", table);
  }

  @GetMapping("/console/heatmaps/{programmeId}/activities/{activityId}")
  String waiting(@PathVariable String programmeId, @PathVariable String activityId,
      @ModelAttribute ConsoleFilters.Entered entered, Authentication authentication, Model model,
      HttpServletResponse response) {
    var programme = heatmaps.programme(programmeId);
    var errors = new PageErrors();
    var filter = ConsoleFilters.readFor(programme, entered, console.today(), errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("title", "Check the period");
      model.addAttribute("detail", errors.all().get(0).message());
      return "problem";
    }
    model.addAttribute("formats", new PageFormats());
    model.addAttribute("query", entered.withoutProgramme().query());
    model.addAttribute("most", HeatmapService.MOST_LISTED);
    model.addAttribute("list", heatmaps.waiting(Viewer.of(authentication), filter, activityId));
    return "console/heatmap-activity";
  }
}
