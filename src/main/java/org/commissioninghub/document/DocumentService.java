package org.commissioninghub.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import org.commissioninghub.casestore.CaseAccess;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Viewer;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.NotFoundException;
import org.commissioninghub.system.SingleLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to cases: who may attach, list, download and withdraw them, and what a file
 * must be to be attached. Those who read the whole case list and download its documents; those who
 * may change it attach and withdraw them. Every attachment and withdrawal is in the case's event log.
 */
@Service
@Transactional
public class DocumentService {

  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_FILE_NAME = 255;

  /** What someone attaches: the file as sent, and what they say about it. */
  public record Attachment(String title, String description, String item, String fileName, byte[] content) {}

  /** A document's entry and its bytes, for a download. */
  public record Download(CaseDocument document, byte[] content) {}

  private final CaseAccess access;
  private final CaseStore caseStore;
  private final CaseDocumentRepository documents;
  private final DocumentStore store;
  private final CaseItemCatalog items;
  private final DocumentsProperties properties;
  private final Clock clock;

  DocumentService(CaseAccess access, CaseStore caseStore, CaseDocumentRepository documents, DocumentStore store,
      CaseItemCatalog items, DocumentsProperties properties, Clock clock) {
    this.access = access;
    this.caseStore = caseStore;
    this.documents = documents;
    this.store = store;
    this.items = items;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Attaches a file to the case or one of its items. Every bad field is named at once and nothing
   * is kept; a file beyond the size limit is {@link DocumentTooLargeException}.
   */
  public CaseDocument attach(Viewer viewer, String reference, Attachment attachment) {
    var commissioningCase = access.change(viewer, reference).commissioningCase();
    var content = attachment.content() == null ? new byte[0] : attachment.content();
    if (content.length > properties.maxSize().toBytes()) {
      throw new DocumentTooLargeException(properties.maxSize());
    }
    var problems = new ArrayList<FieldProblem>();
    var title = trimmed(attachment.title());
    if (title == null) {
      problems.add(new FieldProblem("title", "is required: say what the document is"));
    } else if (title.length() > MAX_TITLE || !SingleLine.Validator.isSingleLine(title)) {
      problems.add(new FieldProblem("title", "must be one line of at most " + MAX_TITLE + " characters"));
    }
    var description = trimmed(attachment.description());
    if (description != null && description.length() > MAX_DESCRIPTION) {
      problems.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
    }
    CaseItem item = null;
    var itemReference = trimmed(attachment.item());
    if (itemReference != null) {
      item = items.find(commissioningCase, itemReference).orElse(null);
      if (item == null) {
        problems.add(new FieldProblem("item", "is not a lot, site or checklist item of " + reference));
      }
    }
    var fileName = safeFileName(attachment.fileName());
    String contentType = null;
    if (content.length == 0) {
      problems.add(new FieldProblem("file", "is required and must not be empty"));
    } else if (fileName == null) {
      problems.add(new FieldProblem("file", "must have a name ending in its kind, such as .pdf"));
    } else {
      var claimed = FileTypes.claimedBy(fileName);
      if (claimed.isEmpty()) {
        problems.add(new FieldProblem("file", "must be a " + FileTypes.ACCEPTED_KINDS + " file; "
            + fileName + " is not one of these"));
      } else if (!FileTypes.contentIs(claimed.get(), fileName, content)) {
        problems.add(new FieldProblem("file", "is named as a " + claimed.get().name() + " but its contents are "
            + FileTypes.describe(content) + ": attach the file itself, with its own name"));
      } else {
        contentType = claimed.get().mediaType();
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var document = documents.save(new CaseDocument(commissioningCase.getId(), item, title, description, fileName,
        contentType, content.length, sha256(content), viewer.userId(), Instant.now(clock)));
    store.put(document.getId(), content);
    var logged = new LinkedHashMap<String, Object>();
    logged.put("documentId", document.getId());
    logged.put("title", title);
    logged.put("fileName", fileName);
    logged.put("contentType", contentType);
    logged.put("sizeBytes", content.length);
    logged.put("sha256", document.getSha256());
    logged.put("item", item == null ? null : item.reference());
    caseStore.note(reference, viewer.userId(), "DOCUMENT_ATTACHED", "Document attached: " + title
        + (item == null ? "" : " (" + item.label() + ")"), logged);
    return document;
  }

  /** The case's documents, oldest first, withdrawn ones included; for those who read the whole case. */
  @Transactional(readOnly = true)
  public List<CaseDocument> documentsOf(Viewer viewer, String reference) {
    return documents.findByCaseIdOrderByAttachedAtAscIdAsc(
        access.readWhole(viewer, reference).commissioningCase().getId());
  }

  /** The items of the case a document may be attached to, for a form's choice. */
  @Transactional(readOnly = true)
  public List<CaseItem> itemsOf(CommissioningCase commissioningCase) {
    return items.itemsOf(commissioningCase);
  }

  /** Whether the viewer may attach documents to (and withdraw them from) the case. */
  @Transactional(readOnly = true)
  public boolean mayAttach(Viewer viewer, CommissioningCase commissioningCase) {
    return access.levelOf(viewer, commissioningCase).canChange();
  }

  /** A document and its bytes; a withdrawn one is no longer served. */
  @Transactional(readOnly = true)
  public Download download(Viewer viewer, String reference, long documentId) {
    var document = documentOf(access.readWhole(viewer, reference).commissioningCase(), reference, documentId);
    if (document.isWithdrawn()) {
      throw new NotFoundException("Document " + documentId + " of " + reference + " was withdrawn");
    }
    return new Download(document, store.get(documentId));
  }

  /** Withdraws a document: it stays in the list and the log with who withdrew it and why, but is no longer served. */
  public CaseDocument withdraw(Viewer viewer, String reference, long documentId, String reason) {
    var commissioningCase = access.change(viewer, reference).commissioningCase();
    var document = documentOf(commissioningCase, reference, documentId);
    var why = trimmed(reason);
    if (why == null || why.length() > MAX_DESCRIPTION) {
      throw new InvalidInputException(List.of(new FieldProblem("reason",
          "is required, at most " + MAX_DESCRIPTION + " characters: say why the document is withdrawn")));
    }
    if (document.isWithdrawn()) {
      return document;
    }
    document.withdraw(viewer.userId(), Instant.now(clock), why);
    var logged = new LinkedHashMap<String, Object>();
    logged.put("documentId", documentId);
    logged.put("title", document.getTitle());
    logged.put("reason", why);
    caseStore.note(reference, viewer.userId(), "DOCUMENT_WITHDRAWN", "Document withdrawn: " + document.getTitle(),
        logged);
    return document;
  }

  /** The largest file that may be attached. */
  public DataSize maxSize() {
    return properties.maxSize();
  }

  private CaseDocument documentOf(CommissioningCase commissioningCase, String reference, long documentId) {
    return documents.findByIdAndCaseId(documentId, commissioningCase.getId())
        .orElseThrow(() -> new NotFoundException("Case " + reference + " has no document " + documentId));
  }

  /**
   * The name's last path segment, without control characters or quotes, at most 255 characters
   * (the extension kept); null if nothing is left.
   */
  static String safeFileName(String name) {
    if (name == null) {
      return null;
    }
    var lastSegment = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    var cleaned = lastSegment.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"' && c != '\u2028' && c != '\u2029')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isEmpty()) {
      return null;
    }
    if (cleaned.length() > MAX_FILE_NAME) {
      var dot = cleaned.lastIndexOf('.');
      var extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
      cleaned = cleaned.substring(0, MAX_FILE_NAME - extension.length()) + extension;
    }
    return cleaned;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
