package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives each case the day its work must be done by (the deadline forecasts are checked against),
 * and fills it for the cases already open: a dental procurement's is when its current contract
 * ends, from its details. Later cases get theirs from their programme as they open and as their
 * details change (ProgrammeProcess#deadline).
 */
public class V20__Case_deadlines extends BaseJavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    try (var alter = connection.createStatement()) {
      alter.execute("ALTER TABLE commissioning_case ADD COLUMN deadline DATE");
    }
    try (var cases = connection.prepareStatement(
            "SELECT id, details FROM commissioning_case WHERE programme = 'DENTAL_PROCUREMENT'");
        var update = connection.prepareStatement("UPDATE commissioning_case SET deadline = ? WHERE id = ?");
        var rows = cases.executeQuery()) {
      while (rows.next()) {
        var ends = JSON.readTree(rows.getString(2)).path("currentContractEndDate");
        if (ends.isTextual()) {
          update.setDate(1, Date.valueOf(LocalDate.parse(ends.asText())));
          update.setLong(2, rows.getLong(1));
          update.addBatch();
        }
      }
      update.executeBatch();
    }
  }
}
