package org.commissioninghub.casestore.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.ProgrammeCatalog;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cases/{reference}/details}: correcting a case's programme details (the area, when the
 * current contract ends) from its page, for the roles that work it, with the same rules as
 * {@code PATCH /api/cases/{reference}}. The form starts from the details as they are; only the
 * fields that change are written and logged, and a form with mistakes comes back with each named
 * and nothing changed.
 */
@Controller
@HubPage
class CaseDetailsPageController {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final CaseAccess access;
  private final CaseStore caseStore;
  private final ProgrammeCatalog catalog;
  private final ObjectMapper objectMapper;

  CaseDetailsPageController(CaseAccess access, CaseStore caseStore, ProgrammeCatalog catalog,
      ObjectMapper objectMapper) {
    this.access = access;
    this.caseStore = caseStore;
    this.catalog = catalog;
    this.objectMapper = objectMapper;
  }

  @GetMapping("/cases/{reference}/details")
  String form(@PathVariable String reference, Authentication authentication, Model model) {
    var commissioningCase = changeable(reference, authentication);
    var fields = fieldsOf(commissioningCase);
    return page(model, commissioningCase, fields, new PageErrors(), fields.entered(detailsOf(commissioningCase)));
  }

  @PostMapping("/cases/{reference}/details")
  String correct(@PathVariable String reference, @RequestParam MultiValueMap<String, String> form,
      Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    var commissioningCase = changeable(reference, authentication);
    var fields = fieldsOf(commissioningCase);
    var entered = new LinkedHashMap<String, String>();
    form.forEach((name, values) -> entered.put(name, values.isEmpty() ? "" : values.get(0).strip()));
    var errors = new PageErrors();
    var corrected = fields.read(entered, errors);
    var current = detailsOf(commissioningCase);
    corrected.entrySet().removeIf(field -> field.getValue() == null && current.get(field.getKey()) == null);
    if (errors.isEmpty()) {
      try {
        caseStore.updateDetails(reference, corrected, authentication.getName(), "Details corrected");
        redirect.addFlashAttribute("done", "Details saved");
        return "redirect:/cases/" + reference + "#details";
      } catch (InvalidInputException refused) {
        refused.getProblems().stream().filter(problem -> !fields.addProblem(problem, errors))
            .forEach(problem -> errors.add(fields.fieldIds().get(0), PageErrors.capitalised(problem.message())));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(model, commissioningCase, fields, errors.inFormOrder(fields.fieldIds()), entered);
  }

  private CommissioningCase changeable(String reference, Authentication authentication) {
    return access.change(Viewer.of(authentication), reference).commissioningCase();
  }

  private DetailFields fieldsOf(CommissioningCase commissioningCase) {
    return new DetailFields(catalog.processOf(commissioningCase.getProgramme()).orElseThrow().openingFields(),
        "details-");
  }

  private Map<String, Object> detailsOf(CommissioningCase commissioningCase) {
    try {
      return new LinkedHashMap<>(objectMapper.readValue(commissioningCase.getDetails(), DETAILS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The details of " + commissioningCase.getReference() + " are not JSON", e);
    }
  }

  private String page(Model model, CommissioningCase commissioningCase, DetailFields fields, PageErrors errors,
      Map<String, String> entered) {
    model.addAttribute("reference", commissioningCase.getReference());
    model.addAttribute("title", commissioningCase.getTitle());
    model.addAttribute("programme", commissioningCase.getProgramme().displayName());
    model.addAttribute("detailFields", fields.views());
    model.addAttribute("errors", errors);
    model.addAttribute("entered", entered);
    return "cases/details";
  }
}
