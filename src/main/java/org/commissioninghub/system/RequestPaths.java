package org.commissioninghub.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a request's path that every path-based rule of the hub uses. Servlet
 * containers and Jersey accept many spellings of one resource ({@code /task/}, {@code /task;x=1},
 * {@code /a/../task}, {@code /%74ask}, {@code /TASK} on a case-insensitive route), so a rule that
 * matched the raw URI could be walked around. Here every spelling comes out the same.
 */
public final class RequestPaths {

  private static final int MAX_DECODING_ROUNDS = 3;

  /**
   * The engine REST API's roots: the hub's own {@code /engine-rest} (also under
   * {@code /engine-rest/engine/{name}}) and the one Tasklist and Cockpit call.
   */
  private static final Pattern ENGINE_API_ROOT =
      Pattern.compile("^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(?=/|$)",
          Pattern.CASE_INSENSITIVE);

  private RequestPaths() {}

  /** The request's path below the context path, normalised; see {@link #normalise(String)}. */
  public static String of(HttpServletRequest request) {
    var uri = request.getRequestURI();
    var contextPath = request.getContextPath();
    if (contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)) {
      uri = uri.substring(contextPath.length());
    }
    return normalise(uri);
  }

  /**
   * The path below the engine REST API's root ({@code /task/count} for
   * {@code /engine-rest/task/count/} and {@code /camunda/api/engine/engine/default/Task;x/count}),
   * or empty when the request is not for the engine REST API.
   */
  public static Optional<EngineResource> engineResource(HttpServletRequest request) {
    return engineResource(of(request));
  }

  static Optional<EngineResource> engineResource(String normalisedPath) {
    var root = ENGINE_API_ROOT.matcher(normalisedPath);
    if (!root.find()) {
      return Optional.empty();
    }
    var rest = normalisedPath.substring(root.end());
    return Optional.of(new EngineResource(rest.isEmpty() ? List.of()
        : List.of(rest.substring(1).split("/"))));
  }

  /** A path below the engine REST API's root, as its segments: {@code [task, 42, complete]}. */
  public record EngineResource(List<String> segments) {

    public int size() {
      return segments.size();
    }

    /** The segment at the index, or "" past the end. */
    public String segment(int index) {
      return index < segments.size() ? segments.get(index) : "";
    }

    /** Whether the segment at the index is the name, ignoring letter case (Jersey's routes may too). */
    public boolean is(int index, String name) {
      return segment(index).equalsIgnoreCase(name);
    }

    public boolean lastIs(String name) {
      return !segments.isEmpty() && is(segments.size() - 1, name);
    }

    @Override
    public String toString() {
      return "/" + String.join("/", segments);
    }
  }

  /**
   * Percent-decoded (repeatedly, so double encoding does not hide a character), {@code ;} path
   * parameters dropped, empty and {@code .} segments dropped, {@code ..} applied, no trailing
   * slash: {@code //engine-rest/./task;jsessionid=1/%63ount/} is {@code /engine-rest/task/count}.
   * Letter case is kept (ids are case-sensitive); rules compare names ignoring case.
   */
  public static String normalise(String rawPath) {
    var path = rawPath == null ? "" : rawPath;
    for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
      var decoded = percentDecode(path);
      if (decoded.equals(path)) {
        break;
      }
      path = decoded;
    }
    var segments = new ArrayDeque<String>();
    for (var segment : path.replace('\\', '/').split("/")) {
      var parameters = segment.indexOf(';');
      var name = parameters >= 0 ? segment.substring(0, parameters) : segment;
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        segments.pollLast();
        continue;
      }
      segments.addLast(name);
    }
    return "/" + String.join("/", segments);
  }

  /** Decodes %XX sequences as UTF-8; a malformed sequence is left as it is. */
  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    var bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        var encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
