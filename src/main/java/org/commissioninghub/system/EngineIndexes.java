package org.commissioninghub.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
        if (!exists(connection, index, table)) {
          throw raced;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the index " + index + " on the engine's " + table, e);
    }
  }

  /** Whether the index is on the engine table, whichever case the database keeps names in. */
  public static boolean exists(Connection connection, String index, String table) throws SQLException {
    var metadata = connection.getMetaData();
    for (var name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
      try (var indexes = metadata.getIndexInfo(null, null, name, false, true)) {
        while (indexes.next()) {
          if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
