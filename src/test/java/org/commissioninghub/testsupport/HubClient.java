package org.commissioninghub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Calls the running hub over HTTP as a named user, and runs the engine's due jobs the way the job
 * executor would.
 */
@TestComponent
public class HubClient {

  public static final String PASSWORD = "demo";

  public record Response(int status, JsonNode body, Map<String, java.util.List<String>> headers) {

    /** The fields an RFC 7807 problem names as bad, in order. */
    public java.util.List<String> problemFields() {
      var fields = new java.util.ArrayList<String>();
      body.path("errors").forEach(error -> fields.add(error.get("field").asText()));
      return fields;
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final Environment environment;
  private final ObjectMapper objectMapper;
  private final ManagementService managementService;
  private final IdentityService identityService;

  HubClient(Environment environment, ObjectMapper objectMapper, ManagementService managementService,
      IdentityService identityService) {
    this.environment = environment;
    this.objectMapper = objectMapper;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /**
   * A person the test needs beyond the demo users: created once with the demo password and an
   * email address, and made a member of each role (again, should a test have removed them).
   */
  public void ensureUser(String id, String... roles) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setFirstName("Test");
      user.setLastName(id);
      user.setEmail(id + "@commissioning-hub.example");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    for (var role : roles) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(role).count() == 0) {
        identityService.createMembership(id, role);
      }
    }
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null);
  }

  /** The case as {@code GET /api/cases/{reference}} answers it to the user, who must be able to read it. */
  public JsonNode caseOf(String user, String reference) {
    var response = get(user, "/api/cases/" + reference);
    assertThat(response.status()).as(user + " reads " + reference).isEqualTo(200);
    return response.body();
  }

  public Response post(String user, String path, Object body) {
    return send(user, "POST", path, body);
  }

  /** A plain-text GET, as Prometheus scrapes /actuator/prometheus. */
  public HttpResponse<String> getText(String user, String path) {
    try {
      var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/plain");
      if (user != null) {
        request.header("Authorization", basic(user));
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  private static String basic(String user) {
    var credentials = user + ":" + PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  public Response send(String user, String method, String path, Object body) {
    try {
      var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .header("Accept", "application/json, application/problem+json");
      if (user != null) {
        request.header("Authorization", basic(user));
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        var json = body instanceof String text ? text : objectMapper.writeValueAsString(body);
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
      }
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      var text = response.body();
      JsonNode json = text == null || text.isBlank() ? objectMapper.nullNode() : readOrText(text);
      return new Response(response.statusCode(), json, response.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  private JsonNode readOrText(String text) {
    try {
      return objectMapper.readTree(text);
    } catch (Exception notJson) {
      return objectMapper.getNodeFactory().textNode(text);
    }
  }

  /** Executes every job that is due, repeatedly, until none is left: what the job executor does. */
  public void runDueJobs() {
    for (int round = 0; round < 50; round++) {
      var jobs = managementService.createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep coming: a loop in a process?");
  }

  /** The user signed in to Tasklist, calling its engine API as the browser does. */
  public WebappSession tasklist(String user) {
    return WebappSession.signIn(baseUrl(), objectMapper, user);
  }

  public String baseUrl() {
    return "http://localhost:" + environment.getProperty("local.server.port");
  }
}
