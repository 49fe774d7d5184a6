package org.commissioninghub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' bulk data: SQL files of statements separated by semicolons, with the parameters
 * {@code :from} and {@code :to} (the numbers of the rows to write) and {@code :definition} and
 * {@code :key} (the process definition the rows belong to). PostgreSQL only.
 */
public final class BulkSql {

  private final List<String> statements;

  private BulkSql(List<String> statements) {
    this.statements = List.copyOf(statements);
  }

  /** The statements of the files, in order, without their comment lines. */
  public static BulkSql of(String... resources) {
    return new BulkSql(Arrays.stream(resources).flatMap(resource -> {
      try {
        return Arrays.stream(new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).split(";"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }).map(statement -> statement.lines().filter(line -> !line.strip().startsWith("--"))
        .reduce("", (a, b) -> a + "\n" + b).strip())
        .filter(statement -> !statement.isEmpty())
        .toList());
  }

  /**
   * Writes rows {@code from} to {@code to} of every statement, for the definition, then vacuums and
   * analyses the database: the steady state autovacuum reaches after rows are added (since
   * PostgreSQL 13 it vacuums tables that only grow, too), with statistics and pages marked
   * all-visible for reads from an index alone.
   */
  public void write(JdbcTemplate jdbc, int from, int to, ProcessDefinition definition) {
    statements.forEach(statement -> jdbc.update(statement
        .replace(":from", String.valueOf(from))
        .replace(":to", String.valueOf(to))
        .replace(":definition", "'" + definition.getId() + "'")
        .replace(":key", "'" + definition.getKey() + "'")));
    jdbc.execute("vacuum analyze");
  }
}
