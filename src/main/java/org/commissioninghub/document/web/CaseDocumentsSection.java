package org.commissioninghub.document.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.casestore.web.CasePageSection;
import org.commissioninghub.document.CaseDocument;
import org.commissioninghub.document.CaseItem;
import org.commissioninghub.document.DocumentService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page's documents fragment ({@code cases/documents :: documents(caseRecord, documents)})
 * needs in its model: the rows, the items a document may belong to, and whether the viewer may attach.
 * The page includes it as {@code ~{cases/documents :: documents(${caseRecord}, ${documents})}}.
 */
@Component
public class CaseDocumentsSection implements CasePageSection {

  /** A document as the page shows it: dates in UK time, its size in words, its download link. */
  public record DocumentRow(long id, String title, String description, String itemLabel, String fileName,
      String size, String attachedBy, String attachedOn, boolean withdrawn, String withdrawal, String downloadHref) {}

  static final DateTimeFormatter ON = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final DocumentService documents;

  CaseDocumentsSection(DocumentService documents) {
    this.documents = documents;
  }

  /**
   * Adds {@code documents}, {@code documentItems}, {@code mayAttachDocuments} and
   * {@code documentMaxSize} to the model, for a viewer who reads the whole case.
   */
  @Override
  public void addTo(Model model, Viewer viewer, CommissioningCase commissioningCase) {
    var reference = commissioningCase.getReference();
    model.addAttribute("documents", documents.documentsOf(viewer, reference).stream()
        .map(document -> row(reference, document)).toList());
    var mayAttach = documents.mayAttach(viewer, commissioningCase);
    model.addAttribute("mayAttachDocuments", mayAttach);
    model.addAttribute("documentItems", mayAttach ? documents.itemsOf(commissioningCase) : List.<CaseItem>of());
    model.addAttribute("documentMaxSize", documents.maxSize().toMegabytes() + " MB");
  }

  static DocumentRow row(String reference, CaseDocument document) {
    return new DocumentRow(document.getId(), document.getTitle(), document.getDescription(),
        document.getItemLabel(), document.getFileName(), size(document.getSizeBytes()), document.getAttachedBy(),
        ON.format(document.getAttachedAt().atZone(WorkingDayCalendar.LONDON)), document.isWithdrawn(),
        document.isWithdrawn() ? "Withdrawn by " + document.getWithdrawnBy() + " on "
            + ON.format(document.getWithdrawnAt().atZone(WorkingDayCalendar.LONDON)) + ": "
            + document.getWithdrawalReason() : null,
        document.isWithdrawn() ? null : "/cases/" + reference + "/documents/" + document.getId());
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
