package org.commissioninghub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** Whether a read-only value sent back with a completion is the one the task holds. */
class TaskInputGuardTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readOnlyListSentBackUnchangedIsTheSameWhateverItsSpacingAndNumberFormat() throws IOException {
    // given a list of lots the task holds as a Json variable
    var held = Spin.JSON("[{\"name\":\"North\",\"value\":1.5},{\"name\":\"South\",\"value\":2}]");

    // then the same rows sent back, written differently, are the same value
    assertThat(TaskInputGuard.sameValue(
        JSON.readTree("[ {\"name\": \"North\", \"value\": 1.50}, {\"value\": 2.0, \"name\": \"South\"} ]"), held)).isTrue();
    assertThat(TaskInputGuard.sameValue(List.of(Map.of("name", "North", "value", 1.5), Map.of("name", "South", "value", 2)),
        held)).isTrue();
    // and a changed, added or removed row is not
    assertThat(TaskInputGuard.sameValue(JSON.readTree("[{\"name\": \"North\", \"value\": 1.5}, {\"name\": \"East\", \"value\": 2}]"),
        held)).isFalse();
    assertThat(TaskInputGuard.sameValue(JSON.readTree("[{\"name\": \"North\", \"value\": 1.5}]"), held)).isFalse();
    assertThat(TaskInputGuard.sameValue(JSON.readTree("[{\"name\": \"North\", \"value\": 1.5, \"extra\": 1}, "
        + "{\"name\": \"South\", \"value\": 2}]"), held)).isFalse();
  }

  @Test
  void readOnlyChecklistSentBackUnchangedIsTheSame() throws IOException {
    var held = Spin.JSON("[\"general-urgent\",\"orthodontics\"]");

    assertThat(TaskInputGuard.sameValue(JSON.readTree("[\"general-urgent\", \"orthodontics\"]"), held)).isTrue();
    assertThat(TaskInputGuard.sameValue(JSON.readTree("[\"general-urgent\"]"), held)).isFalse();
  }
}
