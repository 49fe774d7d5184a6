package org.commissioninghub.document.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.commissioninghub.document.DocumentService;
import org.commissioninghub.document.DocumentTooLargeException;
import org.commissioninghub.system.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file beyond the size limit, refused while the upload is read (Spring's multipart limits,
 * {@code DocumentsConfiguration}) or by the service: 413 with a problem naming the file for the API,
 * back to the case's documents with the message for the case page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentTooLargeHandler {

  private static final Pattern CASE_PAGE = Pattern.compile("^/cases/([^/]+)/documents(/.*)?$");

  private final DocumentService documents;

  DocumentTooLargeHandler(DocumentService documents) {
    this.documents = documents;
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class, DocumentTooLargeException.class})
  ResponseEntity<?> tooLarge(HttpServletRequest request, HttpServletResponse response) {
    var refusal = new DocumentTooLargeException(documents.maxSize());
    var page = CASE_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (page.matches()) {
      var location = "/cases/" + page.group(1);
      var flash = RequestContextUtils.getOutputFlashMap(request);
      flash.put(DocumentPageController.ERRORS, List.of(new FieldProblem("file", refusal.getMessage())));
      flash.setTargetRequestPath(location);
      RequestContextUtils.saveOutputFlashMap(location, request, response);
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location + "#documents")).build();
    }
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, refusal.getMessage());
    problem.setTitle("File too large");
    problem.setProperty("errors", List.of(new FieldProblem("file", "is larger than the "
        + refusal.readableLimit() + " a document may be")));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }
}
