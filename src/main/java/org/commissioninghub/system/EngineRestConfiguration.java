package org.commissioninghub.system;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Adds the hub's {@link EngineRestProblems} mappers to both engine REST APIs: the hub's
 * {@code /engine-rest} (a Jersey customizer) and the one Tasklist and Cockpit call under
 * {@code /camunda/api/engine}, whose servlet the hub registers itself, before the Camunda webapp
 * initializer would, with an application that adds the mapper to Camunda's own.
 */
@Configuration
class EngineRestConfiguration {

  /** The name the Camunda webapp initializer gives its engine API servlet; it skips a name already taken. */
  static final String WEBAPP_ENGINE_API_SERVLET = "Engine Api";

  @Bean
  ResourceConfigCustomizer engineRestProblems() {
    return config -> {
      for (var mapper : EngineRestProblems.MAPPERS) {
        config.register(mapper);
      }
    };
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappEngineApi(CamundaBpmProperties properties) {
    return servletContext -> {
      var registration = servletContext.addServlet(WEBAPP_ENGINE_API_SERVLET, ServletContainer.class);
      if (registration == null) {
        throw new IllegalStateException("the webapp engine API servlet was registered before the hub's");
      }
      registration.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
      registration.setInitParameters(Map.of(ServletProperties.JAXRS_APPLICATION_CLASS,
          WebappEngineRestApplication.class.getName()));
    };
  }

  /** Camunda's engine API for the webapps, with the hub's answers to bad input and database outages. */
  public static class WebappEngineRestApplication extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      var classes = new HashSet<>(super.getClasses());
      classes.addAll(List.of(EngineRestProblems.MAPPERS));
      return classes;
    }
  }
}
