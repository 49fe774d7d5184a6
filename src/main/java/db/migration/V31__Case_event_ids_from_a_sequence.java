package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Case events take their ids from a sequence, 50 at a time, instead of from an identity column: the
 * case store can then write the entries a command adds to a case's log (a task completed, the answers
 * recorded, the stage moved) in one batch, where an identity id made it write each on its own to
 * learn the id. The sequence starts after the highest id already used, and the case store uses the
 * ids from each value it draws up to the next (Hibernate's pooled-lo). The column's default becomes
 * the same sequence, so a row inserted without an id (by SQL) takes a value of its own, which no
 * block of the case store's holds.
 */
public class V31__Case_event_ids_from_a_sequence extends BaseJavaMigration {

  static final String SEQUENCE = "case_event_ids";

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    var postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    long next;
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM case_event")) {
      rows.next();
      next = rows.getLong(1);
    }
    try (var statement = connection.createStatement()) {
      statement.execute("CREATE SEQUENCE " + SEQUENCE + " START WITH " + next + " INCREMENT BY 50");
      statement.execute("ALTER TABLE case_event ALTER COLUMN id DROP IDENTITY");
      statement.execute("ALTER TABLE case_event ALTER COLUMN id SET DEFAULT "
          + (postgres ? "nextval('" + SEQUENCE + "')" : "NEXT VALUE FOR " + SEQUENCE));
    }
  }
}
