package org.commissioninghub.casestore.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseSearch;
import org.commissioninghub.casestore.CaseStatus;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CaseUpdateRequests;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.RagRating;
import org.commissioninghub.casestore.Risk;
import org.commissioninghub.casestore.RiskUpdate;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages: {@code /cases}, the cases the signed-in person may see, filtered and searched;
 * {@code /cases/{reference}}, everything about one case; and the forms that act on it (RAG,
 * milestones, risks) through the same services and access rules as the case API. A form with bad
 * input shows the page again with each bad field named and nothing changed; a good one redirects
 * back to the page (Post/Redirect/Get).
 */
@Controller
@HubPage
class CasePageController {

  static final int PAGE_SIZE = 20;

  private static final Map<String, String> RAG_NOUNS = Map.of("ragRating", "the RAG rating", "reason", "the reason");
  private static final Map<String, String> MILESTONE_NOUNS =
      Map.of("name", "the milestone's name", "targetDate", "the target date", "achievedOn", "the date achieved");
  private static final Map<String, String> RISK_NOUNS = Map.of("description", "a description of the risk",
      "likelihood", "the likelihood", "impact", "the impact", "owner", "the owner", "mitigation", "the mitigation",
      "status", "the status", "reason", "the reason");

  private final CaseStore caseStore;
  private final CaseAccess access;
  private final ProgrammeCatalog catalog;
  private final CasePages pages;
  private final Validator validator;
  private final java.time.Clock clock;

  private final List<CasePageSection> sections;

  CasePageController(CaseStore caseStore, CaseAccess access, ProgrammeCatalog catalog, CasePages pages,
      Validator validator, java.time.Clock clock, List<CasePageSection> sections) {
    this.sections = List.copyOf(sections);
    this.caseStore = caseStore;
    this.access = access;
    this.catalog = catalog;
    this.pages = pages;
    this.validator = validator;
    this.clock = clock;
  }

