package org.commissioninghub.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    // Dates on a case (such as when it closed) are English dates, whatever zone the server runs in.
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
