package org.commissioninghub.casestore.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.casestore.CaseOpeningService;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.ProgrammeProcess;
import org.commissioninghub.identity.CaseOpeners;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.MoneyAmounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opening a case from the hub's pages ({@code /cases/new}): the programme first, then what every
 * case needs and the programme's own opening fields, through the same service and rules as
 * {@code POST /api/cases}, for the same roles. A form with mistakes comes back with each named and
 * nothing opened.
 */
@Controller
@HubPage
class CaseOpeningPageController {

  private static final Map<String, String> NOUNS = Map.of("programme", "the programme", "title", "the title",
      "commissioner", "the commissioner", "integratedCareSystem", "the integrated care system",
      "valueGbp", "the value", "targetStartDate", "the target start date", "targetEndDate", "the target end date");

  private final ProgrammeCatalog catalog;
  private final CaseOpeningService opening;
  private final Validator validator;
  private final ObjectMapper objectMapper;

  CaseOpeningPageController(ProgrammeCatalog catalog, CaseOpeningService opening, Validator validator,
      ObjectMapper objectMapper) {
    this.catalog = catalog;
    this.opening = opening;
    this.validator = validator;
    this.objectMapper = objectMapper;
  }

  /** A programme offered for opening: one whose process the hub runs. */
  record ProgrammeChoice(String id, String name) {}

  @GetMapping("/cases/new")
  String form(@RequestParam(required = false) String programme, Authentication authentication, Model model,
      HttpServletResponse response) {
    refuseUnlessOpener(authentication);
    var errors = new PageErrors();
    var chosen = programme == null || programme.isBlank() ? Optional.<Programme>empty() : programme(programme);
    if (programme != null && !programme.isBlank() && chosen.isEmpty()) {
      errors.add("open-programme", "Choose a programme from the list");
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } else if (chosen.isPresent() && !opensOnThePages(chosen.get())) {
      errors.add("open-programme", apiOnly(chosen.get()));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      chosen = Optional.empty();
    }
    return page(model, chosen.orElse(null), errors, Map.of());
  }

  @PostMapping("/cases/new")
  String open(@RequestParam MultiValueMap<String, String> form, Authentication authentication, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    refuseUnlessOpener(authentication);
    var entered = new LinkedHashMap<String, String>();
    form.forEach((name, values) -> entered.put(name, values.isEmpty() ? "" : values.get(0).strip()));
    var errors = new PageErrors();
    var programme = programme(entered.getOrDefault("programme", ""));
    if (programme.isEmpty()) {
      errors.add("open-programme", "Choose a programme from the list");
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model, null, errors, entered);
    }
    if (!opensOnThePages(programme.get())) {
      errors.add("open-programme", apiOnly(programme.get()));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model, null, errors, entered);
    }
    var fields = detailFields(programme.get());
    var details = fields.read(entered, errors);
    details.values().removeIf(java.util.Objects::isNull);
    var value = entered.getOrDefault("valueGbp", "");
    var valueGbp = value.isEmpty() ? null : MoneyAmounts.parse(value).orElse(null);
    if (!value.isEmpty() && valueGbp == null) {
      errors.add("open-value-gbp", "The value must be an amount in pounds, such as 2,400,000 or £2,400,000");
    }
    var targetStart = optionalDate(entered, "targetStartDate", errors);
    var targetEnd = optionalDate(entered, "targetEndDate", errors);
    var request = new OpenCaseRequest(programme.get(), CasePageController.blankToNull(entered.get("title")),
        CasePageController.blankToNull(entered.get("commissioner")), CasePageController.blankToNull(entered.get("integratedCareSystem")), valueGbp,
        targetStart, targetEnd, Map.of(), objectMapper.valueToTree(details));
    errors.addViolations("open", validator.validate(request), NOUNS);
    if (errors.isEmpty()) {
      try {
        var opened = opening.open(request, authentication.getName());
        redirect.addFlashAttribute("done", "Case " + opened.getReference() + " opened: " + opened.getTitle());
        return "redirect:/cases/" + opened.getReference();
      } catch (InvalidInputException refused) {
        addProblems(errors, refused.getProblems(), fields);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    var formOrder = new java.util.ArrayList<>(List.of("open-title"));
    formOrder.addAll(fields.fieldIds());
    formOrder.addAll(List.of("open-commissioner", "open-integrated-care-system", "open-value-gbp",
        "open-target-start-date", "open-target-end-date"));
    return page(model, programme.get(), errors.inFormOrder(formOrder), entered);
  }

  private String page(Model model, Programme programme, PageErrors errors, Map<String, String> entered) {
    model.addAttribute("programmes", Arrays.stream(Programme.values())
        .filter(this::opensOnThePages)
        .map(candidate -> new ProgrammeChoice(candidate.id(), candidate.displayName())).toList());
    var apiOnly = Arrays.stream(Programme.values())
        .filter(candidate -> catalog.processOf(candidate).isPresent() && !opensOnThePages(candidate))
        .map(Programme::displayName).toList();
    model.addAttribute("apiOnlyProgrammes", apiOnly);
    model.addAttribute("apiOnlyProgrammeNames", listed(apiOnly));
    model.addAttribute("programme", programme == null ? null
        : new ProgrammeChoice(programme.id(), programme.displayName()));
    model.addAttribute("openingFields", programme == null ? List.of() : detailFields(programme).views());
    model.addAttribute("errors", errors);
    model.addAttribute("entered", entered);
    return "cases/new";
  }

  private boolean opensOnThePages(Programme programme) {
    return catalog.processOf(programme).map(ProgrammeProcess::opensOnThePages).orElse(false);
  }

  /** Names as a sentence lists them: "A", "A and B", "A, B and C". */
  static String listed(List<String> names) {
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String apiOnly(Programme programme) {
    return programme.displayName() + " cases are opened through the case API (POST /api/cases), as their"
        + " details are lists this page cannot take yet: see the README";
  }

  private Optional<Programme> programme(String id) {
    return CodedValue.findById(Programme.class, id).filter(candidate -> catalog.processOf(candidate).isPresent());
  }

  private static LocalDate optionalDate(Map<String, String> entered, String name, PageErrors errors) {
    var value = entered.getOrDefault(name, "");
    return value.isEmpty() ? null : CasePageController.date(value, "open-" + PageErrors.kebab(name), NOUNS.get(name), errors);
  }

  /** What the service refused after the page's own checks: a detail's rule, or dates out of order. */
  private static void addProblems(PageErrors errors, List<FieldProblem> problems, DetailFields fields) {
    for (var problem : problems) {
      if (fields.addProblem(problem, errors)) {
        continue;
      }
      if (problem.field().equals("targetEndDate")) {
        errors.add("open-target-end-date", "The target end date must not be before the target start date");
      } else {
        errors.add("open-" + PageErrors.kebab(problem.field()),
            PageErrors.capitalised(NOUNS.getOrDefault(problem.field(), problem.field())) + " " + problem.message());
      }
    }
  }

  /** Whether the signed-in person's roles open cases, as {@code POST /api/cases} allows. */
  static boolean mayOpen(Authentication authentication) {
    return CaseOpeners.mayOpen(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(java.util.stream.Collectors.toSet()));
  }

  private static void refuseUnlessOpener(Authentication authentication) {
    if (!mayOpen(authentication)) {
      throw new ForbiddenException("Your roles do not open cases.");
    }
  }

  private DetailFields detailFields(Programme programme) {
    return new DetailFields(catalog.processOf(programme).orElseThrow().openingFields(), "open-detail-");
  }
}
