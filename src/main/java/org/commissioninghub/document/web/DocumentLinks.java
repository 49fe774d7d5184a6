package org.commissioninghub.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.commissioninghub.document.CaseDocument;
import org.commissioninghub.document.DocumentService.Attachment;
import org.commissioninghub.document.DocumentService.Download;
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
   * {@code attachment} with the name as it is, and, for a name beyond ASCII, an ASCII stand-in in
   * {@code filename} and the name itself in {@code filename*} (RFC 6266, RFC 5987). The name was
   * cleaned of quotes, backslashes and control characters when it was attached.
   */
  static String contentDisposition(String fileName) {
    var ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    if (ascii) {
      return "attachment; filename=\"" + fileName + "\"";
    }
    var standIn = fileName.codePoints().mapToObj(c -> c >= 0x20 && c < 0x7f ? Character.toString(c) : "_")
        .collect(Collectors.joining());
    var encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + standIn + "\"; filename*=UTF-8''" + encoded;
  }

  /**
   * The file as an attachment, never shown in the browser, in the type its bytes were checked to be,
   * under its cleaned name (RFC 6266, with the UTF-8 form for names beyond ASCII).
   */
  static ResponseEntity<byte[]> served(Download download) {
    var document = download.document();
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(document.getContentType()));
    headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.getFileName()));
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-store");
    headers.setContentLength(download.content().length);
    return new ResponseEntity<>(download.content(), headers, HttpStatus.OK);
  }
}
