package org.commissioninghub.procurement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.HubPage;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.system.ForbiddenException;
import org.commissioninghub.system.UnprocessableException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cases/{reference}/representation}: a provider's representation during a lot's standstill,
 * entered from the case's pages by the procurement lead or commissioning manager who received it,
 * with the same rules as {@code POST /api/cases/{ref}/lots/{n}/representations}.
 */
@Controller
@HubPage
class RepresentationPageController {

  static final int MOST_CHARACTERS = 4000;

  private final ProcurementService procurement;
  private final CaseAccess access;

  RepresentationPageController(ProcurementService procurement, CaseAccess access) {
    this.procurement = procurement;
    this.access = access;
  }

  /** One lot to choose from. Public for the template. */
  public record LotChoice(int number, String name) {}

  @GetMapping("/cases/{reference}/representation")
  String form(@PathVariable String reference, Authentication authentication, Model model) {
    allowed(reference, authentication);
    return page(reference, model, new LinkedHashMap<>(), "", "");
  }

  @PostMapping("/cases/{reference}/representation")
  String enter(@PathVariable String reference, @RequestParam(required = false) String lot,
      @RequestParam(required = false) String summary, Authentication authentication, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    allowed(reference, authentication);
    var errors = new LinkedHashMap<String, String>();
    Integer lotNumber = null;
    try {
      lotNumber = lot == null || lot.isBlank() ? null : Integer.valueOf(lot.strip());
    } catch (NumberFormatException notANumber) {
      // named below
    }
    var lotNumbers = lotsOf(reference).stream().map(LotChoice::number).toList();
    if (lotNumber == null || !lotNumbers.contains(lotNumber)) {
      errors.put("representation-lot", "Choose the lot the representation is about");
    }
    if (summary == null || summary.isBlank()) {
      errors.put("representation-summary", "Enter what the provider says");
    } else if (summary.length() > MOST_CHARACTERS) {
      errors.put("representation-summary", "What the provider says must be " + MOST_CHARACTERS + " characters or fewer");
    }
    if (errors.isEmpty()) {
      try {
        procurement.receiveRepresentation(reference, lotNumber, summary.strip(), authentication.getName());
        redirect.addFlashAttribute("done", "Representation entered for lot " + lotNumber
            + ": the award waits for its review");
        return "redirect:/cases/" + reference + "#events";
      } catch (UnprocessableException notInStandstill) {
        errors.put("representation-lot", notInStandstill.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(reference, model, errors, lot == null ? "" : lot, summary == null ? "" : summary);
  }

  private void allowed(String reference, Authentication authentication) {
    var viewer = Viewer.of(authentication);
    access.change(viewer, reference);
    if (LotController.REPRESENTATION_ROLES.stream().noneMatch(viewer::holds)) {
      throw new ForbiddenException("Representations are entered by the procurement lead or the commissioning manager.");
    }
  }

  private String page(String reference, Model model, LinkedHashMap<String, String> errors, String lot,
      String summary) {
    model.addAttribute("reference", reference);
    model.addAttribute("lots", lotsOf(reference));
    model.addAttribute("problems", errors);
    model.addAttribute("chosenLot", lot);
    model.addAttribute("summary", summary);
    return "cases/representation";
  }

  private List<LotChoice> lotsOf(String reference) {
    return procurement.lotsOf(reference).stream().map(lot -> new LotChoice(lot.getLotNumber(), lot.getName())).toList();
  }
}
