package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * A load balancer asks readiness: it says 503 while the hub is starting (or stopping), so no
 * request is routed to a node that cannot take it; liveness says only that the process runs.
 */
@IntegrationTest
class HealthProbesIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  ApplicationContext context;

  @Autowired
  HttpCodeStatusMapper statusCodes;

  @AfterEach
  void acceptingTraffic() {
    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
  }

  @Test
  void aStartedHubIsLiveAndReady() {
    assertThat(hub.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
    var readiness = hub.get(null, "/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.body().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void aHubNotYetTakingTrafficIsNotReadyAndItsHealthSaysSo() {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

    var readiness = hub.get(null, "/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(503);
    assertThat(readiness.body().path("status").asText()).isEqualTo("OUT_OF_SERVICE");
    assertThat(hub.get(null, "/actuator/health").status()).isEqualTo(503);
    assertThat(hub.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void downAndOutOfServiceAnswer503WhileADegradedOutboxStaysInService() {
    assertThat(statusCodes.getStatusCode(Status.DOWN)).isEqualTo(503);
    assertThat(statusCodes.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
    assertThat(statusCodes.getStatusCode(new Status("DEGRADED"))).isEqualTo(200);
    assertThat(statusCodes.getStatusCode(Status.UP)).isEqualTo(200);
  }
}
