package org.commissioninghub.document.web;

import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.HubPage;
import org.commissioninghub.document.DocumentService;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's documents (fragment {@code cases/documents}): an HTML form attaches or withdraws
 * one and comes back to the case's documents with what happened, as a flash message or the bad
 * fields; a link downloads one.
 */
@Controller
@HubPage
@RequestMapping("/cases/{reference}/documents")
class DocumentPageController {

  /** Flash attributes the case page shows in its documents section. */
  static final String MESSAGE = "documentMessage";
  static final String ERRORS = "documentErrors";

  private final DocumentService documents;

  DocumentPageController(DocumentService documents) {
    this.documents = documents;
  }

  @PostMapping
  String attach(@PathVariable String reference, @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String title, @RequestParam(required = false) String description,
      @RequestParam(required = false) String item, Authentication authentication, RedirectAttributes redirect) {
    try {
      var attached = documents.attach(Viewer.of(authentication), reference,
          DocumentLinks.attachment(file, title, description, item));
      redirect.addFlashAttribute(MESSAGE, "Attached " + attached.getTitle() + " (" + attached.getFileName() + ").");
    } catch (InvalidInputException refused) {
      redirect.addFlashAttribute(ERRORS, refused.getProblems());
    }
    return backToDocuments(reference);
  }

  @GetMapping("/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long documentId,
      Authentication authentication) {
    return DocumentLinks.served(documents.download(Viewer.of(authentication), reference, documentId));
  }

  @PostMapping("/{documentId}/withdrawal")
  String withdraw(@PathVariable String reference, @PathVariable long documentId,
      @RequestParam(required = false) String reason, Authentication authentication, RedirectAttributes redirect) {
    try {
      var withdrawn = documents.withdraw(Viewer.of(authentication), reference, documentId, reason);
      redirect.addFlashAttribute(MESSAGE, "Withdrew " + withdrawn.getTitle() + ".");
    } catch (InvalidInputException refused) {
      redirect.addFlashAttribute(ERRORS, refused.getProblems());
    }
    return backToDocuments(reference);
  }

  static String backToDocuments(String reference) {
    return "redirect:/cases/" + reference + "#documents";
  }
}
