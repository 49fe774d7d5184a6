package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A number taken for a case commits without waiting for the disk on PostgreSQL, and only that
 * transaction does: a connection left committing that way would make every later change made on
 * it (a case, a decision, an email queued) liable to vanish in a crash after the hub reported it
 * saved.
 */
@IntegrationTest
class CaseReferenceGeneratorIntegrationTests {

  @Autowired
  CaseReferenceGenerator references;

  @Autowired
  DataSource dataSource;

  @Test
  void theConnectionThatTookANumberGoesBackToThePoolWaitingForTheDiskAgain() {
    var jdbc = new JdbcTemplate(dataSource);
    assumeTrue(jdbc.execute((ConnectionCallback<Boolean>) connection ->
        "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())), "PostgreSQL only");

    var first = references.reserve(Programme.DENTAL_PROCUREMENT);
    var second = references.reserve(Programme.DENTAL_PROCUREMENT);

    assertThat(Integer.parseInt(second.substring(9))).isEqualTo(Integer.parseInt(first.substring(9)) + 1);
    // the pool hands a thread back the connection it used last: the one that took the number
    assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
  }
}
