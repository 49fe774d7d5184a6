package org.commissioninghub.console.web;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.console.ConsoleService;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's targets as JSON ({@code GET /api/programmes/{programmeId}/targets}), the figures
 * the console's targets table shows, counted within the cases the caller may see and the period
 * the console's filter parameters give (the last twelve months by default). For the console's
 * readers only, as the console is.
 */
@RestController
class ProgrammeTargetsController {

  record Targets(String programme, String name, LocalDate from, LocalDate to, String integratedCareSystem, String commissioner,
      List<Target> targets) {}

  record Target(String name, long achieved, long target, long percent, boolean met, String explanation) {}

  private final ConsoleService console;

  ProgrammeTargetsController(ConsoleService console) {
    this.console = console;
  }

  @GetMapping("/api/programmes/{programmeId}/targets")
  Targets targets(@PathVariable String programmeId, @ModelAttribute ConsoleFilters.Entered entered,
      Authentication authentication) {
    var programme = ConsoleFilters.programmeConsole(console, programmeId);
    var filter = ConsoleFilters.readOrRefuse(programme.programme(), entered, console.today());
    var targets = console.targets(Viewer.of(authentication), programme, filter).stream()
        .map(target -> new Target(target.name(), target.achieved(), target.target(), target.percent(), target.met(),
            target.explanation()))
        .toList();
    return new Targets(programme.programme().id(), programme.programme().displayName(), filter.from(), filter.to(),
        filter.integratedCareSystem(), filter.commissioner(), targets);
  }
}
