package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.ConsoleTable;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case that ends withdraws the milestones still ahead of it, which will never fall due: the
 * console counts them neither met nor missed, while one already past its date and not met stays
 * missed, and the end's entry in the event log names what it withdrew.
 */
@IntegrationTest
class CaseEndIntegrationTests {

  @Autowired
  HubClient hub;

  @Autowired
  CaseStore caseStore;

  @Autowired
  ConsoleService console;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void endingACaseWithdrawsTheMilestonesStillAheadAndTheConsoleCountsThemNeitherMetNorMissed() {
    var ics = "Case end " + System.nanoTime();
    var opened = hub.post("commissioning-manager", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Stopped procurement", "integratedCareSystem", ics,
        "details", Map.of("trigger", "access-gap", "area", "Devon")));
    assertThat(opened.status()).isEqualTo(201);
    var reference = opened.body().get("reference").asText();
    var today = console.today();
    caseStore.addMilestone(reference, "Needs assessment complete", today.minusDays(3), "commissioning-manager");
    caseStore.addMilestone(reference, "Contract awarded", today.plusMonths(4), "commissioning-manager");
    caseStore.addMilestone(reference, "New contract starts", today.plusMonths(9), "commissioning-manager");

    caseStore.end(reference, CaseStatus.CANCELLED, "the procurement was stopped", "commissioning-manager");

    assertThat(jdbc.queryForMap("SELECT"
        + " SUM(CASE WHEN m.status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn,"
        + " SUM(CASE WHEN m.status = 'PLANNED' THEN 1 ELSE 0 END) AS planned"
        + " FROM case_milestone m JOIN commissioning_case c ON c.id = m.case_id WHERE c.reference = ?", reference))
        .containsEntry("withdrawn", 2L).containsEntry("planned", 1L);
    var ended = jdbc.queryForObject("SELECT e.after_state FROM case_event e JOIN commissioning_case c ON c.id = e.case_id"
        + " WHERE c.reference = ? AND e.event_type = 'STATUS_CHANGED'", String.class, reference);
    assertThat(ended).contains("milestonesWithdrawn", "Contract awarded", "New contract starts")
        .doesNotContain("Needs assessment complete");

    var lead = new Viewer("programme-lead", Set.of("programme-lead"));
    var filter = new ConsoleFilter(null, today.minusMonths(1), today.plusYears(1), ics, null);
    var milestones = console.dashboard(lead, filter).table("milestones").orElseThrow();
    assertThat(milestones.rowsByHeader()).singleElement().satisfies(row -> {
      assertThat(count(row, "Due")).isEqualTo(1);
      assertThat(count(row, "Missed")).isEqualTo(1);
      assertThat(count(row, "Not yet due")).isZero();
    });
  }

  private static long count(Map<String, ConsoleTable.Cell> row, String header) {
    return row.get(header).value().longValue();
  }
}
