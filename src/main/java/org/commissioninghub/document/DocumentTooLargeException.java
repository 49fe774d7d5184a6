package org.commissioninghub.document;

import org.springframework.util.unit.DataSize;

/** A file beyond {@code hub.documents.max-size}: answered with 413, and nothing is kept. */
public class DocumentTooLargeException extends RuntimeException {

  private final DataSize limit;

  public DocumentTooLargeException(DataSize limit) {
    super("The file is larger than the " + readable(limit) + " a document may be.");
    this.limit = limit;
  }

  public DataSize getLimit() {
    return limit;
  }

  /** The limit as people read it, such as "20 MB". */
  public String readableLimit() {
    return readable(limit);
  }

  static String readable(DataSize size) {
    var bytes = size.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }
}
