package org.commissioninghub.procurement.web;

import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.HubPage;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the case page whether the signed-in person receives representations, so it offers the link
 * to {@link RepresentationPageController} only to them (the case store knows no procurement).
 */
@ControllerAdvice(annotations = HubPage.class)
class RepresentationPageLink {

  @ModelAttribute("mayEnterRepresentations")
  boolean mayEnterRepresentations(Authentication authentication) {
    return authentication != null
        && LotController.REPRESENTATION_ROLES.stream().anyMatch(Viewer.of(authentication)::holds);
  }
}
