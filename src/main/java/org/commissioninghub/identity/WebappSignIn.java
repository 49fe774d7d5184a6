package org.commissioninghub.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Signs a person who signs in on the hub's pages in to the Camunda webapps as well, in the same
 * session, as the webapps' own sign-in would: Tasklist and Cockpit then open without asking again.
 * Signing out of the hub ends the session, and with it both; the webapps' own sign-in still works
 * for someone who starts there.
 */
final class WebappSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

  private final ProcessEngine engine;

  WebappSignIn(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws ServletException, IOException {
    var webappAuthentication = AuthenticationUtil.createAuthentication(engine, authentication.getName());
    if (webappAuthentication != null) {
      // as the webapps' sign-in does: their filter checks the person's groups again after this time
      webappAuthentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
      var session = request.getSession();
      var authentications = AuthenticationUtil.getAuthsFromSession(session);
      authentications.addOrReplace(webappAuthentication);
      AuthenticationUtil.updateSession(session, authentications);
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
