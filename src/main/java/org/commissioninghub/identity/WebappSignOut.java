package org.commissioninghub.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing out of Tasklist or Cockpit ends the whole session, and with it the hub's pages' sign-in:
 * the webapps themselves take only their own sign-in away, which would leave someone who signed out
 * at a shared computer still signed in to the hub.
 */
final class WebappSignOut extends OncePerRequestFilter {

  private static final Pattern SIGN_OUT = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/logout");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !SIGN_OUT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    var session = request.getSession(false);
    if (session != null && response.getStatus() < 300) {
      session.invalidate();
    }
  }
}
