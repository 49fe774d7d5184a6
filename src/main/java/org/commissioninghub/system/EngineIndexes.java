package org.commissioninghub.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Indexes the hub adds to the engine's own tables. The engine creates its tables when it is built,
 * after Flyway has run, so an index on them is made then, if it is not there yet; a node starting
 * at the same moment may make it first, which {@code IF NOT EXISTS} alone does not cover.
 */
public final class EngineIndexes {

  private EngineIndexes() {}

  /** Creates the index on the engine table (named without the table prefix) unless it exists. */
  public static void ensure(ProcessEngineConfigurationImpl configuration, String index, String table, String columns) {
    var create = "CREATE INDEX IF NOT EXISTS " + index + " ON " + configuration.getDatabaseTablePrefix() + table
        + " (" + columns + ")";
    try (var connection = configuration.getDataSource().getConnection(); var statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      try {
        statement.execute(create);
      } catch (SQLException raced) {
        if (columnsOf(connection, index, table).isEmpty()) {
          throw raced;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the index " + index + " on the engine's " + table, e);
    }
  }

  /** The columns of the index on the engine table, in order; none when it is not there. */
  public static List<String> columnsOf(DataSource dataSource, String index, String table) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return columnsOf(connection, index, table);
    }
  }

  /** Whichever case the database keeps names in, as upper-case column names. */
  private static List<String> columnsOf(Connection connection, String index, String table) throws SQLException {
    var columns = new ArrayList<String>();
    for (var name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
      try (var indexes = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
        while (indexes.next()) {
          if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return columns;
  }
}
