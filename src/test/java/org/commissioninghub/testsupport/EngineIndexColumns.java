package org.commissioninghub.testsupport;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The columns of an index on one of the engine's tables, in order, as the database reports them. */
public final class EngineIndexColumns {

  private EngineIndexColumns() {}

  public static List<String> of(DataSource dataSource, String index, String table) throws SQLException {
    var columns = new ArrayList<String>();
    try (var connection = dataSource.getConnection()) {
      for (var name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
        try (var indexes = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
          while (indexes.next()) {
            if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
              columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return columns;
  }
}
