package org.commissioninghub.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Documents' bytes as files in a directory (a mounted volume shared by every node), one per document
 * named by its id. A file is written whole under a temporary name and then moved into place, so a
 * reader never sees half of one. An attachment whose transaction then rolls back leaves its file
 * behind, unlisted and never served.
 */
class DirectoryDocumentStore implements DocumentStore {

  private final Path directory;

  DirectoryDocumentStore(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the documents directory " + directory, e);
    }
  }

  @Override
  public void put(long documentId, byte[] content) {
    try {
      var partial = Files.createTempFile(directory, documentId + "-", ".part");
      Files.write(partial, content);
      Files.move(partial, fileOf(documentId), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write document " + documentId + " to " + directory, e);
    }
  }

  @Override
  public byte[] get(long documentId) {
    try {
      return Files.readAllBytes(fileOf(documentId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + documentId + " from " + directory, e);
    }
  }

  private Path fileOf(long documentId) {
    return directory.resolve(documentId + ".bin");
  }
}
