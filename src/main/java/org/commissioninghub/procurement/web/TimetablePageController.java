package org.commissioninghub.procurement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.casestore.web.HubPage;
import org.commissioninghub.casestore.web.PageErrors;
import org.commissioninghub.casestore.web.PageFormats;
import org.commissioninghub.procurement.StatutoryDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /timetable}: plans a Provider Selection Regime standstill from the day the intention to
 * award notice is (or is to be) published, with the same rules and dates as {@code /api/timetable},
 * dates entered and shown as people in England write them.
 */
@Controller
@HubPage
class TimetablePageController {

  private static final Map<String, String> FIELD_IDS = Map.of(TimetablePlanner.NOTICE_PUBLISHED,
      "timetable-notice-published", TimetablePlanner.DECISION_TO_PROCEED, "timetable-decision-to-proceed");
  private static final Map<String, String> NOUNS = Map.of(TimetablePlanner.NOTICE_PUBLISHED,
      "The day the notice is published", TimetablePlanner.DECISION_TO_PROCEED, "The day of the decision to proceed");

  private final TimetablePlanner planner;

  TimetablePageController(TimetablePlanner planner) {
    this.planner = planner;
  }

  /** One planned date as the page shows it. Public for the template. */
  public record PlannedDate(String name, String shownAs, String rule) {}

  @GetMapping("/timetable")
  String timetable(@RequestParam(required = false) String noticePublished,
      @RequestParam(required = false) String decisionToProceed, Model model, HttpServletResponse response) {
    model.addAttribute("noticePublished", noticePublished == null ? "" : noticePublished);
    model.addAttribute("decisionToProceed", decisionToProceed == null ? "" : decisionToProceed);
    model.addAttribute("dates", List.of());
    var errors = new PageErrors();
    model.addAttribute("errors", errors);
    if (noticePublished == null) {
      return "timetable";
    }
    var published = day(TimetablePlanner.NOTICE_PUBLISHED, noticePublished, true, errors);
    var decided = day(TimetablePlanner.DECISION_TO_PROCEED, decisionToProceed, false, errors);
    planner.problems(published, decided).forEach(problem ->
        errors.add(FIELD_IDS.get(problem.field()), NOUNS.get(problem.field()) + " " + problem.message()));
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "timetable";
    }
    model.addAttribute("dates", planner.plan(published, decided).stream().map(TimetablePageController::planned).toList());
    model.addAttribute("plannedFrom", new PageFormats().date(published));
    return "timetable";
  }

  private static PlannedDate planned(StatutoryDate date) {
    return new PlannedDate(date.name(), date.shownAs(), date.rule());
  }

  private static LocalDate day(String field, String entered, boolean required, PageErrors errors) {
    if (entered == null || entered.isBlank()) {
      if (required) {
        errors.add(FIELD_IDS.get(field), "Enter the day the notice is published");
      }
      return null;
    }
    var day = PageFormats.readEntered(entered);
    if (day.isEmpty()) {
      errors.add(FIELD_IDS.get(field), NOUNS.get(field) + " must be a real date, written as day/month/year, such as 17/12/2026");
    }
    return day.orElse(null);
  }
}
