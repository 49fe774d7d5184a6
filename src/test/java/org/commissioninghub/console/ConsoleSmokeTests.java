package org.commissioninghub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ConsoleSmokeTests {

  @Autowired
  HubClient hub;

  @Test
  void smoke() {
    hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Console smoke", "details", Map.of("trigger", "access-gap", "area", "Torbay")));
    hub.runDueJobs();
    var page = PageSession.signIn(hub.baseUrl(), "programme-lead").get("/console");
    System.out.println("STATUS " + page.status());
    System.out.println(page.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
    assertThat(page.status()).isEqualTo(200);
  }
}
