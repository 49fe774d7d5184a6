package org.commissioninghub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user signed in to Tasklist as a browser is: a session cookie and the webapps' CSRF token,
 * calling Tasklist's own engine API under {@code /camunda/api/engine/engine/default}.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final String baseUrl;
  private final ObjectMapper objectMapper;
  private final CookieManager cookies;
  private final HttpClient http;
  /** The webapps' CSRF token: the newest XSRF-TOKEN cookie they set (it changes at sign-in). */
  private String csrfToken;

  private WebappSession(String baseUrl, ObjectMapper objectMapper, CookieManager cookies, String csrfToken) {
    this.baseUrl = baseUrl;
    this.objectMapper = objectMapper;
    this.cookies = cookies;
    this.csrfToken = csrfToken;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Signs the user in to Tasklist with the demo password. */
  public static WebappSession signIn(String baseUrl, ObjectMapper objectMapper, String user) {
    var session = new WebappSession(baseUrl, objectMapper, new CookieManager(), null);
    session.send("GET", "/camunda/app/tasklist/default/", null, null);
    var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + HubClient.PASSWORD;
    var login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
        "application/x-www-form-urlencoded");
    if (login.status() != 200) {
      throw new IllegalStateException("Tasklist sign-in failed for " + user + ": " + login.status());
    }
    // Signing in starts a new session, whose CSRF token comes with its first read, as in the browser.
    session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return session;
  }

  /** Tries Tasklist's sign-in with this password, as the sign-in form does: 200 when it is accepted. */
  public static HubClient.Response trySignIn(String baseUrl, ObjectMapper objectMapper, String user, String password) {
    var session = new WebappSession(baseUrl, objectMapper, new CookieManager(), null);
    session.send("GET", "/camunda/app/tasklist/default/", null, null);
    var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
        "application/x-www-form-urlencoded");
  }

  /**
   * The same browser (its cookies and CSRF token) sending its next requests to another node of the
   * hub, as a load balancer may.
   */
  public WebappSession on(String otherBaseUrl) {
    return new WebappSession(otherBaseUrl, objectMapper, cookies, csrfToken);
  }

  /** The id of the session the hub keeps for this browser (its SESSION cookie holds it in Base64). */
  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("SESSION"))
        .map(cookie -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no session cookie"));
  }

  public HubClient.Response send(String method, String path, String body, String contentType) {
    try {
      var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .header("Accept", "application/json, application/problem+json");
      if (csrfToken != null) {
        request.header("X-XSRF-TOKEN", csrfToken);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("set-cookie").stream()
          .flatMap(header -> HttpCookie.parse(header).stream())
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .forEach(cookie -> csrfToken = cookie.getValue());
      JsonNode json;
      try {
        json = response.body() == null || response.body().isBlank() ? objectMapper.nullNode()
            : objectMapper.readTree(response.body());
      } catch (Exception notJson) {
        json = objectMapper.getNodeFactory().textNode(response.body());
      }
      return new HubClient.Response(response.statusCode(), json, response.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  /** A hub page in this browser, asked for as HTML; redirects are not followed. */
  public HubClient.Response page(String path) {
    try {
      // this browser's own client, which does not follow redirects either
      var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET()
          .build(), HttpResponse.BodyHandlers.ofString());
      return new HubClient.Response(response.statusCode(), objectMapper.getNodeFactory().textNode(response.body()),
          response.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  public HubClient.Response json(String method, String path, Object body) {
    try {
      return send(method, path, body == null ? null : objectMapper.writeValueAsString(body), "application/json");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
