package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.system.RequestPaths.EngineResource;
import org.junit.jupiter.api.Test;

class NullTypedFormValuesTests {

  static final ObjectMapper JSON = new ObjectMapper();
  static final EngineResource SUBMIT = new EngineResource(List.of("task", "t1", "submit-form"));

  @Test
  void aListSentWithTheTypeNullGoesOnAsJsonAndTextWithoutAType() throws Exception {
    var mended = JSON.readTree(NullTypedFormValues.mended(SUBMIT, bytes("""
        {"variables": {
          "roles": {"type": "Null", "value": "[{\\"role\\":\\"dietitian\\",\\"plannedWte\\":1.5}]", "valueInfo": null},
          "notes": {"type": "Null", "value": "Agreed at the board"},
          "approved": {"value": true},
          "plan": {"type": "Json", "value": "[]"},
          "cleared": {"type": "Null", "value": null}}}""")));

    var variables = mended.get("variables");
    assertThat(variables.get("roles").get("type").asText()).isEqualTo("Json");
    assertThat(variables.get("roles").get("value").asText()).isEqualTo("[{\"role\":\"dietitian\",\"plannedWte\":1.5}]");
    assertThat(variables.get("notes").has("type")).isFalse();
    assertThat(variables.get("notes").get("value").asText()).isEqualTo("Agreed at the board");
    assertThat(variables.get("approved")).isEqualTo(node("{\"value\": true}"));
    assertThat(variables.get("plan")).isEqualTo(node("{\"type\": \"Json\", \"value\": \"[]\"}"));
    assertThat(variables.get("cleared")).isEqualTo(node("{\"type\": \"Null\", \"value\": null}"));
  }

  @Test
  void requestsOtherThanCompletionsAndBodiesThatAreNotJsonPassAsTheyCame() {
    var body = bytes("{\"variables\": {\"roles\": {\"type\": \"Null\", \"value\": \"[]\"}}}");
    assertThat(NullTypedFormValues.mended(new EngineResource(List.of("task", "t1", "variables")), body)).isSameAs(body);
    assertThat(NullTypedFormValues.mended(new EngineResource(List.of("message")), body)).isSameAs(body);
    var notJson = bytes("{variables");
    assertThat(NullTypedFormValues.mended(SUBMIT, notJson)).isSameAs(notJson);
    var nothingToMend = bytes("{\"variables\": {\"roles\": {\"type\": \"Json\", \"value\": \"[]\"}}}");
    assertThat(NullTypedFormValues.mended(SUBMIT, nothingToMend)).isSameAs(nothingToMend);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode node(String text) throws Exception {
    return JSON.readTree(text);
  }
}
