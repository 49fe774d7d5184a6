package org.commissioninghub.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a request is a person's browser on the hub's own pages, so that what goes wrong is
 * answered with the hub's page rather than an RFC 7807 problem: it names HTML among what it
 * accepts (a browser does; a script asking for JSON, or for anything at all, does not), and it is
 * for neither the case API, whose answers are problems whoever asks, nor the webapps, which keep
 * their own. In an error dispatch it is the request that failed that counts, not {@code /error}.
 */
public final class PageRequests {

  private static final Pattern NOT_HUB_PAGES = Pattern.compile("^/(api|camunda)(/|$)", Pattern.CASE_INSENSITIVE);

  private PageRequests() {}

  public static boolean isForAPage(HttpServletRequest request) {
    return asksForHtml(request) && !NOT_HUB_PAGES.matcher(pathAsked(request)).find();
  }

  private static boolean asksForHtml(HttpServletRequest request) {
    try {
      return MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))).stream()
          .anyMatch(type -> !type.isWildcardType() && type.getQualityValue() > 0
              && type.isCompatibleWith(MediaType.TEXT_HTML));
    } catch (InvalidMediaTypeException unreadable) {
      return false;
    }
  }

  private static String pathAsked(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
      var contextPath = request.getContextPath();
      return RequestPaths.normalise(contextPath != null && failed.startsWith(contextPath)
          ? failed.substring(contextPath.length()) : failed);
    }
    return RequestPaths.of(request);
  }
}
