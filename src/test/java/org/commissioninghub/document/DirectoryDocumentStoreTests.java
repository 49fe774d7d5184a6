package org.commissioninghub.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents kept as files in a configured directory, as hub.documents.directory chooses. */
class DirectoryDocumentStoreTests {

  @TempDir
  Path directory;

  @Test
  void aDocumentIsKeptWholeUnderItsIdAndReadBack() throws Exception {
    var store = new DirectoryDocumentStore(directory.resolve("documents"));

    store.put(42, SampleFiles.pdf());

    assertThat(store.get(42)).isEqualTo(SampleFiles.pdf());
    try (var files = Files.list(directory.resolve("documents"))) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly("42.bin");
    }
  }

  @Test
  void configurationChoosesTheDirectoryOnlyWhenOneIsNamed() {
    var configuration = new DocumentsConfiguration();

    assertThat(configuration.documentStore(new DocumentsProperties(null, null), null))
        .isInstanceOf(DatabaseDocumentStore.class);
    assertThat(configuration.documentStore(new DocumentsProperties(null, Path.of(" ")), null))
        .isInstanceOf(DatabaseDocumentStore.class);
    assertThat(configuration.documentStore(new DocumentsProperties(null, directory), null))
        .isInstanceOf(DirectoryDocumentStore.class);
  }
}
