package org.commissioninghub.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code hub.documents}: the largest file that may be attached, and the directory that keeps their
 * bytes (none: the database keeps them).
 */
@ConfigurationProperties("hub.documents")
record DocumentsProperties(DataSize maxSize, Path directory) {

  DocumentsProperties {
    if (maxSize == null) {
      maxSize = DataSize.ofMegabytes(20);
    }
    if (maxSize.toBytes() <= 0) {
      throw new IllegalArgumentException("hub.documents.max-size must be more than nothing");
    }
    if (directory != null && directory.toString().isBlank()) {
      directory = null;
    }
  }
}
