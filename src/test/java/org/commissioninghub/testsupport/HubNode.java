package org.commissioninghub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One hub running as its own process from the packaged jar, as it runs in production: started,
 * waited for until ready, called over HTTP as a named user, and killed without warning.
 */
public final class HubNode implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Path jar;
  private final int port;
  private final Map<String, String> environment;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;

  /**
   * @param environment the node's settings as the README names them (DB_URL, PORT, ...)
   */
  public HubNode(String name, Path jar, int port, Map<String, String> environment, Path workDirectory) {
    this.name = name;
    this.jar = jar;
    this.port = port;
    this.environment = new LinkedHashMap<>(environment);
    this.environment.put("PORT", String.valueOf(port));
    this.log = workDirectory.resolve("node-" + name + ".log");
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  /** Starts the node (its output goes to node-NAME.log) and waits until it is ready for traffic. */
  public void start() throws IOException, InterruptedException {
    var java = ProcessHandle.current().info().command().orElse("java");
    var builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
        .directory(log.getParent().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
    awaitReady();
  }

  private void awaitReady() throws IOException, InterruptedException {
    var deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " stopped while starting; " + log + " ends:\n" + logTail());
      }
      if (readiness() == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("node " + name + " was not ready within " + STARTUP + "; " + log + " ends:\n"
        + logTail());
  }

  private int readiness() throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notListeningYet) {
      return 0;
    }
  }

  /** SIGKILL: the node stops mid-work, without shutting down; answers when it was gone. */
  public Instant kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
    return Instant.now();
  }

  public HubClient.Response get(String user, String password, String path) {
    return send(user, password, "GET", path, null);
  }

  public HubClient.Response post(String user, String password, String path, Object body) {
    return send(user, password, "POST", path, body);
  }

  /** A request with HTTP Basic as the user, a JSON body if any; the answer's body read as JSON if it is. */
  public HubClient.Response send(String user, String password, String method, String path, Object body) {
    try {
      var credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json, application/problem+json")
          .header("Authorization", "Basic " + credentials);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new HubClient.Response(response.statusCode(), read(response.body()), response.headers().map());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " on node " + name + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String text) {
    if (text == null || text.isBlank()) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return JSON.getNodeFactory().textNode(text);
    }
  }

  /** The user's open task of that kind on the case, once the engine has created it. */
  public JsonNode awaitTask(String user, String reference, String taskDefinitionKey, Duration timeout)
      throws InterruptedException {
    var deadline = Instant.now().plus(timeout);
    do {
      var tasks = get(user, HubClient.PASSWORD, "/engine-rest/task?processInstanceBusinessKey=" + reference
          + "&taskDefinitionKey=" + taskDefinitionKey);
      assertThat(tasks.status()).as("task list " + tasks.body()).isEqualTo(200);
      Optional<JsonNode> task = tasks.body().isEmpty() ? Optional.empty() : Optional.of(tasks.body().get(0));
      if (task.isPresent()) {
        return task.get();
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError(user + " got no " + taskDefinitionKey + " on " + reference + " within " + timeout);
  }

  /** Claims the user's task of that kind on the case and submits its form, as Tasklist does, through /engine-rest. */
  public void completeTask(String user, String reference, String taskDefinitionKey, Map<String, ?> answers)
      throws InterruptedException {
    var taskId = awaitTask(user, reference, taskDefinitionKey, Duration.ofMinutes(1)).get("id").asText();
    var claim = post(user, HubClient.PASSWORD, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(claim.status()).as("claim on node " + name + ": " + claim.body()).isEqualTo(204);
    var submit = post(user, HubClient.PASSWORD, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Tasks.variables(answers, Map.of())));
    assertThat(submit.status()).as("submit on node " + name + ": " + submit.body()).isEqualTo(204);
  }

  private String logTail() throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
