package org.commissioninghub.console.web;

import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.HeatmapService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a heat map is drawn from, for its page's script and for anyone signed in to the hub's
 * pages: the programme's diagram as deployed ({@code diagram.bpmn}) and each step's figures within
 * the console's filter ({@code activities.json}). Refusals are problems, as the API's are.
 */
@RestController
class HeatmapDataController {

  private final HeatmapService heatmaps;
  private final ConsoleService console;

  HeatmapDataController(HeatmapService heatmaps, ConsoleService console) {
    this.heatmaps = heatmaps;
    this.console = console;
  }

  @GetMapping("/console/heatmaps/{programmeId}/diagram.bpmn")
  ResponseEntity<byte[]> diagram(@PathVariable String programmeId) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
        .body(heatmaps.diagram(heatmaps.programme(programmeId)));
  }

  @GetMapping(path = "/console/heatmaps/{programmeId}/activities.json", produces = MediaType.APPLICATION_JSON_VALUE)
  HeatmapService.Heatmap activities(@PathVariable String programmeId, @ModelAttribute ConsoleFilters.Entered entered,
      Authentication authentication) {
    var filter = ConsoleFilters.readOrRefuse(heatmaps.programme(programmeId), entered, console.today());
    return heatmaps.heatmap(Viewer.of(authentication), filter);
  }
}
