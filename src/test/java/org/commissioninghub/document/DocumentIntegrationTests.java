package org.commissioninghub.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents on a real case through the real HTTP stack: attached as a browser or client sends a
 * multipart form, listed, downloaded, withdrawn, and refused for every reason there is, with nothing
 * kept when refused.
 */
@IntegrationTest
class DocumentIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  /** A lead: sees every case, changes none. */
  static final String LEAD = "programme-lead";
  /** Staff who work another programme: a dental case they are not named on does not exist for them. */
  static final String OUTSIDER = "health-and-justice-commissioner";

  record Upload(int status, JsonNode body) {

    List<String> problemFields() {
      var fields = new ArrayList<String>();
      body.path("errors").forEach(error -> fields.add(error.get("field").asText()));
      return fields;
    }
  }

  record Downloaded(int status, byte[] body, HttpResponse<byte[]> response) {

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  @Autowired
  HubClient hub;

  @Autowired
  ProcurementService procurement;

  @Autowired
  ObjectMapper objectMapper;

  @Autowired
  DocumentService documents;

  final HttpClient http = HttpClient.newHttpClient();
  String reference;

  @BeforeEach
  void openACaseWithALot() {
    var response = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Documents " + System.nanoTime(), "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    reference = response.body().get("reference").asText();
    procurement.createLots(reference, List.of(LotPlan.named("North Devon")), MANAGER);
  }

  @Test
  void aDocumentAttachedToALotIsListedDownloadedAsAnAttachmentAndLogged() {
    var attached = upload(MANAGER, Map.of("title", "Business case", "description", "Approved version",
        "item", "lot:1"), "Business case.pdf", SampleFiles.pdf());

    assertThat(attached.status()).as(attached.body().toString()).isEqualTo(201);
    assertThat(attached.body().get("item").asText()).isEqualTo("lot:1");
    assertThat(attached.body().get("itemLabel").asText()).isEqualTo("Lot 1: North Devon");
    assertThat(attached.body().get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(attached.body().get("attachedBy").asText()).isEqualTo(MANAGER);
    assertThat(attached.body().get("sizeBytes").asInt()).isEqualTo(SampleFiles.pdf().length);
    var listed = hub.get(LEAD, "/api/cases/" + reference + "/documents");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).hasSize(1);
    assertThat(listed.body().get(0).get("title").asText()).isEqualTo("Business case");
    assertThat(listed.body().get(0).get("description").asText()).isEqualTo("Approved version");

    var downloaded = download(LEAD, attached.body().get("download").asText());
    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(SampleFiles.pdf());
    assertThat(downloaded.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(downloaded.header("Content-Disposition")).isEqualTo("attachment; filename=\"Business case.pdf\"");
    assertThat(downloaded.header("X-Content-Type-Options")).isEqualTo("nosniff");

    var events = hub.get(MANAGER, "/api/cases/" + reference).body().get("events");
    var attachedEvents = new ArrayList<JsonNode>();
    events.forEach(event -> {
      if (event.get("type").asText().equals("DOCUMENT_ATTACHED")) {
        attachedEvents.add(event);
      }
    });
    assertThat(attachedEvents).hasSize(1);
    assertThat(attachedEvents.get(0).get("summary").asText())
        .isEqualTo("Document attached: Business case (Lot 1: North Devon)");
    assertThat(attachedEvents.get(0).get("actor").asText()).isEqualTo(MANAGER);
  }

  @Test
  void aFileNameFromAnotherSystemIsCleanedAndServedUnderItsUtf8Name() {
    var attached = upload(MANAGER, Map.of("title", "Site photo"), "../../Café front.png", SampleFiles.png());

    assertThat(attached.status()).as(attached.body().toString()).isEqualTo(201);
    assertThat(attached.body().get("fileName").asText()).isEqualTo("Café front.png");
    var downloaded = download(MANAGER, attached.body().get("download").asText());
    assertThat(downloaded.header("Content-Type")).isEqualTo("image/png");
    assertThat(downloaded.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"Caf_ front.png\"; filename*=UTF-8''Caf%C3%A9%20front.png");
  }

  @Test
  void someoneWhoMayNotSeeTheCaseFindsNeitherItNorItsDocuments() {
    var attached = upload(MANAGER, Map.of("title", "Business case"), "case.pdf", SampleFiles.pdf());

    assertThat(hub.get(OUTSIDER, "/api/cases/" + reference + "/documents").status()).isEqualTo(404);
    assertThat(download(OUTSIDER, attached.body().get("download").asText()).status()).isEqualTo(404);
    assertThat(upload(OUTSIDER, Map.of("title", "Mine"), "mine.pdf", SampleFiles.pdf()).status()).isEqualTo(404);
    assertThat(hub.get(null, "/api/cases/" + reference + "/documents").status()).isEqualTo(401);
    assertThat(hub.get(MANAGER, "/api/cases/" + reference + "/documents").body()).hasSize(1);
  }

  @Test
  void someoneWhoMaySeeButNotChangeTheCaseIsRefusedAttachingAndWithdrawing() {
    var refused = upload(LEAD, Map.of("title", "Lead's note"), "note.pdf", SampleFiles.pdf());
    var attached = upload(MANAGER, Map.of("title", "Business case"), "case.pdf", SampleFiles.pdf());
    var withdrawal = hub.post(LEAD, "/api/cases/" + reference + "/documents/" + attached.body().get("id").asLong()
        + "/withdrawal", Map.of("reason", "Wrong version"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(withdrawal.status()).isEqualTo(403);
    var listed = hub.get(LEAD, "/api/cases/" + reference + "/documents").body();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("withdrawn").asBoolean()).isFalse();
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWith413AndNothingIsKept() {
    var tooLarge = new byte[(int) documents.maxSize().toBytes() + 1];
    System.arraycopy(SampleFiles.pdf(), 0, tooLarge, 0, SampleFiles.pdf().length);

    var refused = upload(MANAGER, Map.of("title", "Scanned tender pack"), "pack.pdf", tooLarge);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.body().get("title").asText()).isEqualTo("File too large");
    assertThat(refused.body().get("detail").asText()).isEqualTo("The file is larger than the 20 MB a document may be.");
    assertThat(refused.problemFields()).containsExactly("file");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference + "/documents").body()).isEmpty();
  }

  @Test
  void aFileFarLargerThanTheLimitIsStillAnswered413RatherThanCutOff() {
    var farTooLarge = new byte[(int) documents.maxSize().toBytes() * 2];

    var refused = upload(MANAGER, Map.of("title", "Whole tender archive"), "archive.pdf", farTooLarge);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.problemFields()).containsExactly("file");
  }

  @Test
  void everyBadFieldIsNamedAtOnceAndNothingIsKept() {
    var refused = upload(MANAGER, Map.of("title", " ", "description", "x".repeat(2001), "item", "lot:9"),
        "report.pdf", SampleFiles.exe());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemFields()).containsExactlyInAnyOrder("title", "description", "item", "file");
    assertThat(refused.body().toString()).contains("is named as a PDF but its contents are");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference + "/documents").body()).isEmpty();
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("events").toString())
        .doesNotContain("DOCUMENT_ATTACHED");
  }

  @Test
  void aKindOfFileOutsideTheListOrAMissingFileIsRefusedInPlainWords() {
    var program = upload(MANAGER, Map.of("title", "Installer"), "setup.exe", SampleFiles.exe());
    var renamed = upload(MANAGER, Map.of("title", "Activity"), "activity.xlsx", SampleFiles.docx());
    var missing = upload(MANAGER, Map.of("title", "Nothing"), null, null);

    assertThat(program.status()).isEqualTo(400);
    assertThat(program.body().get("errors").get(0).get("message").asText())
        .isEqualTo("must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG file; setup.exe is"
            + " not one of these");
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.body().get("errors").get(0).get("message").asText())
        .startsWith("is named as a Excel workbook but its contents are");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.problemFields()).containsExactly("file");
  }

  @Test
  void aWithdrawnDocumentStaysListedWithWhoAndWhyButIsNoLongerServed() {
    var attached = upload(MANAGER, Map.of("title", "Draft specification"), "spec.docx", SampleFiles.docx());
    var withdrawalPath = "/api/cases/" + reference + "/documents/" + attached.body().get("id").asLong()
        + "/withdrawal";

    var noReason = hub.post(MANAGER, withdrawalPath, Map.of("reason", " "));
    var withdrawn = hub.post(MANAGER, withdrawalPath, Map.of("reason", "Superseded by the final version"));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.problemFields()).containsExactly("reason");
    assertThat(withdrawn.status()).isEqualTo(200);
    var listed = hub.get(MANAGER, "/api/cases/" + reference + "/documents").body().get(0);
    assertThat(listed.get("withdrawn").asBoolean()).isTrue();
    assertThat(listed.get("withdrawnBy").asText()).isEqualTo(MANAGER);
    assertThat(listed.get("withdrawalReason").asText()).isEqualTo("Superseded by the final version");
    assertThat(listed.get("download").isNull()).isTrue();
    assertThat(download(MANAGER, attached.body().get("download").asText()).status()).isEqualTo(404);
    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("events").toString())
        .contains("DOCUMENT_ATTACHED", "DOCUMENT_WITHDRAWN", "Document withdrawn: Draft specification");
  }

  Upload upload(String user, Map<String, String> fields, String fileName, byte[] content) {
    var boundary = "----hub" + System.nanoTime();
    var body = new ByteArrayOutputStream();
    var all = new LinkedHashMap<>(fields);
    all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    if (fileName != null) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/cases/" + reference + "/documents"))
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", basic(user))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      var text = response.body();
      return new Upload(response.statusCode(), text == null || text.isBlank() ? objectMapper.nullNode()
          : objectMapper.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Downloaded download(String user, String path) {
    var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + path)).header("Authorization", basic(user))
        .GET().build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Downloaded(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + HubClient.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
