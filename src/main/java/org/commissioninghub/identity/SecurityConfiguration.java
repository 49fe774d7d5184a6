package org.commissioninghub.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.workflow.FormSubmissionGuard;
import org.commissioninghub.system.ProblemResponses;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The case API (/api), the engine REST API (/engine-rest) and the actuator
 * sign in with HTTP Basic against the Camunda users. The webapps (/camunda) keep their own session
 * sign-in; their engine API only gets the expression guard.
 */
@Configuration
class SecurityConfiguration {

  static final String REALM = "Commissioning Hub";

  /**
   * Plain path matchers: /engine-rest is served by Jersey, not by Spring MVC, so MVC-aware
   * matchers would never see it.
   */
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  private static RequestMatcher path(String pattern) {
    return PATHS.matcher(pattern);
  }

  /** The guard is not a servlet filter of its own: it runs inside the security chains below. */
  @Bean
  FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuardRegistration(FormSubmissionGuard guard) {
    var registration = new FilterRegistrationBean<>(guard);
    registration.setEnabled(false);
    return registration;
  }

  /**
   * The approval links: anyone holding a link may open its page (the token is the credential);
   * the decision is a form POST with a CSRF token from that page.
   */
  @Bean
  @Order(0)
  SecurityFilterChain approvalLinkSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(path("/approvals/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
            ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
      ObjectMapper objectMapper, ProblemResponses problems, FormSubmissionGuard formSubmissionGuard)
      throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**"),
            path("/admin/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/admin/**")).hasAuthority(Role.ADMINISTRATORS_GROUP)
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .requestMatchers(path("/actuator/**")).hasAuthority(Role.ADMINISTRATORS_GROUP)
            .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/cases")).hasAnyAuthority(CaseOpeners.GROUPS)
            .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/cases/*/lots/*/representations"))
                .hasAnyAuthority(Role.PROCUREMENT_LEAD.groupId(), Role.COMMISSIONING_MANAGER.groupId(),
                    Role.ADMINISTRATORS_GROUP)
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
        .addFilterAfter(new AdhocQueryExpressionGuard(objectMapper, problems), EngineAuthenticationFilter.class)
        .addFilterAfter(formSubmissionGuard, AdhocQueryExpressionGuard.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappEngineApiSecurity(HttpSecurity http, ObjectMapper objectMapper,
      ProblemResponses problems, FormSubmissionGuard formSubmissionGuard) throws Exception {
    http.securityMatcher(path("/camunda/api/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable)
        .addFilterBefore(new AdhocQueryExpressionGuard(objectMapper, problems), AuthorizationFilter.class)
        .addFilterAfter(formSubmissionGuard, AdhocQueryExpressionGuard.class);
    return http.build();
  }
}