  @GetMapping("/cases")
  String list(Authentication authentication, @RequestParam(required = false) String programme,
      @RequestParam(required = false) String stage, @RequestParam(required = false) String status,
      @RequestParam(required = false) String rag, @RequestParam(required = false) String area,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model,
      HttpServletResponse response) {
    var errors = new PageErrors();
    var programmeSought = coded(Programme.class, programme, "filter-programme", "Choose a programme from the list", errors);
    var statusSought = coded(CaseStatus.class, status, "filter-status", "Choose a status from the list", errors);
    var ragSought = coded(RagRating.class, rag, "filter-rag", "Choose a RAG rating from the list", errors);
    var stageSought = blankToNull(stage);
    if (stageSought != null && stages().stream().noneMatch(known -> known.code().equals(stageSought))) {
      errors.add("filter-stage", "Choose a stage from the list");
    }
    var pageNumber = pageNumber(page, errors);
    model.addAttribute("mayOpenCases", CaseOpeningPageController.mayOpen(authentication));
    model.addAttribute("programmes", Programme.values());
    model.addAttribute("stages", stages());
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("ragRatings", RagRating.values());
    model.addAttribute("filters", new Filters(blankToNull(programme), stageSought, blankToNull(status),
        blankToNull(rag), blankToNull(area), blankToNull(q)));
    model.addAttribute("formats", new PageFormats());
    model.addAttribute("errors", errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("cases", org.springframework.data.domain.Page.empty());
      return "cases/list";
    }
    var search = new CaseSearch(programmeSought, statusSought, stageSought, ragSought, blankToNull(area),
        blankToNull(q), null, null);
    var found = caseStore.search(search, access.visibleTo(Viewer.of(authentication)),
        PageRequest.of(pageNumber - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
    model.addAttribute("cases", found.map(c -> new CaseRow(c.getReference(), c.getTitle(),
        c.getProgramme().displayName(), catalog.stageLabel(c.getProgramme(), c.getCurrentStage()),
        new PageFormats().words(c.getStatus()), c.getRagRating() == null ? "Not rated" : new PageFormats().words(c.getRagRating()),
        c.getIntegratedCareSystem())));
    return "cases/list";
  }

  /** The filters as entered, to fill the form again and build page links. Public for the templates. */
  public record Filters(String programme, String stage, String status, String rag, String area, String q) {}

  /** One case in the list. Public for the templates. */
  public record CaseRow(String reference, String title, String programme, String stage, String status,
      String ragRating, String integratedCareSystem) {}

  @GetMapping("/cases/{reference}")
  String show(@PathVariable String reference, Authentication authentication, Model model) {
    return casePage(reference, authentication, model, new PageErrors(), Map.of());
  }

  @PostMapping("/cases/{reference}/rag-rating")
  String rate(@PathVariable String reference, @RequestParam(required = false) String ragRating,
      @RequestParam(required = false) String reason, Authentication authentication, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    access.change(Viewer.of(authentication), reference);
    var errors = new PageErrors();
    var rating = coded(RagRating.class, ragRating, "rag-rating", "Choose red, amber or green", errors);
    if (rating == null && !errors.has("rag-rating")) {
      errors.add("rag-rating", "Choose red, amber or green");
    }
    var request = new CaseUpdateRequests.Rate(rating, blankToNull(reason));
    errors.addViolations("rag", validator.validate(request), RAG_NOUNS);
    var entered = Map.of("rag-rating", orEmpty(ragRating), "rag-reason", orEmpty(reason));
    if (errors.isEmpty()) {
      try {
        caseStore.rate(reference, request.ragRating(), request.reason(), authentication.getName());
      } catch (InvalidInputException e) {
        errors.addProblems("rag", e.getProblems(), RAG_NOUNS);
      }
    }
    return afterAction(reference, authentication, model, errors, entered, redirect, response,
        "RAG rating set to " + (rating == null ? "" : new PageFormats().words(rating)), "rag");
  }

  @PostMapping("/cases/{reference}/milestones")
  String addMilestone(@PathVariable String reference, @RequestParam(required = false) String name,
      @RequestParam(required = false) String targetDate, Authentication authentication, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    access.change(Viewer.of(authentication), reference);
    var errors = new PageErrors();
    var date = date(targetDate, "milestone-target-date", "the target date", errors);
    var request = new CaseUpdateRequests.AddMilestone(blankToNull(name), date);
    if (date == null) {
      errors.addViolations("milestone", validator.validate(request).stream()
          .filter(violation -> !violation.getPropertyPath().toString().equals("targetDate")).toList(), MILESTONE_NOUNS);
    } else {
      errors.addViolations("milestone", validator.validate(request), MILESTONE_NOUNS);
    }
    var entered = Map.of("milestone-name", orEmpty(name), "milestone-target-date", orEmpty(targetDate));
    if (errors.isEmpty()) {
      caseStore.addMilestone(reference, request.name(), request.targetDate(), authentication.getName());
    }
    return afterAction(reference, authentication, model, errors, entered, redirect, response,
        "Milestone added: " + name, "milestones");
  }

  @PostMapping("/cases/{reference}/milestones/{milestoneId}/achieved")
  String achieveMilestone(@PathVariable String reference, @PathVariable long milestoneId,
      @RequestParam(required = false) String achievedOn, Authentication authentication, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    access.change(Viewer.of(authentication), reference);
    var errors = new PageErrors();
    var prefix = "milestone-" + milestoneId;
    var date = date(achievedOn, prefix + "-achieved-on", "the date achieved", errors);
    if (date != null) {
      try {
        caseStore.achieveMilestone(reference, milestoneId, date, authentication.getName());
      } catch (InvalidInputException e) {
        errors.addProblems(prefix, e.getProblems(), MILESTONE_NOUNS);
      }
    }
    return afterAction(reference, authentication, model, errors, Map.of(prefix + "-achieved-on", orEmpty(achievedOn)),
        redirect, response, "Milestone achieved", "milestones");
  }

  @PostMapping("/cases/{reference}/risks")
  String addRisk(@PathVariable String reference, @RequestParam(required = false) String description,
      @RequestParam(required = false) String likelihood, @RequestParam(required = false) String impact,
      @RequestParam(required = false) String owner, @RequestParam(required = false) String mitigation,
      Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    access.change(Viewer.of(authentication), reference);
    var errors = new PageErrors();
    var request = new CaseUpdateRequests.AddRisk(blankToNull(description),
        score(likelihood, "risk-likelihood", "the likelihood", errors), score(impact, "risk-impact", "the impact", errors),
        blankToNull(owner), blankToNull(mitigation));
    errors.addViolations("risk", validator.validate(request), RISK_NOUNS);
    var entered = Map.of("risk-description", orEmpty(description), "risk-likelihood", orEmpty(likelihood),
        "risk-impact", orEmpty(impact), "risk-owner", orEmpty(owner), "risk-mitigation", orEmpty(mitigation));
    if (errors.isEmpty()) {
      caseStore.addRisk(reference, request.description(), request.likelihood(), request.impact(), request.owner(),
          request.mitigation(), authentication.getName());
    }
    return afterAction(reference, authentication, model, errors, entered, redirect, response, "Risk raised", "risks");
  }

  /** Re-scores an open risk, or closes or mitigates it, with the reason. */
  @PostMapping("/cases/{reference}/risks/{riskId}")
  String updateRisk(@PathVariable String reference, @PathVariable long riskId,
      @RequestParam(required = false) String likelihood, @RequestParam(required = false) String impact,
      @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
      Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    access.change(Viewer.of(authentication), reference);
    var errors = new PageErrors();
    var prefix = "risk-" + riskId;
    var request = new RiskUpdate(null, score(likelihood, prefix + "-likelihood", "the likelihood", errors),
        score(impact, prefix + "-impact", "the impact", errors), null, null,
        coded(Risk.Status.class, status, prefix + "-status", "Choose open, mitigated or closed", errors),
        blankToNull(reason));
    errors.addViolations(prefix, validator.validate(request), RISK_NOUNS);
    if (errors.isEmpty() && request.likelihood() == null && request.impact() == null && request.status() == null) {
      errors.add(prefix + "-likelihood", "Enter a new likelihood or impact, or choose a status");
    }
    var entered = Map.of(prefix + "-likelihood", orEmpty(likelihood), prefix + "-impact", orEmpty(impact),
        prefix + "-status", orEmpty(status), prefix + "-reason", orEmpty(reason));
    if (errors.isEmpty()) {
      try {
        caseStore.updateRisk(reference, riskId, request, authentication.getName());
      } catch (InvalidInputException e) {
        errors.addProblems(prefix, e.getProblems(), RISK_NOUNS);
      }
    }
    return afterAction(reference, authentication, model, errors, entered, redirect, response, "Risk updated", "risks");
  }

  private String afterAction(String reference, Authentication authentication, Model model, PageErrors errors,
      Map<String, String> entered, RedirectAttributes redirect, HttpServletResponse response, String done,
      String section) {
    if (errors.isEmpty()) {
      redirect.addFlashAttribute("done", done);
      return "redirect:/cases/" + reference + "#" + section;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return casePage(reference, authentication, model, errors, entered);
  }

  private String casePage(String reference, Authentication authentication, Model model, PageErrors errors,
      Map<String, String> entered) {
    var viewer = Viewer.of(authentication);
    var caseRecord = pages.read(viewer, reference);
    model.addAttribute("caseRecord", caseRecord);
    if (caseRecord.readsWholeCase()) {
      var commissioningCase = access.readWhole(viewer, reference).commissioningCase();
      sections.forEach(section -> section.addTo(model, viewer, commissioningCase));
    }
    model.addAttribute("errors", errors);
    model.addAttribute("entered", new LinkedHashMap<>(entered));
    model.addAttribute("today", new PageFormats().entered(UkTime.today(clock)));
    model.addAttribute("ragRatings", RagRating.values());
    model.addAttribute("riskStatuses", Risk.Status.values());
    model.addAttribute("formats", new PageFormats());
    return "cases/case";
  }

  private List<Stage> stages() {
    return Arrays.stream(Programme.values()).flatMap(programme -> catalog.stagesOf(programme).stream())
        .distinct().toList();
  }

  private static int pageNumber(String page, PageErrors errors) {
    try {
      var number = Integer.parseInt(page.strip());
      if (number >= 1 && number <= CaseController.MAX_PAGE) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // named below
    }
    errors.add("filter-page", "The page must be a whole number from 1 to " + CaseController.MAX_PAGE);
    return 1;
  }

  /** A date entered as day/month/year, or null with the field's error added. */
  static LocalDate date(String entered, String fieldId, String noun, PageErrors errors) {
    if (entered == null || entered.isBlank()) {
      errors.add(fieldId, "Enter " + noun);
      return null;
    }
    var date = PageFormats.readEntered(entered);
    if (date.isEmpty()) {
      errors.add(fieldId, PageErrors.capitalised(noun) + " must be a real date, written as day/month/year, such as 20/02/2027");
    }
    return date.orElse(null);
  }

  private static Integer score(String entered, String fieldId, String noun, PageErrors errors) {
    if (entered == null || entered.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(entered.strip());
    } catch (NumberFormatException e) {
      errors.add(fieldId, PageErrors.capitalised(noun) + " must be a whole number from 1 to 5");
      return null;
    }
  }

  private static <E extends Enum<E> & CodedValue> E coded(Class<E> type, String value, String fieldId,
      String message, PageErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CodedValue.byId(type, value);
    } catch (IllegalArgumentException e) {
      errors.add(fieldId, message);
      return null;
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
