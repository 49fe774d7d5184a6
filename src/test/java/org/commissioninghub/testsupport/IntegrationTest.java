package org.commissioninghub.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context every integration test shares: the whole hub on a random port, the real
 * HTTP stack, the engine with its job executor off (tests run jobs themselves), and metrics
 * exported as in production (Spring Boot tests leave them off otherwise).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({HubClient.class, DatabaseSwitch.class})
public @interface IntegrationTest {}
