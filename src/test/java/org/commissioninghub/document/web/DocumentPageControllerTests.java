package org.commissioninghub.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.commissioninghub.document.DocumentService;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * The case page's document form: whatever happens, back to the case's documents, with a message
 * to read or the fields to put right. (The security chain for pages comes with the pages.)
 */
class DocumentPageControllerTests {

  final DocumentService documents = mock(DocumentService.class);
  final DocumentPageController controller = new DocumentPageController(documents);
  final UsernamePasswordAuthenticationToken manager = UsernamePasswordAuthenticationToken.authenticated(
      "commissioning-manager", null, List.of(new SimpleGrantedAuthority("commissioning-manager")));

  @Test
  void anAttachedDocumentLeadsBackToTheCasesDocumentsSayingWhatWasAttached() throws Exception {
    var document = mock(org.commissioninghub.document.CaseDocument.class);
    when(document.getTitle()).thenReturn("Business case");
    when(document.getFileName()).thenReturn("case.pdf");
    when(documents.attach(any(), eq("DEN-2026-0001"), any())).thenReturn(document);
    var redirect = new RedirectAttributesModelMap();

    var view = controller.attach("DEN-2026-0001", new MockMultipartFile("file", "case.pdf", "application/pdf",
        new byte[] {1}), "Business case", null, "lot:1", manager, redirect);

    assertThat(view).isEqualTo("redirect:/cases/DEN-2026-0001#documents");
    assertThat(redirect.getFlashAttributes().get("documentMessage")).isEqualTo("Attached Business case (case.pdf).");
  }

  @Test
  void aRefusedDocumentLeadsBackWithEveryBadField() {
    var problems = List.of(new FieldProblem("title", "is required: say what the document is"),
        new FieldProblem("file", "is required and must not be empty"));
    when(documents.attach(any(), eq("DEN-2026-0001"), any())).thenThrow(new InvalidInputException(problems));
    var redirect = new RedirectAttributesModelMap();

    var view = controller.attach("DEN-2026-0001", null, " ", null, null, manager, redirect);

    assertThat(view).isEqualTo("redirect:/cases/DEN-2026-0001#documents");
    assertThat(redirect.getFlashAttributes().get("documentErrors")).isEqualTo(problems);
    assertThat(redirect.getFlashAttributes()).doesNotContainKey("documentMessage");
  }
}
