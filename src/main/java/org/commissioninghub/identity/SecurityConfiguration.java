package org.commissioninghub.identity;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.commissioninghub.system.EngineApiGuard;
import org.commissioninghub.system.EngineApiGuardFilter;
import org.commissioninghub.system.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The hub's pages ({@code /}, {@code /cases}, the outbox page) sign in with a
 * form and a session. The case API (/api), the engine REST API (/engine-rest), the API
 * documentation, the actuator and the administration pages sign in with HTTP Basic against the
 * Camunda users. The webapps (/camunda) keep their own session sign-in. The two sign-ins share the
 * session: signing in on the hub's pages signs in to the webapps ({@link WebappSignIn}), a webapp
 * sign-in counts on the hub's pages ({@link WebappSessionSignIn}), and signing out of either ends
 * both ({@link WebappSignOut}). The webapps' engine API gets the same {@link EngineApiGuard}s as
 * /engine-rest. Anything no chain names needs a signed-in user.
 */
@Configuration
class SecurityConfiguration {

  static final String REALM = "Commissioning Hub";

  /**
   * The hub's own pages load nothing from elsewhere and run no inline script. The approval pages
   * post their decision to themselves.
   */
  static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
      + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /**
   * The hub's signed-in pages: their own styles and scripts (nhsuk-frontend, served as files), and
   * forms that post to themselves.
   */
  static final String HUB_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
      + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /**
   * A programme's heat map page: the hub's page policy, and its script may fetch the programme's
   * diagram from the hub (bpmn-js draws it from the XML). This page only: no other page fetches.
   */
  static final String HEATMAP_PAGE_CONTENT_SECURITY_POLICY = HUB_PAGE_CONTENT_SECURITY_POLICY + "; connect-src 'self'";

  static final String HEATMAP_PAGE = "/console/heatmaps/{programmeId}";

  static final String SIGN_IN = "/sign-in";

  /**
   * Where a hub page the rules refuse a signed-in person is forwarded: its controller refuses as
   * any page's controller does, so the person sees the hub's own refusal page.
   */
  static final String REFUSED_PAGE = "/refused";

  /**
   * Where a hub form posted without its page's CSRF token, or with a stale one, is forwarded: the
   * hub's "This page has expired" page. Open to the anonymous too, as a session that ended while
   * the page was open leaves its owner signed out.
   */
  static final String EXPIRED_PAGE = "/expired";

  /**
   * Plain path matchers: /engine-rest is served by Jersey, not by Spring MVC, so MVC-aware
   * matchers would never see it.
   */
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  private static RequestMatcher path(String pattern) {
    return PATHS.matcher(pattern);
  }

  /**
   * URLs Spring Security's firewall refuses (encoded slashes, {@code ;} parameters, {@code ..})
   * answer 400 with a problem, not an error page.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
    return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST,
        "Malformed address", "The address of this request is not in a form Commissioning Hub accepts.");
  }

  /**
   * The approval links: anyone holding a link may open its page (the token is the credential);
   * the decision is a form POST with a CSRF token from that page. Their stylesheet is public too.
   */
  @Bean
  @Order(0)
  SecurityFilterChain approvalLinkSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/approvals/**"), path("/assets/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /**
   * The hub's own pages: a form sign-in with the Camunda users (the same names and passwords as
   * Tasklist), kept in the session (Spring Session JDBC) and shared with the webapps' sign-in, with
   * CSRF on every form. An anonymous
   * visitor is sent to sign in and comes back to the page asked for; a signed-in one the rules
   * refuse gets the hub's refusal page, a form without its CSRF token the hub's expired page
   * ({@link #refusedPages()}). HTTP Basic still works for scripts and tests that send it with each
   * request.
   */
  @Bean
  @Order(1)
  SecurityFilterChain hubPageSecurity(HttpSecurity http, ProcessEngine engine, CamundaUserAuthenticationProvider people)
      throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/"), path("/cases"), path("/cases/**"), path(SIGN_IN),
            path("/sign-out"), path("/timetable"), path("/console"), path("/console/**"), path("/admin/outbox"),
            path(REFUSED_PAGE), path(EXPIRED_PAGE), path("/webjars/chart.js/**"), path("/vendor/**"), path("/js/**"),
            path("/css/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(SIGN_IN), path(EXPIRED_PAGE), path("/vendor/**"), path("/webjars/chart.js/**"),
                path("/js/**"), path("/css/**"))
                .permitAll()
            .requestMatchers(path("/admin/**")).hasAuthority(Role.ADMINISTRATORS_GROUP)
            .requestMatchers(path("/console"), path("/console/**")).hasAnyAuthority(ConsoleReaders.GROUPS)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(SIGN_IN).failureUrl(SIGN_IN + "?error").successHandler(new WebappSignIn(engine))
            .permitAll())
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
        .addFilterBefore(new WebappSessionSignIn(engine.getName(), people), AnonymousAuthenticationFilter.class)
        .httpBasic(basic -> basic.realmName(REALM))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
            .accessDeniedHandler(refusedPages()))
        .csrf(Customizer.withDefaults())
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(path(HEATMAP_PAGE),
                new ContentSecurityPolicyHeaderWriter(HEATMAP_PAGE_CONTENT_SECURITY_POLICY)))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path(HEATMAP_PAGE)),
                new ContentSecurityPolicyHeaderWriter(HUB_PAGE_CONTENT_SECURITY_POLICY))));
    return http.build();
  }

  /**
   * A hub page refused to a request that asks for HTML is one of the hub's own pages, with 403,
   * forwarded to a controller that refuses the way every page controller does: a page the rules
   * refuse a signed-in person (the console to an outside body, the outbox to anyone but an
   * administrator) to {@value #REFUSED_PAGE}, a form post whose CSRF token is missing or stale to
   * {@value #EXPIRED_PAGE}. A request that does not ask for HTML (a script wanting JSON) is refused
   * as before, 403 through the error controller, which answers with a problem.
   */
  private static AccessDeniedHandler refusedPages() {
    var refusedPage = forwardTo(REFUSED_PAGE);
    var expiredPage = forwardTo(EXPIRED_PAGE);
    var asBefore = new AccessDeniedHandlerImpl();
    var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    return (request, response, denied) -> {
      var handler = !html.matches(request) ? asBefore
          : denied instanceof CsrfException ? expiredPage
          : denied instanceof AuthorizationDeniedException ? refusedPage
          : asBefore;
      handler.handle(request, response, denied);
    };
  }

