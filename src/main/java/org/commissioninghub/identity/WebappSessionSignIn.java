package org.commissioninghub.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a person signed in to the webapps (Tasklist's own sign-in) as signed in on the hub's pages
 * too, in the same session: a link from a Tasklist form to the case opens the case page. Their
 * password was checked by that sign-in; their groups are read afresh, as the hub's sign-in reads
 * them.
 */
final class WebappSessionSignIn extends OncePerRequestFilter {

  private final String engineName;
  private final CamundaUserAuthenticationProvider people;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  WebappSessionSignIn(String engineName, CamundaUserAuthenticationProvider people) {
    this.engineName = engineName;
    this.people = people;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var current = SecurityContextHolder.getContext().getAuthentication();
    var session = request.getSession(false);
    if ((current == null || current instanceof AnonymousAuthenticationToken) && session != null) {
      var webapps = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
      if (webapps != null) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(people.signedIn(webapps.getName()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
      }
    }
    chain.doFilter(request, response);
  }
}
