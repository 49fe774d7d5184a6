package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commissioninghub.procurement.PsrRoute;
import org.commissioninghub.system.CodedValue;
import org.junit.jupiter.api.Test;

/**
 * Codes the hub stores (a route, a trigger) are shown in forms as read-only selects, which show the
 * option's label: each such select must know every code, or form-js would show nothing at all.
 */
class CodesShownByNameTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyRouteIsShownByNameWhereARouteIsReadBack() throws IOException {
    var routes = ids(PsrRoute.values());

    assertThat(optionsOf("dental-confirm-procurement-route", "recommendedRoute")).containsExactlyInAnyOrderElementsOf(routes);
    assertThat(optionsOf("procurement-assess-provider", "psrRoute")).containsExactlyInAnyOrderElementsOf(routes);
    assertThat(labelsOf("dental-confirm-procurement-route", "recommendedRoute")).contains("Competitive process")
        .allSatisfy(label -> assertThat(label).doesNotContain("-"));
  }

  @Test
  void everyTriggerIsShownByNameInTheNeedsAssessment() throws IOException {
    assertThat(optionsOf("dental-assess-oral-health-needs", "trigger"))
        .containsExactlyInAnyOrderElementsOf(ids(ProcurementTrigger.values()));
  }

  private static List<String> ids(CodedValue[] values) {
    return Arrays.stream(values).map(CodedValue::id).toList();
  }

  private static List<String> optionsOf(String form, String key) throws IOException {
    return valuesOf(form, key, "value");
  }

  private static List<String> labelsOf(String form, String key) throws IOException {
    return valuesOf(form, key, "label");
  }

  private static List<String> valuesOf(String form, String key, String part) throws IOException {
    var field = find(JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components"), key);
    assertThat(field).as("%s in %s", key, form).isNotNull();
    assertThat(field.path("type").asText()).isEqualTo("select");
    assertThat(field.path("readonly").asBoolean()).isTrue();
    var found = new ArrayList<String>();
    field.path("values").forEach(option -> found.add(option.path(part).asText()));
    return found;
  }

  private static JsonNode find(JsonNode components, String key) {
    for (var component : components) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      var inside = find(component.path("components"), key);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }
}
