package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords through both ways of signing in, HTTP Basic on the API and Tasklist's sign-in
 * form, which share one count: a typo costs nothing, guessing is slowed and then stopped.
 */
@IntegrationTest
class SignInThrottlingIntegrationTests {

  private static final String USER = "sign-in.tester";
  private static final String WRONG = "not-the-password";
  private static final Instant START = Instant.parse("2027-02-01T09:00:00Z");

  @Autowired
  HubClient hub;

  @Autowired
  IdentityService identityService;

  @Autowired
  ObjectMapper objectMapper;

  @Autowired
  UserAccounts accounts;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    hub.ensureUser(USER, Role.COMMISSIONING_MANAGER.groupId());
    identityService.unlockUser(USER);
    at(START);
  }

  @AfterEach
  void tearDown() {
    identityService.unlockUser(USER);
    ClockUtil.reset();
  }

  @Test
  void theRightPasswordWorksAtOnceAfterAWrongOneOnTheApiAndInTasklist() {
    assertThat(api(WRONG)).isEqualTo(401);
    assertThat(api(HubClient.PASSWORD)).as("right after a typo, on the API").isEqualTo(200);

    assertThat(tasklist(WRONG)).isEqualTo(401);
    assertThat(tasklist(HubClient.PASSWORD)).as("right after a typo, in Tasklist").isEqualTo(200);
  }

  @Test
  void aRightPasswordStartsTheCountAgain() {
    for (int round = 0; round < 3; round++) {
      for (int typo = 0; typo < 3; typo++) {
        assertThat(api(WRONG)).isEqualTo(401);
      }
      assertThat(api(HubClient.PASSWORD)).as("after three typos, round " + round).isEqualTo(200);
    }
  }

  @Test
  void afterThreeWrongPasswordsInARowEachFurtherOneLocksTheAccountForLonger() {
    // three wrong passwords, on the API and in Tasklist alike, lock nothing; the fourth locks for 3 s
    assertThat(api(WRONG)).isEqualTo(401);
    assertThat(tasklist(WRONG)).isEqualTo(401);
    assertThat(api(WRONG)).isEqualTo(401);
    assertThat(api(WRONG)).isEqualTo(401);

    at(START.plusSeconds(1));
    assertThat(api(HubClient.PASSWORD)).as("locked: even the right password is refused").isEqualTo(401);
    assertThat(tasklist(HubClient.PASSWORD)).as("locked in Tasklist too").isEqualTo(401);

    // the fifth (once the first lock is over) locks for 6 s
    at(START.plusSeconds(4));
    assertThat(api(WRONG)).isEqualTo(401);
    at(START.plusSeconds(9));
    assertThat(api(HubClient.PASSWORD)).as("still locked 5 s later").isEqualTo(401);
    at(START.plusSeconds(11));
    assertThat(api(HubClient.PASSWORD)).as("the lock is over").isEqualTo(200);
  }

  @Test
  void tenWrongPasswordsInARowLockTheAccountUntilAnAdministratorUnlocksIt() {
    var now = START;
    for (int attempt = 1; attempt <= 10; attempt++) {
      // each guess waits for the lock before it to be over, as a patient guesser would
      now = now.plus(Duration.ofSeconds(61));
      at(now);
      assertThat(attempt % 2 == 0 ? api(WRONG) : tasklist(WRONG)).isEqualTo(401);
    }

    at(now.plus(Duration.ofDays(1)));
    assertThat(api(HubClient.PASSWORD)).as("a day later, still locked").isEqualTo(401);
    assertThat(tasklist(HubClient.PASSWORD)).isEqualTo(401);

    identityService.unlockUser(USER);
    assertThat(api(HubClient.PASSWORD)).as("unlocked by an administrator").isEqualTo(200);
  }

  @Test
  void startingTheHubUnlocksTheAdministratorItIsConfiguredWith() {
    for (int attempt = 1; attempt <= 10; attempt++) {
      at(START.plus(Duration.ofSeconds(61L * attempt)));
      assertThat(api(WRONG)).isEqualTo(401);
    }
    assertThat(api(HubClient.PASSWORD)).as("locked").isEqualTo(401);

    // as when the hub starts with HUB_ADMIN_USERNAME naming this user (the password already set is kept)
    new AdministratorAccount(accounts, USER, "a-long-secret-phrase").run(null);

    assertThat(api(HubClient.PASSWORD)).isEqualTo(200);
  }

  /** The status of a call to the case API with these credentials. */
  private int api(String password) {
    var credentials = USER + ":" + password;
    var request = HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/cases"))
        .header("Accept", "application/json")
        .header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The status of Tasklist's sign-in with this password. */
  private int tasklist(String password) {
    return WebappSession.trySignIn(hub.baseUrl(), objectMapper, USER, password).status();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
