package org.commissioninghub.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of file that may be attached, and which kind a file is, judged from its bytes (Apache
 * Tika's magic numbers) with its name's extension as a claim to check, never as the answer. Word,
 * Excel and PowerPoint files are zip containers alike to Tika's core: their parts' folders
 * ({@code word/}, {@code xl/}, {@code ppt/}) tell them apart.
 */
final class FileTypes {

  /** A kind of file the hub accepts: its media type, what people call it, and, for Office Open XML, its part folder. */
  record Accepted(String mediaType, String name, String ooxmlFolder) {}

  static final String ACCEPTED_KINDS =
      "PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG";

  private static final Map<String, Accepted> BY_EXTENSION = Map.ofEntries(
      Map.entry("pdf", new Accepted("application/pdf", "PDF", null)),
      Map.entry("doc", new Accepted("application/msword", "Word document", null)),
      Map.entry("docx", new Accepted("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "Word document", "word/")),
      Map.entry("xls", new Accepted("application/vnd.ms-excel", "Excel workbook", null)),
      Map.entry("xlsx", new Accepted("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Excel workbook", "xl/")),
      Map.entry("ppt", new Accepted("application/vnd.ms-powerpoint", "PowerPoint presentation", null)),
      Map.entry("pptx", new Accepted("application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "PowerPoint presentation", "ppt/")),
      Map.entry("odt", new Accepted("application/vnd.oasis.opendocument.text", "OpenDocument text", null)),
      Map.entry("ods", new Accepted("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet",
          null)),
      Map.entry("odp", new Accepted("application/vnd.oasis.opendocument.presentation",
          "OpenDocument presentation", null)),
      Map.entry("csv", new Accepted("text/csv", "CSV file", null)),
      Map.entry("txt", new Accepted("text/plain", "text file", null)),
      Map.entry("png", new Accepted("image/png", "PNG image", null)),
      Map.entry("jpg", new Accepted("image/jpeg", "JPEG image", null)),
      Map.entry("jpeg", new Accepted("image/jpeg", "JPEG image", null)));

  private static final Tika TIKA = new Tika();

  private FileTypes() {}

  /** The accepted kind a file name claims, from its extension; empty if it names no accepted kind. */
  static Optional<Accepted> claimedBy(String fileName) {
    var dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** Whether the bytes are what the name claims. */
  static boolean contentIs(Accepted claimed, String fileName, byte[] content) {
    var metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    if (!claimed.mediaType().equals(detect(content, metadata))) {
      return false;
    }
    return claimed.ooxmlFolder() == null || contains(content, claimed.ooxmlFolder());
  }

  /** What the bytes alone look like, in words, for a message. */
  static String describe(byte[] content) {
    var type = detect(content, new Metadata());
    var accepted = BY_EXTENSION.values().stream().filter(kind -> kind.mediaType().equals(type)).findFirst();
    if (accepted.isPresent()) {
      return "a " + accepted.get().name();
    }
    try {
      var description = MimeTypes.getDefaultMimeTypes().forName(type).getDescription();
      return description == null || description.isBlank() || "application/octet-stream".equals(type)
          ? "not a kind of file the hub recognises" : "a " + description;
    } catch (MimeTypeException e) {
      return "not a kind of file the hub recognises";
    }
  }

  private static String detect(byte[] content, Metadata metadata) {
    try {
      return TIKA.detect(new ByteArrayInputStream(content), metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] content, String text) {
    var sought = text.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= content.length - sought.length; i++) {
      for (int j = 0; j < sought.length; j++) {
        if (content[i + j] != sought[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
