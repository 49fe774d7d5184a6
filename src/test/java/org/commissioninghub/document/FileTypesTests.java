package org.commissioninghub.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which files may be attached: judged from their bytes, with the name's extension a claim to check. */
class FileTypesTests {

  static boolean accepted(String fileName, byte[] content) {
    var claimed = FileTypes.claimedBy(fileName);
    return claimed.isPresent() && FileTypes.contentIs(claimed.get(), fileName, content);
  }

  @Test
  void filesOfEachAcceptedKindAreAcceptedUnderTheirOwnNames() {
    assertThat(accepted("Business case.pdf", SampleFiles.pdf())).isTrue();
    assertThat(accepted("Evaluation report.docx", SampleFiles.docx())).isTrue();
    assertThat(accepted("Activity.XLSX", SampleFiles.xlsx())).isTrue();
    assertThat(accepted("practices.csv", SampleFiles.csv())).isTrue();
    assertThat(accepted("notes.txt", SampleFiles.csv())).isTrue();
    assertThat(accepted("premises.png", SampleFiles.png())).isTrue();
    assertThat(accepted("premises.jpg", SampleFiles.jpeg())).isTrue();
    assertThat(accepted("premises.jpeg", SampleFiles.jpeg())).isTrue();
  }

  @Test
  void aFileWhoseBytesAreAnotherKindThanItsNameSaysIsRefused() {
    assertThat(accepted("premises.pdf", SampleFiles.png())).isFalse();
    assertThat(accepted("report.pdf", SampleFiles.exe())).isFalse();
    assertThat(accepted("report.docx", SampleFiles.pdf())).isFalse();
    assertThat(accepted("notes.txt", SampleFiles.html())).isFalse();
    assertThat(accepted("premises.png", SampleFiles.jpeg())).isFalse();
  }

  @Test
  void officeFilesAreToldApartByTheirPartsNotOnlyByTheirZipContainer() {
    assertThat(accepted("Activity.xlsx", SampleFiles.docx())).isFalse();
    assertThat(accepted("Report.docx", SampleFiles.xlsx())).isFalse();
  }

  @Test
  void kindsOutsideTheListAreNotClaimedByAnyName() {
    assertThat(FileTypes.claimedBy("setup.exe")).isEmpty();
    assertThat(FileTypes.claimedBy("page.html")).isEmpty();
    assertThat(FileTypes.claimedBy("archive.zip")).isEmpty();
    assertThat(FileTypes.claimedBy("no-extension")).isEmpty();
    assertThat(FileTypes.claimedBy("report.pdf")).isPresent();
  }

  @Test
  void theBytesAreDescribedInWordsForTheRefusal() {
    assertThat(FileTypes.describe(SampleFiles.png())).isEqualTo("a PNG image");
    assertThat(FileTypes.describe(SampleFiles.exe())).doesNotContain("/").isNotBlank();
    assertThat(FileTypes.describe(new byte[] {0, 1, 2, 3, 4, 5})).isEqualTo("not a kind of file the hub recognises");
  }

  @Test
  void aFileNameIsCleanedOfFoldersControlCharactersAndQuotes() {
    assertThat(DocumentService.safeFileName("C:\\Users\\sam\\Business case.pdf")).isEqualTo("Business case.pdf");
    assertThat(DocumentService.safeFileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    assertThat(DocumentService.safeFileName("re\"port\r\n.pdf")).isEqualTo("report.pdf");
    assertThat(DocumentService.safeFileName("..pdf")).isEqualTo("pdf");
    assertThat(DocumentService.safeFileName(" / ")).isNull();
    assertThat(DocumentService.safeFileName("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
  }
}
