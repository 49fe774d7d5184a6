package org.commissioninghub.document.web;

import java.time.Instant;
import java.util.List;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.document.CaseDocument;
import org.commissioninghub.document.DocumentService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/cases/{reference}/documents}: list, attach (multipart), download and withdraw a case's documents. */
@RestController
@RequestMapping("/api/cases/{reference}/documents")
class DocumentController {

  record DocumentView(long id, String title, String description, String item, String itemLabel, String fileName,
      String contentType, long sizeBytes, String sha256, String attachedBy, Instant attachedAt, boolean withdrawn,
      String withdrawnBy, Instant withdrawnAt, String withdrawalReason, String download) {

    static DocumentView of(String reference, CaseDocument document) {
      return new DocumentView(document.getId(), document.getTitle(), document.getDescription(),
          document.getItemKind() == null ? null : document.getItemKind() + ":" + document.getItemKey(),
          document.getItemLabel(), document.getFileName(), document.getContentType(), document.getSizeBytes(),
          document.getSha256(), document.getAttachedBy(), document.getAttachedAt(), document.isWithdrawn(),
          document.getWithdrawnBy(), document.getWithdrawnAt(), document.getWithdrawalReason(),
          document.isWithdrawn() ? null : DocumentLinks.download(reference, document));
    }
  }

  record Withdrawal(String reason) {}

  private final DocumentService documents;

  DocumentController(DocumentService documents) {
    this.documents = documents;
  }

  @GetMapping
  List<DocumentView> list(@PathVariable String reference, Authentication authentication) {
    return documents.documentsOf(Viewer.of(authentication), reference).stream()
        .map(document -> DocumentView.of(reference, document)).toList();
  }

  /** Attaches a file (part {@code file}) with its {@code title}, {@code description} and {@code item} (such as {@code lot:2}). */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  DocumentView attach(@PathVariable String reference, @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String title, @RequestParam(required = false) String description,
      @RequestParam(required = false) String item, Authentication authentication) {
    return DocumentView.of(reference, documents.attach(Viewer.of(authentication), reference,
        DocumentLinks.attachment(file, title, description, item)));
  }

  @GetMapping("/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long documentId,
      Authentication authentication) {
    return DocumentLinks.served(documents.download(Viewer.of(authentication), reference, documentId));
  }

  /** Withdraws a document: it stays listed, with who withdrew it and why, and is no longer served. */
  @PostMapping("/{documentId}/withdrawal")
  DocumentView withdraw(@PathVariable String reference, @PathVariable long documentId,
      @RequestBody(required = false) Withdrawal withdrawal, Authentication authentication) {
    return DocumentView.of(reference, documents.withdraw(Viewer.of(authentication), reference, documentId,
        withdrawal == null ? null : withdrawal.reason()));
  }
}
