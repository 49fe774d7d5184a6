package org.commissioninghub.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on the hub's pages without JavaScript: a cookie jar, redirects not followed (so a test
 * sees where it is sent), and forms posted with the CSRF token the page gave.
 */
public final class PageSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  public record Page(int status, String body, String location) {

    /** The CSRF token of the page's forms. */
    public String csrf() {
      var matcher = CSRF.matcher(body);
      if (!matcher.find()) {
        throw new IllegalStateException("the page has no form with a CSRF token: " + body);
      }
      return matcher.group(1);
    }
  }

  private final String baseUrl;
  private final HttpClient http;

  private PageSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Nobody signed in yet. */
  public static PageSession anonymous(String baseUrl) {
    return new PageSession(baseUrl);
  }

  /** Signed in through the sign-in form with the demo password. */
  public static PageSession signIn(String baseUrl, String user) {
    var session = new PageSession(baseUrl);
    var signedIn = session.signInAs(user, HubClient.PASSWORD);
    if (signedIn.status() != 302 || signedIn.location().contains("error")) {
      throw new IllegalStateException("sign-in failed for " + user + ": " + signedIn);
    }
    return session;
  }

  /** Posts the sign-in form; answers the redirect that follows. */
  public Page signInAs(String user, String password) {
    var form = get("/sign-in");
    return post("/sign-in", form.csrf(), Map.of("username", user, "password", password));
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
  }

  /** A GET as the pages' scripts and the webapps make it, asking for JSON. */
  public Page getJson(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
  }

  /** Posts a form with the given fields and the CSRF token (none if null). */
  public Page post(String path, String csrf, Map<String, String> fields) {
    var all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.put("_csrf", csrf);
    }
    var body = all.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts a form found on the page at {@code pagePath}, with that page's CSRF token. */
  public Page submit(String pagePath, String action, Map<String, String> fields) {
    return post(action, get(pagePath).csrf(), fields);
  }

  private Page send(HttpRequest.Builder request) {
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body(), response.headers().firstValue("location").orElse(""));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
