package org.commissioninghub.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commissioninghub.document.CaseItem;
import org.commissioninghub.document.web.CaseDocumentsSection.DocumentRow;
import org.commissioninghub.system.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The case page's documents fragment as a page including it renders it: rows with download links,
 * the upload form and withdrawals only for those who may attach, every field labelled, and the
 * bad fields a refused upload came back with.
 */
class DocumentsFragmentTests {

  record CaseStandIn(String reference) {
    public String getReference() {
      return reference;
    }
  }

  static final DocumentRow ATTACHED = new DocumentRow(7, "Business case", "Approved version", "Lot 1: North Devon",
      "case.pdf", "120 KB", "commissioning-manager", "4 January 2027 at 10:15", false, null,
      "/cases/DEN-2026-0001/documents/7");
  static final DocumentRow WITHDRAWN = new DocumentRow(8, "Draft specification", null, null, "spec.docx", "14 KB",
      "commissioning-manager", "5 January 2027 at 09:00", true,
      "Withdrawn by commissioning-manager on 6 January 2027 at 11:00: Superseded", null);

  String render(boolean mayAttach, List<DocumentRow> rows, List<FieldProblem> errors) {
    var engine = new SpringTemplateEngine();
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    engine.setTemplateResolver(resolver);
    var servletContext = new MockServletContext();
    var exchange = JakartaServletWebApplication.buildApplication(servletContext)
        .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
    Map<String, Object> model = new HashMap<>();
    model.put("caseRecord", new CaseStandIn("DEN-2026-0001"));
    model.put("documents", rows);
    model.put("mayAttachDocuments", mayAttach);
    model.put("documentItems", List.of(new CaseItem(CaseItem.Kind.LOT, "1", "Lot 1: North Devon"),
        new CaseItem(CaseItem.Kind.CHECKLIST_ITEM, "A1", "Checklist item A1: Is there a plan?")));
    model.put("documentMaxSize", "20 MB");
    model.put("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123"));
    if (errors != null) {
      model.put("documentErrors", errors);
    }
    return engine.process("test/documents-section", new WebContext(exchange, java.util.Locale.UK, model));
  }

  @Test
  void someoneWhoMayAttachSeesTheRowsTheUploadFormAndAWithdrawalForEachDocumentStillServed() {
    var html = render(true, List.of(ATTACHED, WITHDRAWN), null);

    assertThat(html).contains("id=\"documents\"", "class=\"nhsuk-table\"",
        "href=\"/cases/DEN-2026-0001/documents/7\"", "Lot 1: North Devon", "The whole case",
        "Withdrawn by commissioning-manager on 6 January 2027 at 11:00: Superseded");
    assertThat(html).doesNotContain("/cases/DEN-2026-0001/documents/8\"");
    assertThat(html).contains("action=\"/cases/DEN-2026-0001/documents\"", "enctype=\"multipart/form-data\"",
        "name=\"_csrf\" value=\"token-123\"", "value=\"lot:1\"", "value=\"checklist-item:A1\"",
        "up to 20 MB", "action=\"/cases/DEN-2026-0001/documents/7/withdrawal\"");
    assertThat(html).doesNotContain("/documents/8/withdrawal");
    everyFieldHasALabel(html);
  }

  @Test
  void someoneWhoMayOnlyReadSeesTheRowsButNoFormToAttachOrWithdraw() {
    var html = render(false, List.of(ATTACHED), null);

    assertThat(html).contains("href=\"/cases/DEN-2026-0001/documents/7\"");
    assertThat(html).doesNotContain("<form", "_csrf", "Withdraw");
  }

  @Test
  void aCaseWithoutDocumentsSaysSo() {
    assertThat(render(false, List.of(), null)).contains("No documents are attached to this case yet.")
        .doesNotContain("nhsuk-table\"");
  }

  @Test
  void aRefusedUploadComesBackWithEachBadFieldInTheSummaryAndBesideItsField() {
    var html = render(true, List.of(), List.of(new FieldProblem("title", "is required: say what the document is"),
        new FieldProblem("file", "is named as a PDF but its contents are a PNG image")));

    assertThat(html).contains("nhsuk-error-summary", "href=\"#document-title\"", "href=\"#document-file\"",
        "Title is required: say what the document is", "The file is named as a PDF but its contents are a PNG image");
  }

  static void everyFieldHasALabel(String html) {
    var ids = Pattern.compile("<(?:input|select|textarea)[^>]*?\\sid=\"([^\"]+)\"").matcher(html).results()
        .map(match -> match.group(1)).toList();
    assertThat(ids).contains("document-file", "document-title", "document-description", "document-item",
        "document-withdraw-reason-7");
    ids.forEach(id -> assertThat(html).as("a label for " + id).contains("for=\"" + id + "\""));
  }
}