  private static AccessDeniedHandler forwardTo(String page) {
    var forward = new AccessDeniedHandlerImpl();
    forward.setErrorPage(page);
    return forward;
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
      ProblemResponses problems, List<EngineApiGuard> guards) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**"),
            path("/admin/**"), path("/v3/api-docs"), path("/v3/api-docs/**"), path("/api-docs.html"),
            path("/swagger-ui/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/admin/**")).hasAuthority(Role.ADMINISTRATORS_GROUP)
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .requestMatchers(path("/actuator/prometheus"))
            .hasAnyAuthority(Role.ADMINISTRATORS_GROUP, Role.METRICS_READERS_GROUP)
            .requestMatchers(path("/actuator/**")).hasAuthority(Role.ADMINISTRATORS_GROUP)
            .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/cases")).hasAnyAuthority(CaseOpeners.GROUPS)
            .requestMatchers(path("/api/programmes/*/targets")).hasAnyAuthority(ConsoleReaders.GROUPS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic
            .realmName(REALM)
            .authenticationEntryPoint((request, response, e) -> {
              response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
              problems.write(response, HttpStatus.UNAUTHORIZED, "Sign-in required",
                  "Sign in with your Commissioning Hub user name and password.");
            }))
        .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
            problems.write(response, HttpStatus.FORBIDDEN, "Not allowed",
                "Your roles do not allow this.")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
        .addFilterAfter(new EngineApiGuardFilter(guards, problems), EngineAuthenticationFilter.class);
    return http.build();
  }

  /**
   * Tasklist's and Cockpit's engine API: the webapps sign their users in themselves (a session),
   * so this chain only puts the guards in front of it, and ends the session when they sign out.
   */
  @Bean
  @Order(3)
  SecurityFilterChain webappEngineApiSecurity(HttpSecurity http, ProblemResponses problems,
      List<EngineApiGuard> guards) throws Exception {
    http.securityMatcher(path("/camunda/api/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable)
        .addFilterBefore(new EngineApiGuardFilter(guards, problems), AuthorizationFilter.class)
        .addFilterBefore(new WebappSignOut(), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The error controller, where the servlet container hands a request it could not answer: open to
   * all, since the request it answers for has been through its own chain, and without headers of its
   * own, so those that chain wrote stay. It reads who is signed in (and changes nothing), because the
   * container's error dispatch comes after the first chain has let go of them, and the hub's error
   * page shows the person's header.
   */
  @Bean
  @Order(4)
  SecurityFilterChain errorPageSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(path("/error"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(HeadersConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** The webapps themselves: their pages and assets, behind their own sign-in and headers. */
  @Bean
  @Order(5)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/favicon.ico")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(HeadersConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * Everything else needs a signed-in user: nothing is public because no chain happened to name it.
   * The refusal carries no Basic challenge, because browsers answer one with a sign-in dialog, and
   * the webapps' own pages ask for addresses here (Tasklist's first-visit check of /camunda-welcome).
   */
  @Bean
  @Order(6)
  SecurityFilterChain everythingElseSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) ->
            problems.write(response, HttpStatus.UNAUTHORIZED, "Sign-in required",
                "Sign in with your Commissioning Hub user name and password.")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(Customizer.withDefaults())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY)));
    return http.build();
  }
}
