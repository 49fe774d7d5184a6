package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A number is taken once and for good, whatever the caller's transaction does afterwards; a year
 * starts at 1; and on PostgreSQL the number commits without waiting for the disk, and only it does:
 * a connection left committing that way would make every later change made on it (a case, a
 * decision, an email queued) liable to vanish in a crash after the hub reported it saved.
 */
@IntegrationTest
class CaseReferenceGeneratorIntegrationTests {

  @Autowired
  CaseReferenceGenerator references;

  @Autowired
  DataSource dataSource;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void aNumberTakenInATransactionThatRollsBackIsNotTakenAgain() {
    var inTransaction = new TransactionTemplate(transactionManager);
    var taken = inTransaction.execute(status -> {
      status.setRollbackOnly();
      return references.reserve(Programme.SARC_RECOMMISSIONING);
    });

    var next = references.reserve(Programme.SARC_RECOMMISSIONING);

    assertThat(number(next)).isEqualTo(number(taken) + 1);
  }

  @Test
  void theFirstNumberOfAYearIsOne() {
    var nextCentury = Clock.fixed(Instant.parse("2126-01-01T09:00:00Z"), ZoneOffset.UTC);
    var generator = new CaseReferenceGenerator(dataSource, nextCentury);
    new JdbcTemplate(dataSource).update("DELETE FROM case_reference_counter WHERE reference_year = 2126");

    assertThat(generator.reserve(Programme.PCN_DEVELOPMENT)).isEqualTo("PCN-2126-0001");
    assertThat(generator.reserve(Programme.PCN_DEVELOPMENT)).isEqualTo("PCN-2126-0002");
  }

  @Test
  void theConnectionThatTookANumberGoesBackToThePoolWaitingForTheDiskAgain() {
    var jdbc = new JdbcTemplate(dataSource);
    assumeTrue(jdbc.execute((ConnectionCallback<Boolean>) connection ->
        "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())), "PostgreSQL only");

    var first = references.reserve(Programme.DENTAL_PROCUREMENT);
    var second = references.reserve(Programme.DENTAL_PROCUREMENT);

    assertThat(number(second)).isEqualTo(number(first) + 1);
    // the pool hands a thread back the connection it used last: the one that took the number
    assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
  }

  private static int number(String reference) {
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }
}
