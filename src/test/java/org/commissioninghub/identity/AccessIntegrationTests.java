package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AccessIntegrationTests {

  @Autowired
  HubClient hub;

  @Test
  void theApiAndTheEngineRestApiRequireSignIn() {
    for (var path : List.of("/api/cases", "/engine-rest/task", "/engine-rest/process-definition")) {
      var response = hub.get(null, path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.headers().get("www-authenticate").get(0)).startsWith("Basic");
    }
    assertThat(hub.get("no-such-user", "/api/cases").status()).isEqualTo(401);
  }

  @Test
  void onlyCaseOpeningRolesMayOpenACase() {
    var response = hub.post("finance-lead", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Not mine to open", "details", Map.of("trigger", "access-gap", "area", "Devon")));

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void healthIsOpenButOtherActuatorEndpointsAreForAdministrators() {
    assertThat(hub.get(null, "/actuator/health").status()).isEqualTo(200);
    assertThat(hub.get("finance-lead", "/actuator/metrics").status()).isEqualTo(403);
    assertThat(hub.get("demo", "/actuator/metrics").status()).isEqualTo(200);
  }

  @Test
  void theApiDocumentationNeedsSignInAndPrometheusAnAdministrator() throws Exception {
    assertThat(hub.get(null, "/v3/api-docs").status()).isEqualTo(401);
    assertThat(hub.get(null, "/api-docs.html").status()).isEqualTo(401);
    assertThat(hub.get("finance-lead", "/v3/api-docs").status()).isEqualTo(200);
    assertThat(hub.getText("demo", "/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(hub.getText("demo", "/actuator/prometheus").body()).contains("hub_outbox_pending");
    assertThat(hub.getText("finance-lead", "/actuator/prometheus").statusCode()).isEqualTo(403);
  }

  @Test
  void anAddressNoRuleNamesNeedsSignInWithoutABrowserPrompt() {
    var anonymous = hub.get(null, "/nothing-here");
    assertThat(anonymous.status()).isEqualTo(401);
    // Tasklist's login page asks for /camunda-welcome: a Basic challenge would open a sign-in dialog over it
    assertThat(anonymous.headers()).doesNotContainKey("www-authenticate");
    assertThat(hub.get("finance-lead", "/nothing-here").status()).isEqualTo(404);
  }

  @Test
  void theHubsOwnPagesSendAContentSecurityPolicy() {
    var page = hub.get(null, "/approvals/not-a-token");

    assertThat(page.headers().get("content-security-policy").get(0))
        .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
  }

  @Test
  void expressionsInQueryParametersAreRefusedWith400() {
    var response = hub.get("programme-manager", "/engine-rest/task?nameLike=%24%7BcurrentUser()%7D");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("title").asText()).isEqualTo("Expressions are not allowed in queries");
    assertThat(hub.get("programme-manager", "/engine-rest/task?dueBeforeExpression=%23%7Bnow()%7D").status())
        .isEqualTo(400);
  }

  @Test
  void expressionsInQueryBodiesAreRefusedWith400EvenInsideOrQueries() {
    var plain = hub.post("programme-manager", "/engine-rest/task", Map.of("assigneeExpression", "${'x'}"));
    assertThat(plain.status()).isEqualTo(400);

    var nested = hub.post("programme-manager", "/engine-rest/task",
        Map.of("orQueries", List.of(Map.of("candidateGroupExpression", "${currentUserGroups()}"))));
    assertThat(nested.status()).isEqualTo(400);

    var count = hub.post("programme-manager", "/engine-rest/task/count",
        Map.of("orQueries", List.of(Map.of("dueDateExpression", "#{now()}"))));
    assertThat(count.status()).isEqualTo(400);

    var ordinary = hub.post("programme-manager", "/engine-rest/task", Map.of("candidateGroup", "programme-manager"));
    assertThat(ordinary.status()).isEqualTo(200);
  }

  @Test
  void theTasklistEngineApiRefusesExpressionsToo() {
    var response = hub.get(null, "/camunda/api/engine/engine/default/task?nameLike=%24%7Bx%7D");

    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void eachRoleSeesItsOwnTasklistFiltersOnly() {
    var response = hub.get("finance-lead", "/engine-rest/filter?resourceType=Task");

    assertThat(response.status()).isEqualTo(200);
    var names = new ArrayList<String>();
    response.body().forEach(filter -> names.add(filter.get("name").asText()));
    assertThat(names).containsExactlyInAnyOrder("Finance lead: open tasks", "Finance lead: overdue",
        "Finance lead: due this week");
  }

  @Test
  void everyRoleIsAGroupWithAReadableNameAndADemoUser() {
    for (var role : Role.values()) {
      var group = hub.get("demo", "/engine-rest/group/" + role.groupId());
      assertThat(group.status()).as(role.groupId()).isEqualTo(200);
      assertThat(group.body().get("name").asText()).isEqualTo(role.displayName());
      var members = hub.get("demo", "/engine-rest/user?memberOfGroup=" + role.groupId()).body();
      assertThat(members.toString()).contains("\"id\":\"" + role.groupId() + "\"");
    }
  }
}
