package org.commissioninghub.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commissioninghub.document.CaseDocument;
import org.commissioninghub.document.DocumentService.Attachment;
import org.commissioninghub.document.DocumentService.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the API and the pages share: where a document downloads from, an upload read as an attachment, a download served. */
final class DocumentLinks {

  private DocumentLinks() {}

  static String download(String reference, CaseDocument document) {
    return "/api/cases/" + reference + "/documents/" + document.getId();
  }

  static Attachment attachment(MultipartFile file, String title, String description, String item) {
    try {
      return new Attachment(title, description, item, file == null ? null : file.getOriginalFilename(),
          file == null || file.isEmpty() ? null : file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }

  /**
   * The file as an attachment, never shown in the browser, in the type its bytes were checked to be,
   * under its cleaned name (RFC 6266, with the UTF-8 form for names beyond ASCII).
   */
  static ResponseEntity<byte[]> served(Download download) {
    var document = download.document();
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(document.getContentType()));
    headers.setContentDisposition(ContentDisposition.attachment()
        .filename(document.getFileName(), StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-store");
    headers.setContentLength(download.content().length);
    return new ResponseEntity<>(download.content(), headers, HttpStatus.OK);
  }
}
